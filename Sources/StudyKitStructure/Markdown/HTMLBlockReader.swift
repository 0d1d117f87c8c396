import StudyKitModel
import StudyKitRules
import StudyKitText

/// Reads a raw HTML block the way a reader would see it, never as markup: headings (`<h1>`–
/// `<h6>`), paragraphs and list items become blocks; `<img>` an image; `<details>`/`<summary>` a
/// disclosure (which may close in a later block); `<br>`, `<a href>`, `<kbd>`, `<sup>`, `<sub>`
/// and the emphasis tags inline markup; comments removed text; `<script>`/`<style>` nothing;
/// any other tag (`<div>`, `<aside>`, `<span>`, `<center>` …) only its text. An element marked
/// `markdown="1"` has its content read as Markdown.
struct HTMLBlockReader {
    enum Event {
        case block(ReadBlock)
        case openDisclosure
        case summary(Paragraph)
        case closeDisclosure
    }

    let source: [UInt8]
    let rules: MarkdownRules
    let residue: ResidueDetector
    let footnotes: FootnoteNumbers

    private var events: [Event] = []
    private var buffer: InlineBuilder?
    private var bufferInlines: [Inline] = []
    private var wrappers: [(name: String, target: String?, collected: [Inline])] = []
    private var bufferStart = 0
    private var headingLevel: Int?
    private var inSummary = false
    private var dropping = 0
    private var lists: [(ordered: Bool, items: [ListItem])] = []
    /// The end of the block's source, so text is never looked for beyond it.
    private var blockEnd = 0
    /// Text between tags is read as Markdown (the block sits in a `markdown="1"` element).
    var textIsMarkdown = false

    /// Elements whose start and end close a paragraph.
    static let blockElements: Set<String> = [
        "p", "div", "section", "article", "aside", "header", "footer", "main", "nav", "figure", "figcaption",
        "blockquote", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "dl", "dt", "dd", "center", "pre",
        "form", "fieldset", "address", "hr", "caption", "picture", "video", "audio",
    ]
    static let inlineElements: Set<String> = ["kbd", "sup", "sub", "strong", "b", "em", "i", "s", "del", "strike", "code", "a"]
    static let droppedElements: Set<String> = ["script", "style", "template", "noscript", "svg", "math", "iframe", "object"]

    init(source: [UInt8], rules: MarkdownRules, residue: ResidueDetector, footnotes: FootnoteNumbers) {
        self.source = source
        self.rules = rules
        self.residue = residue
        self.footnotes = footnotes
    }

