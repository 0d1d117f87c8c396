import StudyKitModel

/// Numbers footnotes in order of first reference, as cmark-gfm orders their definitions.
final class FootnoteNumbers {
    private(set) var labels: [String] = []

    func number(for label: String) -> Int {
        if let index = labels.firstIndex(of: label) { return index + 1 }
        labels.append(label)
        return labels.count
    }
}

/// Turns cmark's inline nodes into StudyKit inlines plus the plain text analysis reads, and
/// records where each run of that text stands in the source, so a sentence's offsets are exact
/// even across emphasis, links, code, escapes and entities. Allowed inline HTML (`<kbd>`,
/// `<sup>`, `<sub>`, `<br>`, `<a href>`, `<img>`, and the emphasis tags) becomes inlines;
/// any other tag is dropped and its text kept.
struct InlineBuilder {
    let source: [UInt8]
    let footnotes: FootnoteNumbers
    private(set) var text: [UInt8] = []
    private(set) var runs: [SourceRun] = []
    /// Where the source was last matched, for breaks (cmark gives them no position).
    private var cursor = 0
    /// The end of the paragraph's source: text is never looked for beyond it.
    private let limit: Int

    init(source: [UInt8], footnotes: FootnoteNumbers, start: Int, end: Int? = nil) {
        self.source = source
        self.footnotes = footnotes
        cursor = start
        limit = min(end ?? source.count, source.count)
    }

    /// A paragraph (or heading, or cell) from inline nodes, with its span.
    static func paragraph(_ nodes: [MarkdownNode], span: TextSpan, source: [UInt8], footnotes: FootnoteNumbers) -> Paragraph {
        var builder = InlineBuilder(source: source, footnotes: footnotes, start: span.start, end: span.end)
        let inlines = builder.inlines(nodes)
        return Paragraph(text: String(decoding: builder.text, as: UTF8.self), span: span, isVerbatim: false,
                         inlines: inlines, sourceRuns: builder.runs)
    }

    /// Wrappers opened by inline HTML tags and not yet closed, innermost last.
    private struct OpenTag {
        var name: String
        var target: String?
        var collected: [Inline] = []
    }

    mutating func inlines(_ nodes: [MarkdownNode]) -> [Inline] {
        var result: [Inline] = []
        var open: [OpenTag] = []
        func add(_ inline: Inline) {
            if open.isEmpty { result.append(inline) } else { open[open.count - 1].collected.append(inline) }
        }
        func close(_ tag: OpenTag) -> Inline? {
            let children = tag.collected
            switch tag.name {
            case "kbd": return .keyboard(children)
            case "sup": return .superscript(children)
            case "sub": return .subscript(children)
            case "strong", "b": return .strong(children)
            case "em", "i": return .emphasis(children)
            case "s", "del", "strike": return .strikethrough(children)
            case "code": return .code(Inline.plainText(children))
            case "a": return tag.target.map { .link(target: $0, title: nil, children) }
            default: return nil
            }
        }
        for node in nodes {
            switch node.kind {
            case .text:
                appendText(node.literal, at: node.span)
                add(.text(node.literal))
            case .code:
                appendText(node.literal, at: node.span)
                add(.code(node.literal))
            case .softBreak:
                appendBreak()
                add(.softBreak)
            case .lineBreak:
                appendBreak()
                add(.lineBreak)
            case .emphasis: add(.emphasis(inlines(node.children)))
            case .strong: add(.strong(inlines(node.children)))
            case .strikethrough: add(.strikethrough(inlines(node.children)))
            case .link:
                let title = node.title.isEmpty ? nil : node.title
                add(.link(target: node.url, title: title, inlines(node.children)))
            case .image:
                // Images add nothing to the text analysed: alt text is a description, not prose.
                let alt = Inline.plainText(Self.displayInlines(node.children))
                add(.image(ImageReference(alt: alt, target: node.url, title: node.title.isEmpty ? nil : node.title,
                                          span: node.span ?? TextSpan(start: cursor, end: cursor))))
            case .footnoteReference:
                add(.footnoteReference(label: node.literal, number: footnotes.number(for: node.literal)))
            case .htmlInline:
                for token in HTMLToken.tokens(node.literal) {
                    switch token {
                    case .open(let name, let attributes, let selfClosing, _):
                        if name == "br" {
                            appendBreak()
                            add(.lineBreak)
                        } else if name == "img" {
                            add(.image(ImageReference(alt: attributes["alt"] ?? "", target: attributes["src"] ?? "",
                                                      title: attributes["title"],
                                                      span: node.span ?? TextSpan(start: cursor, end: cursor))))
                        } else if !selfClosing, ["kbd", "sup", "sub", "strong", "b", "em", "i", "s", "del", "strike", "code", "a"].contains(name) {
                            open.append(OpenTag(name: name, target: name == "a" ? attributes["href"] : nil))
                        }
                    case .close(let name, _):
                        if let index = open.lastIndex(where: { $0.name == name }) {
                            while open.count > index {
                                let tag = open.removeLast()
                                if let inline = close(tag) { add(inline) } else { tag.collected.forEach(add) }
                            }
                        }
                    case .text(let value, _):
                        // Text inside an inline tag's own literal (rare): kept, unplaced.
                        appendUnplaced(value)
                        add(.text(value))
                    case .comment:
                        break
                    }
                }
            default:
                inlines(node.children).forEach(add)
            }
        }
        while let tag = open.popLast() {
            if let inline = close(tag) { add(inline) } else { tag.collected.forEach(add) }
        }
        return result
    }

