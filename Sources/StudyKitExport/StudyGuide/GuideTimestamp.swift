import Foundation

/// The book's `dcterms:modified`, never read from the clock, so a rebuild gives the
/// same bytes: (1) the article's front-matter `date` when it parses (a date, or a
/// date and time with `Z` or an offset; converted to UTC); else (2)
/// `SOURCE_DATE_EPOCH` (whole seconds since 1970, the reproducible-builds
/// convention) when set and valid; else (3) 1980-01-01T00:00:00Z, the same instant
/// the zip entries carry.
enum GuideTimestamp {
    static let fallback = "1980-01-01T00:00:00Z"

    static func modified(frontMatterDate: String?, sourceDateEpoch: String?) -> String {
        if let text = frontMatterDate?.trimmingCharacters(in: .whitespaces), let date = parse(text) {
            return format(date)
        }
        if let text = sourceDateEpoch?.trimmingCharacters(in: .whitespaces), let seconds = Int64(text),
           seconds >= 0, seconds < 253_402_300_800 {
            return format(Date(timeIntervalSince1970: TimeInterval(seconds)))
        }
        return fallback
    }

    static func parse(_ text: String) -> Date? {
        for options: ISO8601DateFormatter.Options in [[.withInternetDateTime], [.withInternetDateTime, .withFractionalSeconds], [.withFullDate]] {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(identifier: "UTC")!
            formatter.formatOptions = options
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")!
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
