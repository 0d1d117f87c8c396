import Foundation

/// The data behind the Markdown reader (`markdown-rules.json`): which labels open a callout.
public struct MarkdownRules: Decodable, Sendable {
    public struct Examples: Decodable, Sendable {
        public var callouts: [String]
        public var quotes: [String]
    }

    /// Kind ("note", "tip", …) → the labels that mean it.
    public var callouts: [String: [String]]
    public var examples: Examples?

    /// The callout kind a label names ("Note", "note:", "NOTE"), or nil.
    public func callout(label: String) -> String? {
        var key = label.trimmingCharacters(in: .whitespaces).lowercased()
        while key.hasSuffix(":") { key.removeLast() }
        key = key.trimmingCharacters(in: .whitespaces)
        for kind in callouts.keys.sorted() where callouts[kind]!.contains(key) { return kind }
        return nil
    }
}
