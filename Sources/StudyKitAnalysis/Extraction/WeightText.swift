import Foundation

/// Exam-domain weights as articles write them: "25–30%", "(20-25 %)", "12.5%", "30 percent".
enum WeightText {
    // NSRegularExpression is immutable and safe to share.
    nonisolated(unsafe) private static let expression = try! NSRegularExpression(
        pattern: #"(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)?\s*(?:-|–|—|to)\s*(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)|(\d{1,3}(?:\.\d+)?)\s*(?:%|percent)"#,
        options: [.caseInsensitive])

    /// A weight found in a text: its bounds and where it stands (UTF-16 range, as `NSString` counts).
    struct Found: Equatable {
        var low: Double
        var high: Double
        var range: NSRange
    }

    /// Every weight in a text, left to right.
    static func all(in text: String) -> [Found] {
        expression.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length)).compactMap { match in
            let string = text as NSString
            func number(_ group: Int) -> Double? {
                let range = match.range(at: group)
                return range.location == NSNotFound ? nil : Double(string.substring(with: range))
            }
            if let low = number(1), let high = number(2) {
                return low <= high && high <= 100 ? Found(low: low, high: high, range: match.range) : nil
            }
            if let single = number(3), single <= 100 { return Found(low: single, high: single, range: match.range) }
            return nil
        }
    }

    /// The bounds of a weight text that is nothing but a weight ("20–25%"), else nil.
    static func bounds(_ text: String) -> (low: Double, high: Double)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let found = all(in: trimmed).first, found.range.location == 0,
              found.range.length == (trimmed as NSString).length else { return nil }
        return (found.low, found.high)
    }

    /// "25–30%" or "12.5%": a weight written the catalogue's way.
    static func format(low: Double, high: Double) -> String {
        func number(_ value: Double) -> String {
            value == value.rounded() ? String(Int(value)) : String(value)
        }
        return low == high ? "\(number(low))%" : "\(number(low))–\(number(high))%"
    }

    /// Whether two weight texts give the same bounds.
    static func same(_ left: String, _ right: String) -> Bool {
        guard let a = bounds(left), let b = bounds(right) else { return left == right }
        return a.low == b.low && a.high == b.high
    }
}
