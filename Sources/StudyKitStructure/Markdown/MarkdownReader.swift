import Foundation
import StudyKitModel
import StudyKitRules
import StudyKitText

/// Reads Markdown into StudyKit's model with cmark-gfm, keeping what the author marked up:
/// heading levels; paragraphs with links, emphasis, code and breaks; ordered lists with their
/// start number, nested lists and task items; block quotes and callouts; fenced and indented
/// code; tables with alignment; thematic breaks; images; footnotes; YAML front matter.
///
/// Raw HTML never reaches the model as text: `HTMLBlockReader` keeps a few elements and the text
/// of the rest, and comments are set aside as removed. Every paragraph records where its text
/// stands in the source, so sentence offsets are exact.
struct MarkdownReader {
    let text: String
    let rules: MarkdownRules
    let residue: ResidueDetector

    /// The blocks of the document and its front-matter fields.
    func read() -> (blocks: [ReadBlock], fields: [(key: String, value: String)]) {
        var body = text
        var fields: [(key: String, value: String)] = []
        if let front = FrontMatter.parse(text) {
            fields = front.fields
            body = FrontMatter.blanked(text, upTo: front.bodyStart)
        }
        let tree = CmarkTree.parse(body)
        var converter = MarkdownConverter(source: Array(text.utf8), rules: rules, residue: residue)
        return (converter.topLevel(tree.children), fields)
    }

    /// The blocks of any Markdown text (for the conformance tests and HTML `markdown="1"`),
    /// front matter not read.
    static func blocks(of text: String, rules: MarkdownRules, residue: ResidueDetector) -> [ReadBlock] {
        var converter = MarkdownConverter(source: Array(text.utf8), rules: rules, residue: residue)
        return converter.topLevel(CmarkTree.parse(text).children)
    }
}

/// Walks cmark's tree into read blocks; one per document (it numbers the footnotes).
struct MarkdownConverter {
    let source: [UInt8]
    let rules: MarkdownRules
    let residue: ResidueDetector
    let footnotes = FootnoteNumbers()
    /// Text inside raw HTML is Markdown too (inside an element marked `markdown="1"`).
    var htmlTextIsMarkdown = false

    init(source: [UInt8], rules: MarkdownRules, residue: ResidueDetector) {
        self.source = source
        self.rules = rules
        self.residue = residue
    }

    /// Document-level blocks: headings open sections, residue is set aside, disclosures that
    /// HTML opens in one block and closes in a later one gather the blocks between.
    mutating func topLevel(_ nodes: [MarkdownNode]) -> [ReadBlock] {
        var sink = BlockSink(topLevel: true)
        var definitions = 0
        for node in nodes {
            if node.kind == .footnoteDefinition {
                definitions += 1
                let label = definitions <= footnotes.labels.count ? footnotes.labels[definitions - 1] : "\(definitions)"
                sink.add(.body(.footnote(Footnote(label: label, number: definitions, blocks: nested(node.children)))))
                continue
            }
            convert(node, into: &sink)
        }
        return sink.finish()
    }

    /// Blocks inside a container (list item, quote, footnote): headings stay blocks.
    mutating func nested(_ nodes: [MarkdownNode]) -> [Block] {
        var sink = BlockSink(topLevel: false)
        for node in nodes { convert(node, into: &sink) }
        return sink.finish().compactMap { block in
            switch block {
            case .body(let body): return body
            case .heading(let heading):
                return .heading(level: heading.level, heading.asParagraph)
            case .removed: return nil
            }
        }
    }

    private mutating func convert(_ node: MarkdownNode, into sink: inout BlockSink) {
        let span = node.span ?? TextSpan(start: 0, end: 0)
        switch node.kind {
        case .heading:
            let paragraph = InlineBuilder.paragraph(node.children, span: span, source: source, footnotes: footnotes)
            sink.add(.heading(Heading(title: Whitespace.collapse(paragraph.text), level: node.level, span: span,
                                      inlines: paragraph.inlines, body: paragraph)))
        case .paragraph:
            let paragraph = InlineBuilder.paragraph(node.children, span: span, source: source, footnotes: footnotes)
            if let images = Self.onlyImages(paragraph.inlines) {
                images.forEach { sink.add(.body(.image($0))) }
            } else if sink.topLevel, let reason = residue.reason(for: paragraph.text) {
                sink.add(.removed(RemovedText(text: Whitespace.collapse(paragraph.text), span: span, reason: reason)))
            } else if !paragraph.text.allSatisfy(\.isWhitespace) || !paragraph.inlines.isEmpty {
                sink.add(.body(.paragraph(paragraph)))
            }
        case .blockQuote:
            var children = node.children
            let callout = takeCallout(&children)
            sink.add(.body(.quote(Quote(callout: callout, blocks: nested(children)))))
        case .list:
            let items = node.children.map { item in
                ListItem(blocks: nested(item.children), checked: item.kind == .taskItem ? item.checked : nil)
            }
            sink.add(.body(.list(ListBlock(ordered: node.ordered, start: node.start, tight: node.tight, items: items))))
        case .codeBlock:
            let language = node.info.split(separator: " ").first.map(String.init)
            sink.add(.body(.code(CodeBlock(text: node.literal, language: language, span: span))))
        case .thematicBreak:
            sink.add(.body(.rule))
        case .table:
            sink.add(.body(.table(table(node, span: span))))
        case .htmlBlock:
            var reader = HTMLBlockReader(source: source, rules: rules, residue: residue, footnotes: footnotes)
            reader.textIsMarkdown = htmlTextIsMarkdown
            for event in reader.events(node) { sink.apply(event) }
        case .footnoteDefinition:
            sink.add(.body(.footnote(Footnote(label: "", number: 0, blocks: nested(node.children)))))
        default:
            for child in node.children { convert(child, into: &sink) }
        }
    }

