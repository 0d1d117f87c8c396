import Foundation

/// Finds text that is not part of the article but residue of how it was made,
/// such as a chat assistant's closing offer, using rules from `residue-rules.json`.
public struct ResidueDetector: Sendable {
    public struct Rule: Sendable {
        public var reason: String
        public var pattern: NSRegularExpression
    }

    public struct Examples: Decodable, Sendable {
        public var residue: [String]
        public var notResidue: [String]
    }

    public var maxCharacters: Int
    public var rules: [Rule]
    /// First words that can open residue; other lines skip the regular expressions.
    public var openers: Set<String>
    public var examples: Examples?

    public static func standard() throws -> ResidueDetector {
        try load(from: DataFile.url(named: "residue-rules"))
    }

    public static func load(from url: URL) throws -> ResidueDetector {
        struct File: Decodable {
            struct Entry: Decodable { var reason: String; var pattern: String }
            var maxCharacters: Int
            var rules: [Entry]
            var openers: [String]
            var examples: Examples?
        }
        let file = try DataFile.load(File.self, from: url)
        var rules: [Rule] = []
        for (index, entry) in file.rules.enumerated() {
            guard let regex = try? NSRegularExpression(pattern: entry.pattern, options: [.caseInsensitive]) else {
                throw StudyKitError.badDataFile(path: url.path, key: "rules.\(index).pattern", reason: "invalid regular expression")
            }
            rules.append(Rule(reason: entry.reason, pattern: regex))
        }
        return ResidueDetector(maxCharacters: file.maxCharacters, rules: rules,
                               openers: Set(file.openers.map { $0.lowercased() }), examples: file.examples)
    }

    /// The reason `text` is residue, or nil when it belongs to the article.
    public func reason(for text: String) -> String? {
        guard text.utf8.count <= maxCharacters * 2 else { return nil }
        let line = TextUnit.collapseWhitespace(text)
        guard !line.isEmpty, line.utf8.count <= maxCharacters else { return nil }
        let firstWord = line.prefix { $0 != " " }.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard openers.contains(firstWord) else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        return rules.first { $0.pattern.firstMatch(in: line, range: range) != nil }?.reason
    }
}
