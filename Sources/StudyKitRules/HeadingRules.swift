import Foundation
import StudyKitSupport

/// The data behind plain-text heading detection (`Resources/heading-rules.json`).
public struct HeadingRules: Sendable {
    /// How a numbering scheme ranks: parts above chapters above decimal sections.
    public enum Rank: String, Decodable, Sendable { case part, chapter, decimal, underline }

    public struct Numbering: Sendable {
        public var name: String
        /// Matched case-insensitively at the start of the line.
        public var pattern: NSRegularExpression
        /// Fixed level, or 0 to take the depth of a decimal number ("1.2" → 2).
        public var level: Int
        public var rank: Rank
    }

    public struct Examples: Decodable, Sendable {
        public var headings: [String]
        public var notHeadings: [String]
    }

    public var maxWords: Int
    public var maxCharacters: Int
    public var maxSentenceCaseWords: Int
    public var maxQuestionWords: Int
    public var minTitleCaseRatio: Double
    public var smallWords: Set<String>
    /// Small words that end a line without carrying it on to the next ("… is" / "Not"):
    /// a first line ending in any other small word is the first half of a wrapped heading.
    public var nonJoiningSmallWords: Set<String>
    public var headingWords: Set<String>
    public var tocTitles: Set<String>
    public var numbering: [Numbering]
    public var notHeadingPrefixes: [String]
    /// Lines matching any of these (code, ledgers, file paths) are never headings.
    public var notHeadingPatterns: [NSRegularExpression]
    /// Version, release or edition lines: under a title they belong to it, never headings.
    public var subtitlePatterns: [NSRegularExpression]
    /// An author line near the top ("by Mary Shelley"): the short lines above it are the title.
    public var bylinePatterns: [NSRegularExpression]
    /// A contents entry: a title with dot leaders and a page number.
    public var tocEntryPattern: NSRegularExpression
    /// Running headers and footers: how often a line must come back, and the patterns that
    /// name a page ("[Page 4]", "Page 4 of 9") when the line is not laid out in columns.
    public var furnitureMinRepeats: Int
    public var furniturePatterns: [NSRegularExpression]
    /// "Reading time: 7 minutes": a short label before a colon and a value not in title case.
    public var maxLabelWords: Int
    public var examples: Examples?

    public static func load(from url: URL) throws -> HeadingRules {
        let file = try DataFile.load(File.self, from: url)
        var numbering: [Numbering] = []
        for (index, entry) in file.numbering.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: entry.pattern, options: [.caseInsensitive]) else {
                throw StudyKitError.badDataFile(path: url.path, key: "numbering.\(index).pattern", reason: "invalid regular expression")
            }
            numbering.append(Numbering(name: entry.name, pattern: regex, level: entry.level, rank: entry.rank))
        }
        var notHeadingPatterns: [NSRegularExpression] = []
        for (index, pattern) in file.notHeadingPatterns.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: pattern) else {
                throw StudyKitError.badDataFile(path: url.path, key: "notHeadingPatterns.\(index)", reason: "invalid regular expression")
            }
            notHeadingPatterns.append(regex)
        }
        var subtitlePatterns: [NSRegularExpression] = []
        for (index, pattern) in file.subtitlePatterns.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: pattern) else {
                throw StudyKitError.badDataFile(path: url.path, key: "subtitlePatterns.\(index)", reason: "invalid regular expression")
            }
            subtitlePatterns.append(regex)
        }
        var bylinePatterns: [NSRegularExpression] = []
        for (index, pattern) in file.bylinePatterns.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: pattern) else {
                throw StudyKitError.badDataFile(path: url.path, key: "bylinePatterns.\(index)", reason: "invalid regular expression")
            }
            bylinePatterns.append(regex)
        }
        guard let tocEntry = try? NSRegularExpression(pattern: file.tocEntryPattern, options: [.caseInsensitive]) else {
            throw StudyKitError.badDataFile(path: url.path, key: "tocEntryPattern", reason: "invalid regular expression")
        }
        var furniture: [NSRegularExpression] = []
        for (index, pattern) in file.furniturePatterns.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else {
                throw StudyKitError.badDataFile(path: url.path, key: "furniturePatterns.\(index)", reason: "invalid regular expression")
            }
            furniture.append(regex)
        }
        return HeadingRules(
            maxWords: file.maxWords, maxCharacters: file.maxCharacters,
            maxSentenceCaseWords: file.maxSentenceCaseWords, maxQuestionWords: file.maxQuestionWords,
            minTitleCaseRatio: file.minTitleCaseRatio,
            smallWords: Set(file.smallWords.map { $0.lowercased() }),
            nonJoiningSmallWords: Set(file.nonJoiningSmallWords.map { $0.lowercased() }),
            headingWords: Set(file.headingWords.map { $0.lowercased() }),
            tocTitles: Set(file.tocTitles.map { $0.lowercased() }),
            numbering: numbering,
            notHeadingPrefixes: file.notHeadingPrefixes.map { $0.lowercased() },
            notHeadingPatterns: notHeadingPatterns, subtitlePatterns: subtitlePatterns, bylinePatterns: bylinePatterns, tocEntryPattern: tocEntry,
            furnitureMinRepeats: file.furnitureMinRepeats, furniturePatterns: furniture,
            maxLabelWords: file.maxLabelWords, examples: file.examples)
    }

    private struct File: Decodable {
        struct NumberingEntry: Decodable {
            var name: String
            var pattern: String
            var level: Int
            var rank: Rank
        }
        var maxWords: Int
        var maxCharacters: Int
        var maxSentenceCaseWords: Int
        var maxQuestionWords: Int
        var minTitleCaseRatio: Double
        var smallWords: [String]
        var nonJoiningSmallWords: [String]
        var headingWords: [String]
        var tocTitles: [String]
        var numbering: [NumberingEntry]
        var notHeadingPrefixes: [String]
        var notHeadingPatterns: [String]
        var subtitlePatterns: [String]
        var bylinePatterns: [String]
        var tocEntryPattern: String
        var furnitureMinRepeats: Int
        var furniturePatterns: [String]
        var maxLabelWords: Int
        var examples: Examples?
    }

    /// A contents entry ("Welcome ........ 3"): short, ending in a page number, with dot leaders.
    /// The cheap checks come first, so a line of 100 000 dots never reaches the regex.
    public func isContentsEntry(_ line: some StringProtocol) -> Bool {
        guard line.utf8.count <= maxCharacters else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last, last.isNumber || "ivxlcIVXLC".contains(last) else { return false }
        return Self.matches(tocEntryPattern, trimmed)
    }

    /// True when `line` matches `regex` anywhere.
    package static func matches(_ regex: NSRegularExpression, _ line: String) -> Bool {
        regex.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil
    }
}
