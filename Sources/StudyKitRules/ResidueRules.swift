import Foundation
import StudyKitSupport

/// The data behind residue detection (`residue-rules.json`): which lines a chat assistant
/// left in a pasted article, by reason.
public struct ResidueRules: Sendable {
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

    public static func load(from url: URL) throws -> ResidueRules {
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
        return ResidueRules(maxCharacters: file.maxCharacters, rules: rules,
                            openers: Set(file.openers.map { $0.lowercased() }), examples: file.examples)
    }
}
