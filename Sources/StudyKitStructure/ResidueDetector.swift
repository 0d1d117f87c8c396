import Foundation
import StudyKitText
import StudyKitRules

/// Finds text that is not part of the article but residue of how it was made,
/// such as a chat assistant's closing offer, using `ResidueRules`.
public struct ResidueDetector: Sendable {
    public let rules: ResidueRules

    public init(rules: ResidueRules) {
        self.rules = rules
    }

    /// The reason `text` is residue, or nil when it belongs to the article.
    public func reason(for text: String) -> String? {
        guard text.utf8.count <= rules.maxCharacters * 2 else { return nil }
        let line = Whitespace.collapse(text)
        guard !line.isEmpty, line.utf8.count <= rules.maxCharacters else { return nil }
        let firstWord = line.prefix { $0 != " " }.lowercased().trimmingCharacters(in: .punctuationCharacters)
        guard rules.openers.contains(firstWord) else { return nil }
        let range = NSRange(line.startIndex..., in: line)
        return rules.rules.first { $0.pattern.firstMatch(in: line, range: range) != nil }?.reason
    }
}
