import StudyKitModel
import StudyKitText

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

    /// The text on one line with runs of whitespace collapsed (computed once: rules ask often).
    let singleLine: String

    init(text: String, span: TextSpan, lineCount: Int, afterBlank: Bool, beforeBlank: Bool,
         listMarker: String?, indent: Int) {
        self.text = text
        self.span = span
        self.lineCount = lineCount
        self.afterBlank = afterBlank
        self.beforeBlank = beforeBlank
        self.listMarker = listMarker
        self.indent = indent
        self.singleLine = Whitespace.collapse(text)
    }
}