    /// Inlines for display only (image alt text), without touching the analysed text.
    static func displayInlines(_ nodes: [MarkdownNode]) -> [Inline] {
        nodes.flatMap { node -> [Inline] in
            switch node.kind {
            case .text, .code: return [.text(node.literal)]
            case .softBreak, .lineBreak: return [.text(" ")]
            default: return displayInlines(node.children)
            }
        }
    }

    // MARK: - Text and where it came from

    mutating func appendBreak() {
        runs.append(SourceRun(textStart: text.count, sourceStart: cursor, textLength: 1, sourceLength: 0))
        text.append(0x0A)
    }

    private mutating func appendUnplaced(_ value: String) {
        let bytes = Array(value.utf8)
        guard !bytes.isEmpty else { return }
        runs.append(SourceRun(textStart: text.count, sourceStart: cursor, textLength: bytes.count, sourceLength: 0))
        text += bytes
    }

    /// Appends a literal and aligns it with its source range: equal bytes map one to one;
    /// a backslash escape, a character reference or a stretch cmark rewrote (tabs, line
    /// prefixes inside code spans) becomes a run of its own.
    mutating func appendText(_ literal: String, at span: TextSpan?) {
        let bytes = Array(literal.utf8)
        guard !bytes.isEmpty else { return }
        guard let span = placed(bytes, at: span) else {
            appendUnplaced(literal)
            return
        }
        var i = 0, j = span.start
        // cmark's end column can fall short (inside block quotes); matching bytes may run on.
        let end = min(max(span.end, span.start + bytes.count + 8), max(limit, span.end))
        var verbatimText = -1, verbatimSource = -1
        let base = text.count
        text += bytes
        while i < bytes.count {
            if j < end, source[j] == bytes[i] {
                if verbatimText < 0 { verbatimText = base + i; verbatimSource = j }
                i += 1; j += 1
                continue
            }
            if verbatimText >= 0 {
                let length = base + i - verbatimText
                runs.append(SourceRun(textStart: verbatimText, sourceStart: verbatimSource, textLength: length, sourceLength: length))
                verbatimText = -1
            }
            if j + 1 < end, source[j] == UInt8(ascii: "\\"), source[j + 1] == bytes[i] {
                runs.append(SourceRun(textStart: base + i, sourceStart: j, textLength: 1, sourceLength: 2))
                i += 1; j += 2
                continue
            }
            if j < end, source[j] == UInt8(ascii: "&"), let reference = Self.reference(source, at: j, end: end),
               let decoded = CharacterReference.value(of: Substring(String(decoding: source[(j + 1)..<(reference - 1)], as: UTF8.self))),
               bytes[i...].starts(with: decoded.utf8) {
                let length = decoded.utf8.count
                runs.append(SourceRun(textStart: base + i, sourceStart: j, textLength: length, sourceLength: reference - j))
                i += length; j = reference
                continue
            }
            if j < end, source[j] == UInt8(ascii: "&"), let reference = Self.reference(source, at: j, end: end),
               let resume = (i + 1...min(bytes.count, i + 8)).first(where: { $0 == bytes.count ? reference == end : bytes[$0] == source[min(reference, end - 1)] }) {
                // A reference this table does not know: it stands for the text up to where both agree again.
                runs.append(SourceRun(textStart: base + i, sourceStart: j, textLength: resume - i, sourceLength: reference - j))
                i = resume; j = reference
                continue
            }
            if j < end, bytes[i] == 0x20 || bytes[i] == 0x0A, Self.isSpace(source[j]) {
                // A tab, a line end or a line's prefix that cmark turned into one space.
                var k = j
                while k < end, Self.isSpace(source[k]) || source[k] == UInt8(ascii: ">") { k += 1 }
                runs.append(SourceRun(textStart: base + i, sourceStart: j, textLength: 1, sourceLength: k - j))
                i += 1; j = k
                continue
            }
            if j < end {
                // Something cmark dropped (a container prefix in a multi-line span): skip it.
                j += 1
                continue
            }
            // The source ran out: the rest is unplaced, at the end of the span.
            runs.append(SourceRun(textStart: base + i, sourceStart: end, textLength: bytes.count - i, sourceLength: 0))
            i = bytes.count
        }
        if verbatimText >= 0 {
            let length = base + bytes.count - verbatimText
            runs.append(SourceRun(textStart: verbatimText, sourceStart: verbatimSource, textLength: length, sourceLength: length))
        }
        cursor = max(cursor, j)
    }