    /// The images of a paragraph that holds nothing else (badges, figures), or nil.
    static func onlyImages(_ inlines: [Inline]) -> [ImageReference]? {
        var images: [ImageReference] = []
        for inline in inlines {
            switch inline {
            case .image(let image): images.append(image)
            case .softBreak, .lineBreak: continue
            case .text(let text) where text.allSatisfy(\.isWhitespace): continue
            // A linked image (a badge) keeps its link: it stays in its paragraph.
            default: return nil
            }
        }
        return images.isEmpty ? nil : images
    }

    private mutating func table(_ node: MarkdownNode, span: TextSpan) -> Table {
        var header: [Paragraph] = []
        var rows: [[Paragraph]] = []
        for row in node.children {
            let cells = row.children.map { cell in
                // cmark-gfm can end a row's last cell past its table (an unclosed code span takes the
                // line's newline): a cell stays inside its table, as evidence cut from it must.
                let cellSpan = cell.span.map { TextSpan(start: min(max($0.start, span.start), span.end),
                                                        end: min(max($0.end, span.start), span.end)) } ?? span
                return InlineBuilder.paragraph(cell.children, span: cellSpan, source: source, footnotes: footnotes)
            }
            if row.kind == .tableHeader { header = cells } else { rows.append(cells) }
        }
        let alignments = node.alignments.map { value -> Table.Alignment in
            switch value {
            case "l": return .left
            case "c": return .center
            case "r": return .right
            default: return .none
            }
        }
        return Table(header: header, rows: rows, alignments: alignments, span: span)
    }

    /// A quote opening with GitHub's alert marker (`[!NOTE]`) or a bold label (`**Note:**`) is a
    /// callout: the kind is returned and the marker removed from the first paragraph.
    private func takeCallout(_ children: inout [MarkdownNode]) -> String? {
        guard var first = children.first, first.kind == .paragraph, var lead = first.children.first else { return nil }
        if lead.kind == .text, lead.literal.hasPrefix("[!"), let close = lead.literal.firstIndex(of: "]") {
            let label = lead.literal[lead.literal.index(lead.literal.startIndex, offsetBy: 2)..<close]
            guard let kind = rules.callout(label: String(label)) else { return nil }
            let marker = lead.literal[...close].utf8.count
            lead.literal = String(lead.literal[lead.literal.index(after: close)...])
            if let span = lead.span { lead.span = TextSpan(start: min(span.start + marker, span.end), end: span.end) }
            first.children[0] = lead
            first.children = Self.trimmingLead(first.children)
            children[0] = first
            return kind
        }
        if lead.kind == .strong, let kind = rules.callout(label: Inline.plainText(InlineBuilder.displayInlines(lead.children))) {
            first.children.removeFirst()
            if var next = first.children.first, next.kind == .text {
                let trimmed = next.literal.drop { $0 == ":" || $0 == " " }
                let dropped = next.literal.utf8.count - trimmed.utf8.count
                next.literal = String(trimmed)
                if let span = next.span { next.span = TextSpan(start: min(span.start + dropped, span.end), end: span.end) }
                first.children[0] = next
            }
            first.children = Self.trimmingLead(first.children)
            children[0] = first
            if first.children.isEmpty { children.removeFirst() }
            return kind
        }
        return nil
    }

    /// Drops empty text and breaks left at the start of a paragraph once its marker is gone.
    private static func trimmingLead(_ nodes: [MarkdownNode]) -> [MarkdownNode] {
        Array(nodes.drop { ($0.kind == .text && $0.literal.allSatisfy(\.isWhitespace)) || $0.kind == .softBreak || $0.kind == .lineBreak })
    }
}

/// Collects read blocks, with disclosures (`<details>`) open across blocks.
struct BlockSink {
    let topLevel: Bool
    private var output: [ReadBlock] = []
    private var open: [(summary: Paragraph?, blocks: [Block])] = []

    init(topLevel: Bool) { self.topLevel = topLevel }

    mutating func add(_ block: ReadBlock) {
        guard !open.isEmpty else { output.append(block); return }
        switch block {
        case .body(let body): open[open.count - 1].blocks.append(body)
        case .heading(let heading):
            open[open.count - 1].blocks.append(.heading(level: heading.level, heading.asParagraph))
        case .removed: output.append(block)
        }
    }

    mutating func apply(_ event: HTMLBlockReader.Event) {
        switch event {
        case .block(let block): add(block)
        case .openDisclosure: open.append((nil, []))
        case .summary(let paragraph):
            if open.isEmpty { add(.body(.paragraph(paragraph))) } else { open[open.count - 1].summary = paragraph }
        case .closeDisclosure:
            guard let frame = open.popLast() else { return }
            add(.body(.disclosure(Disclosure(summary: frame.summary, blocks: frame.blocks))))
        }
    }

    /// The blocks, with disclosures never closed closed at the end.
    mutating func finish() -> [ReadBlock] {
        while !open.isEmpty { apply(.closeDisclosure) }
        return output
    }
}
