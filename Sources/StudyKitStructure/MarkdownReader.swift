import Foundation
import StudyKitModel
import StudyKitText

/// Reads CommonMark-style Markdown into blocks: ATX and Setext headings, paragraphs,
/// lists (nesting flattened), block quotes, fenced and indented code, images, and
/// YAML front matter. Inline markup is reduced to text; raw HTML to its text.
/// HTML comments (`<!-- … -->`, often over many lines: notes, YAML history blocks,
/// markers) are not text: they are set aside as removed.
struct MarkdownReader {
    struct Line {
        var text: Substring
        var start: Int
        var end: Int
        var isBlank: Bool { text.allSatisfy { $0 == " " || $0 == "\t" } }
        var indent: Int { text.prefix { $0 == " " }.count + text.prefix { $0 == "\t" }.count * 4 }
    }

    let text: String
    /// The bullets and labels that open list items (see `ListMarker.lineItem`).
    let listRules: CompiledSentenceRules

    /// The blocks of the document and its front-matter fields.
    func read() -> (blocks: [ReadBlock], fields: [(key: String, value: String)]) {
        var lines = splitLines()
        var fields: [(key: String, value: String)] = []
        if let front = FrontMatter.parse(lines) {
            fields = front.fields
            lines.removeAll { $0.start < front.bodyStart }
        }
        var builder = Builder(listRules: listRules)
        var index = 0
        while index < lines.count {
            index = builder.consume(lines, at: index)
        }
        builder.flushParagraph()
        return (builder.blocks, fields)
    }

