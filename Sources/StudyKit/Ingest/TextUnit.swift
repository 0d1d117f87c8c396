/// A candidate block of a plain-text article: one line, a wrapped paragraph, or a list item.
///
/// The plain-text reader cuts the text into units; structure rules then decide
/// which units are headings, residue or body.
struct TextUnit: Sendable, Equatable {
    /// The source text of the unit (lines joined by their original newlines).
    var text: String
    var span: TextSpan
    var lineCount: Int
    /// A blank line (or the start of the text) stands before it.
    var afterBlank: Bool
    /// A blank line (or the end of the text) follows it.
    var beforeBlank: Bool
    /// The list marker it opens with ("-", "*", "•", "1.", "a)"), if any.
    var listMarker: String?
    /// Leading spaces of its first line.
    var indent: Int

    /// The text on one line with runs of whitespace collapsed.
    var singleLine: String { TextUnit.collapseWhitespace(text) }

    static func collapseWhitespace(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
            } else {
                if pendingSpace { result.append(" "); pendingSpace = false }
                result.append(character)
            }
        }
        return result
    }
}
