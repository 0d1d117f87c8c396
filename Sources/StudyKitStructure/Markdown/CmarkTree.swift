import CCmarkGFM
import Foundation
import StudyKitModel

/// Parses Markdown with cmark-gfm (CommonMark 0.29 plus GitHub's tables, strikethrough,
/// autolinks, task lists and footnotes) and returns its tree as Swift values.
/// The only file that imports the C library.
enum CmarkTree {
    /// The extensions, registered once per process (cmark's registry is global).
    private static let extensions: [String] = {
        cmark_gfm_core_extensions_ensure_registered()
        return ["table", "strikethrough", "autolink", "tasklist"]
    }()

    /// The tree of `text`. Columns and lines from cmark become byte offsets of `text`.
    static func parse(_ text: String) -> MarkdownNode {
        withDocument(text) { root, _ in node(root, lines: LineStarts(text), depth: 0) }
    }

    /// cmark-gfm's own HTML for `text` with the same extensions, raw HTML kept: the reference
    /// the conformance tests hold StudyKit's writer to.
    static func referenceHTML(_ text: String) -> String {
        withDocument(text) { root, parser in
            let extensionList = cmark_parser_get_syntax_extensions(parser)
            guard let html = cmark_render_html(root, CMARK_OPT_UNSAFE | CMARK_OPT_FOOTNOTES, extensionList) else { return "" }
            defer { free(html) }
            return String(cString: html)
        }
    }

    /// cmark-gfm keeps the inline parser's special characters in one process-wide table: each
    /// parser adds its extensions' characters ("~" for strikethrough) when it finishes and removes
    /// them afterwards, so two documents parsed at once (`build --jobs`) can lose each other's
    /// strikethrough. One document at a time.
    private static let parsing = NSLock()

    /// Parses `text` and hands the document to `body`; the C tree is freed afterwards.
    private static func withDocument<Result>(_ text: String, _ body: (OpaquePointer, OpaquePointer) -> Result) -> Result {
        parsing.lock()
        defer { parsing.unlock() }
        let names = extensions
        let parser = cmark_parser_new(CMARK_OPT_DEFAULT | CMARK_OPT_FOOTNOTES)!
        defer { cmark_parser_free(parser) }
        for name in names {
            if let syntax = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, syntax) }
        }
        var bytes = text
        bytes.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { cmark_parser_feed(parser, base, chars.count) }
            }
        }
        let root = cmark_parser_finish(parser)!
        defer { cmark_node_free(root) }
        return body(root, parser)
    }

    /// Containers nested deeper than this are read as their text: no article nests so deep,
    /// and a hostile one ("- - - - … item", 5000 levels) must not exhaust the stack.
    static let maxDepth = 64

    /// Byte offset of each line's start, for cmark's 1-based line and column positions.
    struct LineStarts {
        var starts: [Int] = [0]
        var length: Int

        init(_ text: String) {
            length = text.utf8.count
            for (offset, byte) in text.utf8.enumerated() where byte == 0x0A { starts.append(offset + 1) }
        }

        /// `line`/`column` (1-based) as a byte offset, clamped to the text.
        func offset(line: Int32, column: Int32) -> Int? {
            guard line >= 1, Int(line) <= starts.count, column >= 1 else { return nil }
            return min(starts[Int(line) - 1] + Int(column) - 1, length)
        }
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    private static func node(_ pointer: OpaquePointer, lines: LineStarts, depth: Int) -> MarkdownNode {
        // Footnote nodes have no type name in this cmark-gfm; extension nodes have no fixed type number.
        let type = cmark_node_get_type(pointer)
        let kind: MarkdownNode.Kind
        if type == CMARK_NODE_FOOTNOTE_REFERENCE {
            kind = .footnoteReference
        } else if type == CMARK_NODE_FOOTNOTE_DEFINITION {
            kind = .footnoteDefinition
        } else {
            kind = MarkdownNode.Kind(rawValue: string(cmark_node_get_type_string(pointer))) ?? .other
        }
        var node = MarkdownNode(kind: kind)
        if let start = lines.offset(line: cmark_node_get_start_line(pointer), column: cmark_node_get_start_column(pointer)),
           let last = lines.offset(line: cmark_node_get_end_line(pointer), column: cmark_node_get_end_column(pointer)) {
            // cmark's end column is inclusive; an empty node ends before it starts.
            node.span = TextSpan(start: start, end: max(start, min(last + 1, lines.length)))
        }
        switch node.kind {
        case .text, .code, .htmlBlock, .htmlInline, .codeBlock, .footnoteReference, .footnoteDefinition:
            node.literal = string(cmark_node_get_literal(pointer))
        case .heading:
            node.level = Int(cmark_node_get_heading_level(pointer))
        case .list:
            node.ordered = cmark_node_get_list_type(pointer) == CMARK_ORDERED_LIST
            node.start = Int(cmark_node_get_list_start(pointer))
            node.tight = cmark_node_get_list_tight(pointer) != 0
        case .link, .image:
            node.url = string(cmark_node_get_url(pointer))
            node.title = string(cmark_node_get_title(pointer))
        case .taskItem:
            node.checked = cmark_gfm_extensions_get_tasklist_item_checked(pointer)
        case .table:
            let columns = Int(cmark_gfm_extensions_get_table_columns(pointer))
            if let alignments = cmark_gfm_extensions_get_table_alignments(pointer) {
                node.alignments = (0..<columns).map { alignments[$0] == 0 ? "" : String(UnicodeScalar(alignments[$0])) }
            }
        default:
            break
        }
        if node.kind == .codeBlock { node.info = string(cmark_node_get_fence_info(pointer)) }
        if depth >= maxDepth, cmark_node_first_child(pointer) != nil {
            return flattened(pointer, span: node.span)
        }
        var child = cmark_node_first_child(pointer)
        while let current = child {
            node.children.append(self.node(current, lines: lines, depth: depth + 1))
            child = cmark_node_next(current)
        }
        return node
    }

    /// A subtree too deep to keep, as one paragraph of its text, walked without recursion.
    private static func flattened(_ pointer: OpaquePointer, span: TextSpan?) -> MarkdownNode {
        var text = ""
        let iterator = cmark_iter_new(pointer)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                if !text.isEmpty, !text.hasSuffix(" ") { text += " " }
                text += string(cmark_node_get_literal(current))
            }
        }
        var paragraph = MarkdownNode(kind: .paragraph)
        paragraph.span = span
        paragraph.children = [MarkdownNode(kind: .text, literal: text)]
        return paragraph
    }
}