    private func splitLines() -> [Line] {
        var lines: [Line] = []
        var offset = 0
        for piece in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = piece.utf8.count
            lines.append(Line(text: piece, start: offset, end: offset + length))
            offset += length + 1
        }
        if let last = lines.last, last.text.isEmpty { lines.removeLast() }
        return lines
    }

    /// Accumulates blocks line by line.
    private struct Builder {
        let listRules: CompiledSentenceRules
        var blocks: [ReadBlock] = []
        var paragraph: [Line] = []
        var listItems: [Paragraph] = []
        var listOrdered = false
        var currentItem: [Line] = []

        mutating func consume(_ lines: [Line], at index: Int) -> Int {
            let line = lines[index]
            let content = line.text.drop { $0 == " " || $0 == "\t" }
            if line.isBlank {
                flushParagraph()
                return index + 1
            }
            if line.indent < 4, content.hasPrefix("<!--") {
                flushParagraph()
                return comment(lines, from: index)
            }
            if line.indent < 4, let fence = fence(content) {
                flushParagraph()
                return code(lines, from: index, fence: fence)
            }
            if line.indent < 4, content.hasPrefix("#") {
                let hashes = content.prefix { $0 == "#" }.count
                let rest = content.dropFirst(hashes)
                if hashes <= 6, rest.isEmpty || rest.first == " " || rest.first == "\t" {
                    flushParagraph()
                    var title = rest.trimmingCharacters(in: .whitespaces)
                    while title.hasSuffix("#") { title.removeLast() }
                    blocks.append(.heading(title: MarkdownInline.reduce(title).trimmingCharacters(in: .whitespaces),
                                           level: hashes, span: TextSpan(start: line.start, end: line.end)))
                    return index + 1
                }
            }
            if line.indent < 4, !paragraph.isEmpty, currentItem.isEmpty, let level = setextLevel(content) {
                let first = paragraph[0]
                let title = MarkdownInline.reduce(paragraph.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " "))
                paragraph = []
                blocks.append(.heading(title: title, level: level, span: TextSpan(start: first.start, end: line.end)))
                return index + 1
            }
            if line.indent < 4, isThematicBreak(content) {
                flushParagraph()
                return index + 1
            }
            if line.indent < 4, content.hasPrefix(">") {
                flushParagraph()
                return quote(lines, from: index)
            }
            if let marker = ListMarker.lineItem(line.text, rules: listRules) {
                flushParagraphOnly()
                closeItem()
                listOrdered = listItems.isEmpty ? marker.ordered : listOrdered
                // The marker's length is in bytes and counts from the marker, not from the indent:
                // "  * item" (a nested item) must lose its indent and its "* ", and "• item" three bytes.
                let skip = line.text.utf8.prefix { $0 == 0x20 || $0 == 0x09 }.count + marker.length
                let rest = line.text[line.text.utf8.index(line.text.startIndex, offsetBy: skip)...]
                currentItem = [Line(text: rest, start: line.start + skip, end: line.end)]
                return index + 1
            }
            if !currentItem.isEmpty, paragraph.isEmpty {
                currentItem.append(line)
                return index + 1
            }
            if line.indent >= 4, paragraph.isEmpty, listItems.isEmpty {
                return indentedCode(lines, from: index)
            }
            if let image = standaloneImage(content, line: line) {
                flushParagraph()
                blocks.append(.body(.image(image)))
                return index + 1
            }
            if isTableDelimiter(content) { return index + 1 }
            paragraph.append(line)
            return index + 1
        }

        mutating func flushParagraph() {
            flushParagraphOnly()
            closeItem()
            if !listItems.isEmpty {
                blocks.append(.body(.list(ListBlock(ordered: listOrdered, items: listItems))))
                listItems = []
            }
        }

        private mutating func flushParagraphOnly() {
            guard !paragraph.isEmpty else { return }
            closeItem()
            if !listItems.isEmpty {
                blocks.append(.body(.list(ListBlock(ordered: listOrdered, items: listItems))))
                listItems = []
            }
            blocks.append(.body(.paragraph(Self.paragraph(from: paragraph))))
            paragraph = []
        }

        private mutating func closeItem() {
            guard !currentItem.isEmpty else { return }
            listItems.append(Self.paragraph(from: currentItem))
            currentItem = []
        }

        static func paragraph(from lines: [Line]) -> Paragraph {
            let raw = lines.map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
            let cells = raw.hasPrefix("|") ? raw.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
                .filter { !$0.isEmpty }.joined(separator: "; ") : raw
            let text = MarkdownInline.reduce(cells)
            let span = TextSpan(start: lines[0].start, end: lines[lines.count - 1].end)
            let verbatim = lines.count == 1 && text == String(lines[0].text)
            return Paragraph(text: text, span: span, isVerbatim: verbatim)
        }

        private func fence(_ content: Substring) -> (Character, Int, String)? {
            guard let char = content.first, char == "`" || char == "~" else { return nil }
            let run = content.prefix { $0 == char }.count
            guard run >= 3 else { return nil }
            let info = content.dropFirst(run).trimmingCharacters(in: .whitespaces)
            if char == "`" && info.contains("`") { return nil }
            return (char, run, info)
        }

        private mutating func code(_ lines: [Line], from start: Int, fence: (Character, Int, String)) -> Int {
            var index = start + 1
            var body: [Substring] = []
            while index < lines.count {
                let content = lines[index].text.drop { $0 == " " }
                if content.prefix(while: { $0 == fence.0 }).count >= fence.1,
                   content.drop(while: { $0 == fence.0 }).allSatisfy({ $0 == " " || $0 == "\t" }) {
                    break
                }
                body.append(lines[index].text)
                index += 1
            }
            let end = min(index, lines.count - 1)
            let language = fence.2.split(separator: " ").first.map(String.init)
            blocks.append(.body(.code(CodeBlock(text: body.joined(separator: "\n"), language: language,
                                                span: TextSpan(start: lines[start].start, end: lines[end].end)))))
            return index + 1
        }

        /// An HTML comment block: every line up to the one holding `-->`. Unclosed, it
        /// ends at the first blank line (CommonMark would run it to the end of the
        /// document; one stray `<!--` must not hide the rest of an article).
        private mutating func comment(_ lines: [Line], from start: Int) -> Int {
            var index = start
            var end: Int?
            while index < lines.count {
                if index > start && lines[index].isBlank { break }
                // From the opener's second character on the first line, so "<!-->" closes at once.
                let text = index == start ? lines[index].text.drop { $0 == " " || $0 == "\t" }.dropFirst(2) : lines[index].text
                if text.contains("-->") {
                    end = index
                    break
                }
                index += 1
            }
            let last = end ?? index - 1
            let raw = lines[start...last].map { $0.text.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
            blocks.append(.removed(RemovedText(text: Whitespace.collapse(raw),
                                               span: TextSpan(start: lines[start].start, end: lines[last].end),
                                               reason: "HTML comment")))
            return last + 1
        }

        private mutating func indentedCode(_ lines: [Line], from start: Int) -> Int {
            var index = start
            var body: [Substring] = []
            while index < lines.count, lines[index].indent >= 4 || lines[index].isBlank {
                body.append(lines[index].text.dropFirst(min(4, lines[index].text.count)))
                index += 1
            }
            while let last = body.last, last.allSatisfy({ $0 == " " }) { body.removeLast() }
            blocks.append(.body(.code(CodeBlock(text: body.joined(separator: "\n"), language: nil,
                                                span: TextSpan(start: lines[start].start, end: lines[index - 1].end)))))
            return index
        }

        private mutating func quote(_ lines: [Line], from start: Int) -> Int {
            var index = start
            var inner: [Line] = []
            while index < lines.count, !lines[index].isBlank {
                var text = lines[index].text.drop { $0 == " " }
                var offset = lines[index].text.utf8.count - text.utf8.count
                while text.hasPrefix(">") {
                    text = text.dropFirst()
                    offset += 1
                    if text.hasPrefix(" ") { text = text.dropFirst(); offset += 1 }
                }
                inner.append(Line(text: text, start: lines[index].start + offset, end: lines[index].end))
                index += 1
            }
            var paragraphs: [Paragraph] = []
            var group: [Line] = []
            for line in inner + [Line(text: "", start: 0, end: 0)] {
                if line.isBlank {
                    if !group.isEmpty { paragraphs.append(Self.paragraph(from: group)); group = [] }
                } else if ListMarker.lineItem(line.text, rules: listRules) == nil || group.isEmpty {
                    group.append(line)
                } else {
                    paragraphs.append(Self.paragraph(from: group))
                    group = [line]
                }
            }
            if !paragraphs.isEmpty { blocks.append(.body(.quote(paragraphs))) }
            return index
        }

        private func setextLevel(_ content: Substring) -> Int? {
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return nil }
            if trimmed.allSatisfy({ $0 == "=" }) { return 1 }
            if trimmed.allSatisfy({ $0 == "-" }) { return 2 }
            return nil
        }

        private func isThematicBreak(_ content: Substring) -> Bool {
            let marks = content.filter { $0 != " " && $0 != "\t" }
            guard marks.count >= 3, let first = marks.first, "-*_".contains(first) else { return false }
            return marks.allSatisfy { $0 == first }
        }

        private func isTableDelimiter(_ content: Substring) -> Bool {
            content.contains("-") && content.contains("|")
                && content.allSatisfy { "|-: \t".contains($0) }
        }

        /// A line that is only an image: `![alt](src)` or `<img src=… alt=…>`.
        private func standaloneImage(_ content: Substring, line: Line) -> ImageReference? {
            let trimmed = content.trimmingCharacters(in: .whitespaces)
            let span = TextSpan(start: line.start, end: line.end)
            if trimmed.hasPrefix("!["), trimmed.hasSuffix(")"), let close = trimmed.range(of: "](") {
                let alt = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<close.lowerBound])
                var target = String(trimmed[close.upperBound..<trimmed.index(before: trimmed.endIndex)])
                if let space = target.firstIndex(of: " ") { target = String(target[..<space]) }
                return ImageReference(alt: MarkdownInline.reduce(alt), target: target, span: span)
            }
            if trimmed.lowercased().hasPrefix("<img"), trimmed.hasSuffix(">") {
                return ImageReference(alt: Self.attribute("alt", in: trimmed) ?? "",
                                      target: Self.attribute("src", in: trimmed) ?? "", span: span)
            }
            return nil
        }

        static func attribute(_ name: String, in tag: String) -> String? {
            for quote in ["\"", "'"] {
                if let start = tag.range(of: "\(name)=\(quote)", options: .caseInsensitive),
                   let end = tag[start.upperBound...].firstIndex(of: Character(quote)) {
                    return String(tag[start.upperBound..<end])
                }
            }
            return nil
        }
    }
}