    /// Where a literal stands: cmark's position when the source there opens it (or opens it
    /// with an escape or reference), else its first occurrence after what was matched so far
    /// (autolinks carry no position, and cmark's inline columns can drift).
    private func placed(_ bytes: [UInt8], at span: TextSpan?) -> TextSpan? {
        if let span, span.start < span.end, span.end <= source.count {
            let lead = source[span.start]
            if lead == bytes[0] || lead == UInt8(ascii: "\\") || lead == UInt8(ascii: "&") || Self.isSpace(lead) { return span }
        }
        let probe = Array(bytes.prefix(16))
        var start = cursor
        let end = max(cursor, limit)
        while start + probe.count <= end {
            if source[start] == probe[0], Array(source[start..<(start + probe.count)]) == probe {
                return TextSpan(start: start, end: min(end, start + bytes.count * 2 + 16))
            }
            start += 1
        }
        return nil
    }

    /// The end (after `;`) of a character reference starting at `start`, or nil.
    private static func reference(_ bytes: [UInt8], at start: Int, end: Int) -> Int? {
        var k = start + 1
        while k < min(end, start + 34), bytes[k] != UInt8(ascii: ";") {
            guard (0x30...0x39).contains(bytes[k]) || (0x41...0x5A).contains(bytes[k]) || (0x61...0x7A).contains(bytes[k])
                    || bytes[k] == UInt8(ascii: "#") else { return nil }
            k += 1
        }
        return k < end && bytes[k] == UInt8(ascii: ";") && k > start + 1 ? k + 1 : nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A }
}