    mutating func events(_ node: MarkdownNode) -> [Event] {
        let literal = node.literal
        let bytes = Array(literal.utf8)
        let span = node.span ?? TextSpan(start: 0, end: 0)
        // The literal stands byte for byte in the source (from its line's start when indented)
        // unless the block sits in a container.
        var lineStart = span.start
        while lineStart > 0, source[lineStart - 1] != 0x0A { lineStart -= 1 }
        let base = [lineStart, span.start].first { start in
            start + bytes.count <= source.count && Array(source[start..<(start + bytes.count)]) == bytes
        }
        blockEnd = base.map { $0 + bytes.count } ?? span.end
        let tokens = HTMLToken.tokens(literal)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .comment(let body, let range):
                flush()
                let place = base.map { TextSpan(start: $0 + range.lowerBound, end: $0 + range.upperBound) } ?? span
                let text = Whitespace.collapse(body)
                if !text.isEmpty { events.append(.block(.removed(RemovedText(text: text, span: place, reason: "HTML comment")))) }
            case .text(let value, let range):
                guard dropping == 0 else { continue }
                if buffer == nil && value.allSatisfy(\.isWhitespace) { continue }
                startBuffer(at: base.map { $0 + range.lowerBound } ?? span.start)
                if textIsMarkdown, let base {
                    // Markdown inside HTML: parse the raw text on its own and place it in the source.
                    let raw = String(decoding: bytes[range], as: UTF8.self)
                    let nodes = CmarkTree.parse(raw).children.flatMap { block -> [MarkdownNode] in
                        block.kind == .paragraph ? block.children + [MarkdownNode(kind: .softBreak)] : []
                    }.dropLast().map { $0.shifted(by: base + range.lowerBound) }
                    buffer!.inlines(Array(nodes)).forEach { addInline($0) }
                } else {
                    let place = base.map { TextSpan(start: $0 + range.lowerBound, end: $0 + range.upperBound) }
                    buffer!.appendText(value, at: place)
                    addInline(.text(value))
                }
            case .open(let name, let attributes, let selfClosing, let range):
                if Self.droppedElements.contains(name) { if !selfClosing { dropping += 1 }; continue }
                guard dropping == 0 else { continue }
                if let markdown = attributes["markdown"], markdown != "0", !selfClosing, let base,
                   let close = Self.matchingClose(tokens, from: index, name: name) {
                    flush()
                    let innerStart = base + range.upperBound
                    let innerEnd: Int
                    if case .close(_, let closeRange) = tokens[close] { innerEnd = base + closeRange.lowerBound } else { innerEnd = innerStart }
                    readMarkdown(innerStart..<innerEnd)
                    index = close + 1
                    continue
                }
                open(name, attributes: attributes, selfClosing: selfClosing, at: base.map { $0 + range.lowerBound } ?? span.start)
            case .close(let name, _):
                if Self.droppedElements.contains(name) { dropping = max(0, dropping - 1); continue }
                guard dropping == 0 else { continue }
                close(name)
            }
        }
        flush()
        while let list = lists.popLast() { emitList(list) }
        return events
    }

    private mutating func open(_ name: String, attributes: [String: String], selfClosing: Bool, at offset: Int) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            headingLevel = Int(String(name.dropFirst()))
        case "details":
            flush()
            events.append(.openDisclosure)
        case "summary":
            flush()
            inSummary = true
        case "ul", "ol":
            flush()
            lists.append((name == "ol", []))
        case "li":
            flush()
        case "br":
            if buffer != nil {
                buffer!.appendBreak()
                addInline(.lineBreak)
            }
        case "img":
            let image = ImageReference(alt: attributes["alt"] ?? "", target: attributes["src"] ?? "",
                                       title: attributes["title"], span: TextSpan(start: offset, end: offset))
            if buffer == nil { emit(.body(.image(image))) } else { addInline(.image(image)) }
        case "hr":
            flush()
            emit(.body(.rule))
        default:
            if Self.blockElements.contains(name) {
                flush()
            } else if Self.inlineElements.contains(name), !selfClosing {
                startBuffer(at: offset)
                wrappers.append((name, name == "a" ? attributes["href"] : nil, []))
            }
        }
    }

    private mutating func close(_ name: String) {
        switch name {
        case "h1", "h2", "h3", "h4", "h5", "h6", "summary", "li":
            flush()
            headingLevel = nil
            inSummary = false
        case "details":
            flush()
            events.append(.closeDisclosure)
        case "ul", "ol":
            flush()
            if let list = lists.popLast() { emitList(list) }
        default:
            if Self.blockElements.contains(name) {
                flush()
            } else if let index = wrappers.lastIndex(where: { $0.name == name }) {
                while wrappers.count > index { closeWrapper() }
            }
        }
    }

    private mutating func closeWrapper() {
        let wrapper = wrappers.removeLast()
        let children = wrapper.collected
        let inline: Inline?
        switch wrapper.name {
        case "kbd": inline = .keyboard(children)
        case "sup": inline = .superscript(children)
        case "sub": inline = .subscript(children)
        case "strong", "b": inline = .strong(children)
        case "em", "i": inline = .emphasis(children)
        case "s", "del", "strike": inline = .strikethrough(children)
        case "code": inline = .code(Inline.plainText(children))
        case "a": inline = wrapper.target.map { .link(target: $0, title: nil, children) }
        default: inline = nil
        }
        if let inline { addInline(inline) } else { children.forEach { addInline($0) } }
    }

    private mutating func startBuffer(at offset: Int) {
        guard buffer == nil else { return }
        buffer = InlineBuilder(source: source, footnotes: footnotes, start: offset, end: blockEnd)
        bufferInlines = []
        bufferStart = offset
    }

    private mutating func addInline(_ inline: Inline) {
        if wrappers.isEmpty { bufferInlines.append(inline) } else { wrappers[wrappers.count - 1].collected.append(inline) }
    }

    /// Ends the paragraph being collected, if any, as a heading, summary, list item or paragraph.
    private mutating func flush() {
        while !wrappers.isEmpty { closeWrapper() }
        guard let builder = buffer else { return }
        buffer = nil
        let text = String(decoding: builder.text, as: UTF8.self)
        guard !text.allSatisfy(\.isWhitespace) else { return }
        let end = builder.runs.last.map { $0.sourceStart + $0.sourceLength } ?? bufferStart
        let paragraph = Paragraph(text: text, span: TextSpan(start: bufferStart, end: max(bufferStart, end)), isVerbatim: false,
                                  inlines: bufferInlines, sourceRuns: builder.runs)
        if let level = headingLevel {
            emit(.heading(Heading(title: Whitespace.collapse(text), level: level, span: paragraph.span, inlines: paragraph.inlines,
                                  body: paragraph)))
        } else if inSummary {
            events.append(.summary(paragraph))
        } else if !lists.isEmpty {
            lists[lists.count - 1].items.append(ListItem(blocks: [.paragraph(paragraph)]))
        } else if let reason = residue.reason(for: text) {
            emit(.removed(RemovedText(text: Whitespace.collapse(text), span: paragraph.span, reason: reason)))
        } else {
            emit(.body(.paragraph(paragraph)))
        }
    }

    private mutating func emit(_ block: ReadBlock) { events.append(.block(block)) }

    private mutating func emitList(_ list: (ordered: Bool, items: [ListItem])) {
        guard !list.items.isEmpty else { return }
        let block = Block.list(ListBlock(ordered: list.ordered, items: list.items))
        if lists.isEmpty { emit(.body(block)) } else { lists[lists.count - 1].items.append(ListItem(blocks: [block])) }
    }

    /// Reads `range` of the source as Markdown in place: from the start of its first line, with
    /// what precedes it on that line blanked, so columns stay true and offsets only shift.
    private mutating func readMarkdown(_ range: Range<Int>) {
        var lineStart = range.lowerBound
        while lineStart > 0, source[lineStart - 1] != 0x0A { lineStart -= 1 }
        var window = Array(source[lineStart..<range.upperBound])
        for index in 0..<(range.lowerBound - lineStart) where window[index] != 0x0A { window[index] = 0x20 }
        let tree = CmarkTree.parse(String(decoding: window, as: UTF8.self)).shifted(by: lineStart)
        var converter = MarkdownConverter(source: source, rules: rules, residue: residue)
        converter.htmlTextIsMarkdown = true
        for block in converter.topLevel(tree.children) { emit(block) }
    }

    /// The index of the close tag matching an element opened just before `start`, or nil.
    private static func matchingClose(_ tokens: [HTMLToken], from start: Int, name: String) -> Int? {
        var depth = 1
        for index in start..<tokens.count {
            switch tokens[index] {
            case .open(let other, _, let selfClosing, _) where other == name && !selfClosing: depth += 1
            case .close(let other, _) where other == name:
                depth -= 1
                if depth == 0 { return index }
            default: continue
            }
        }
        return nil
    }
}
