import StudyKitModel

/// A piece of a section's body small enough never to overflow one content document: a block
/// as written when it fits, else its parts (a paragraph's pieces, a list's runs of items, a
/// quote's or table's runs of blocks and rows, a code block's runs of lines).
struct ArticleUnit {
    var block: Block

    /// Cuts a block into units of at most `ArticleChapters.unitLimit` escaped bytes each.
    static func units(_ block: Block) -> [ArticleUnit] {
        let limit = ArticleChapters.unitLimit
        guard size(block) > limit else { return [ArticleUnit(block: block)] }
        switch block {
        case .paragraph(let paragraph):
            return pieces(flatten(paragraph.text), limit: limit).map {
                ArticleUnit(block: .paragraph(Paragraph(text: $0, span: paragraph.span, isVerbatim: false)))
            }
        case .heading(_, let paragraph):
            return units(.paragraph(paragraph))
        case .list(let list):
            var units: [ArticleUnit] = []
            var number = list.start
            for run in groups(list.items.flatMap(splitItem), size: { $0.blocks.reduce(16) { $0 + size($1) } }, limit: limit) {
                var part = list
                part.start = number
                part.items = run
                number += run.count
                units.append(ArticleUnit(block: .list(part)))
            }
            return units
        case .quote(let quote):
            return groups(quote.blocks.flatMap { units($0).map(\.block) }, size: size, limit: limit).map {
                ArticleUnit(block: .quote(Quote(callout: quote.callout, blocks: $0)))
            }
        case .disclosure(let disclosure):
            return groups(disclosure.blocks.flatMap { units($0).map(\.block) }, size: size, limit: limit).enumerated().map {
                ArticleUnit(block: .disclosure(Disclosure(summary: $0.offset == 0 ? disclosure.summary : nil, blocks: $0.element)))
            }
        case .footnote(let footnote):
            return footnote.blocks.flatMap { units($0) }.enumerated().map {
                $0.offset == 0 ? ArticleUnit(block: .footnote(Footnote(label: footnote.label, number: footnote.number, blocks: [$0.element.block])))
                               : $0.element
            }
        case .code(let code):
            let lines = code.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let cut = lines.flatMap { pieces($0, limit: limit) }
            return groups(cut, size: { XMLText.escape($0).utf8.count + 1 }, limit: limit).map {
                ArticleUnit(block: .code(CodeBlock(text: $0.joined(separator: "\n"), language: code.language, span: code.span)))
            }
        case .table(let table):
            return groups(table.rows, size: { $0.reduce(16) { $0 + XMLText.escape($1.text).utf8.count * 2 + 16 } }, limit: limit).map {
                ArticleUnit(block: .table(Table(header: table.header, rows: $0, alignments: table.alignments, span: table.span)))
            }
        case .image, .rule:
            return [ArticleUnit(block: block)]
        }
    }

    /// An item too big for one unit becomes one item per piece of its text.
    private static func splitItem(_ item: ListItem) -> [ListItem] {
        guard item.blocks.reduce(0, { $0 + size($1) }) > ArticleChapters.unitLimit else { return [item] }
        return item.blocks.flatMap { units($0) }.map { ListItem(blocks: [$0.block], checked: item.checked) }
    }

    /// Escaped size estimate: the text after XML escaping (markup can double it) plus overhead.
    static func size(_ block: Block) -> Int {
        switch block {
        case .paragraph(let paragraph), .heading(_, let paragraph):
            return XMLText.escape(paragraph.text).utf8.count * (paragraph.inlines.isEmpty ? 1 : 2) + 32
        case .list(let list): return list.items.reduce(32) { total, item in item.blocks.reduce(total + 16) { $0 + size($1) } }
        case .quote(let quote): return quote.blocks.reduce(64) { $0 + size($1) }
        case .disclosure(let disclosure): return disclosure.blocks.reduce(64 + (disclosure.summary?.text.utf8.count ?? 0) * 2) { $0 + size($1) }
        case .footnote(let footnote): return footnote.blocks.reduce(96) { $0 + size($1) }
        case .code(let code): return XMLText.escape(code.text).utf8.count + 48
        case .table(let table):
            return (table.rows + [table.header]).reduce(64) { total, row in row.reduce(total + 16) { $0 + XMLText.escape($1.text).utf8.count * 2 + 16 } }
        case .image(let image): return XMLText.escape(image.alt).utf8.count * 2 + 256
        case .rule: return 8
        }
    }

    var escapedSize: Int { Self.size(block) }

    /// Soft line breaks inside running text become spaces.
    static func flatten(_ text: String) -> String {
        text.contains("\n") ? text.split(separator: "\n").joined(separator: " ") : text
    }

    /// Splits text into pieces of at most `limit` UTF-8 bytes, never inside a
    /// character, at the last space when one is in the second three quarters.
    static func pieces(_ text: String, limit: Int) -> [String] {
        guard text.utf8.count > limit else { return [text] }
        var out: [String] = []
        var current = ""
        var bytes = 0
        var lastSpace: Int?   // byte offset of the last space in `current`
        for character in text {
            let size = character.utf8.count
            if bytes + size > limit && !current.isEmpty {
                if let space = lastSpace, space > limit / 4 {
                    let utf8 = current.utf8
                    let cut = utf8.index(utf8.startIndex, offsetBy: space)
                    out.append(String(current[..<cut]))
                    current = String(current[current.index(after: cut)...])
                } else {
                    out.append(current)
                    current = ""
                }
                bytes = current.utf8.count
                lastSpace = nil
            }
            if character == " " { lastSpace = bytes }
            current.append(character)
            bytes += size
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Consecutive items grouped so each group stays under `limit` bytes.
    static func groups<Item>(_ items: [Item], size: (Item) -> Int, limit: Int) -> [[Item]] {
        var out: [[Item]] = []
        var total = limit + 1
        for item in items {
            let cost = size(item)
            if total + cost > limit || out.isEmpty {
                out.append([])
                total = 0
            }
            out[out.count - 1].append(item)
            total += cost
        }
        return out
    }
}
