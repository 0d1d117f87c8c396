import StudyKitModel

/// cmark-gfm's syntax tree copied into Swift values, so the reader never touches C memory and
/// only `CmarkTree` imports the library. Positions are UTF-8 byte ranges into the parsed text.
struct MarkdownNode: Sendable {
    enum Kind: String, Sendable {
        case document, blockQuote = "block_quote", list, item, taskItem = "tasklist", codeBlock = "code_block"
        case htmlBlock = "html_block", paragraph, heading, thematicBreak = "thematic_break"
        case footnoteDefinition = "footnote_definition", table, tableHeader = "table_header", tableRow = "table_row"
        case tableCell = "table_cell", text, softBreak = "softbreak", lineBreak = "linebreak", code
        case htmlInline = "html_inline", emphasis = "emph", strong, link, image
        case footnoteReference = "footnote_reference", strikethrough, other
    }

    var kind: Kind
    /// Text of text, code, HTML and code-block nodes; a footnote's label.
    var literal: String = ""
    /// Link and image targets.
    var url: String = ""
    var title: String = ""
    /// Heading level.
    var level: Int = 0
    var ordered = false
    var start = 1
    var tight = true
    /// A code block's info string.
    var info: String = ""
    /// A task item's state.
    var checked = false
    /// A table's column alignments: "l", "c", "r" or "" each.
    var alignments: [String] = []
    /// Where the node stands in the parsed text, when cmark knows it.
    var span: TextSpan?
    var children: [MarkdownNode] = []

    /// The same tree with every position moved by `offset` bytes (a fragment parsed on its own).
    func shifted(by offset: Int) -> MarkdownNode {
        var copy = self
        copy.span = span.map { TextSpan(start: $0.start + offset, end: $0.end + offset) }
        copy.children = children.map { $0.shifted(by: offset) }
        return copy
    }
}
