import StudyKitModel

/// Where an article's links, images and footnotes point when written as XHTML. The study guide
/// embeds local images and keeps links a reader can follow; the conformance tests keep every
/// target as written.
public protocol XHTMLTargets {
    /// The `src` of an image, or nil to show its alt text instead.
    func imageSource(for image: ImageReference) -> String?
    /// The `href` of a link, or nil to show only its text (a target that leads nowhere in a book).
    func linkTarget(for target: String) -> String?
    /// Where footnote `number` is written (a fragment, or a page and a fragment).
    func footnoteHref(number: Int) -> String
}

/// Writes the document model — blocks and inlines as the author marked them up — as XHTML:
/// headings, paragraphs with emphasis, strong, code, links and breaks, ordered lists with their
/// start, nested and task lists (☐/☑), block quotes and callouts, code with its language,
/// tables with alignment and scoped headers, disclosures, footnotes, rules and images.
/// Every string is escaped; raw HTML never reaches it (the readers removed it).
public struct XHTMLArticle {
    public let targets: any XHTMLTargets
    /// The study guide shows images as figures with captions; cmark-style output keeps them inline.
    public var imagesAsFigures: Bool
    /// Table captions for the guide ("Table 3"); none in cmark-style output.
    public var tableCaption: ((Int) -> String)?

    public init(targets: any XHTMLTargets, imagesAsFigures: Bool = true, tableCaption: ((Int) -> String)? = nil) {
        self.targets = targets
        self.imagesAsFigures = imagesAsFigures
        self.tableCaption = tableCaption
    }

    public static let calloutTitles = ["note": "Note", "tip": "Tip", "important": "Important", "warning": "Warning", "caution": "Caution"]

    /// Markup of `blocks`; `tables` counts the tables written so far (for captions).
    public func markup(_ blocks: [Block], tables: inout Int) -> String {
        var out = ""
        for block in blocks { write(block, tight: false, into: &out, tables: &tables) }
        return out
    }

    /// A heading at `level` (1–6), cmark style, with inline markup.
    public func heading(_ level: Int, paragraph: Paragraph, id: String? = nil) -> String {
        let level = min(max(level, 1), 6)
        let idAttribute = id.map { " id=\"\(XMLText.escapeAttribute($0))\"" } ?? ""
        return "<h\(level)\(idAttribute)>\(phrasing(paragraph))</h\(level)>\n"
    }

    private func write(_ block: Block, tight: Bool, into out: inout String, tables: inout Int) {
        switch block {
        case .paragraph(let paragraph):
            out += tight ? phrasing(paragraph) + "\n" : "<p>\(phrasing(paragraph))</p>\n"
        case .heading(let level, let paragraph):
            out += heading(level, paragraph: paragraph)
        case .list(let list):
            let tag = list.ordered ? "ol" : "ul"
            let start = list.ordered && list.start != 1 ? " start=\"\(list.start)\"" : ""
            out += "<\(tag)\(start)>\n"
            for item in list.items {
                let task = item.checked.map { $0 ? " class=\"task done\"" : " class=\"task\"" } ?? ""
                out += "<li\(task)>"
                if let checked = item.checked { out += checked ? "☑ " : "☐ " }
                var inner = ""
                for (index, child) in item.blocks.enumerated() {
                    if list.tight, case .paragraph = child {
                        inner += phrasing(child.paragraphValue!)
                        if index + 1 < item.blocks.count { inner += "\n" }
                    } else {
                        if index == 0 { inner += "\n" }
                        write(child, tight: false, into: &inner, tables: &tables)
                    }
                }
                out += inner + "</li>\n"
            }
            out += "</\(tag)>\n"
        case .quote(let quote):
            if let callout = quote.callout {
                let title = Self.calloutTitles[callout] ?? callout.capitalized
                out += "<blockquote class=\"callout callout-\(XMLText.escapeAttribute(callout))\">\n"
                out += "<p class=\"callout-title\">\(XMLText.escape(title))</p>\n"
            } else {
                out += "<blockquote>\n"
            }
            for child in quote.blocks { write(child, tight: false, into: &out, tables: &tables) }
            out += "</blockquote>\n"
        case .code(let code):
            let language = code.language.map { " class=\"language-\(XMLText.escapeAttribute($0))\"" } ?? ""
            out += "<pre><code\(language)>\(XMLText.escape(code.text))</code></pre>\n"
        case .image(let image):
            if imagesAsFigures {
                out += figure(image)
            } else {
                out += "<p>\(imageMarkup(image))</p>\n"
            }
        case .table(let table):
            tables += 1
            out += self.table(table, number: tables)
        case .disclosure(let disclosure):
            out += "<details>\n<summary>\(disclosure.summary.map(phrasing) ?? "Details")</summary>\n"
            for child in disclosure.blocks { write(child, tight: false, into: &out, tables: &tables) }
            out += "</details>\n"
        case .footnote(let footnote):
            out += "<aside id=\"fn-\(footnote.number)\" epub:type=\"footnote\" class=\"footnote\">\n"
            out += "<p class=\"footnote-number\">\(footnote.number).</p>\n"
            for child in footnote.blocks { write(child, tight: false, into: &out, tables: &tables) }
            out += "</aside>\n"
        case .rule:
            out += "<hr />\n"
        }
    }

    private func table(_ table: Table, number: Int) -> String {
        var out = "<table>\n"
        if let caption = tableCaption?(number) { out += "<caption>\(XMLText.escape(caption))</caption>\n" }
        func alignment(_ column: Int) -> String {
            guard column < table.alignments.count, table.alignments[column] != .none else { return "" }
            return " class=\"align-\(table.alignments[column].rawValue)\""
        }
        out += "<thead>\n<tr>\n"
        for (column, cell) in table.header.enumerated() {
            out += "<th scope=\"col\"\(alignment(column))>\(phrasing(cell))</th>\n"
        }
        out += "</tr>\n</thead>\n"
        if !table.rows.isEmpty {
            out += "<tbody>\n"
            for row in table.rows {
                out += "<tr>\n"
                for column in 0..<max(row.count, table.header.count) {
                    let cell = column < row.count ? phrasing(row[column]) : ""
                    out += "<td\(alignment(column))>\(cell)</td>\n"
                }
                out += "</tr>\n"
            }
            out += "</tbody>\n"
        }
        return out + "</table>\n"
    }

    private func figure(_ image: ImageReference) -> String {
        let alt = image.alt.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let source = targets.imageSource(for: image) else {
            let shown = alt.isEmpty ? image.target : alt
            return "<p class=\"missing-image\">\(XMLText.escape("[Image not included: \(shown)]"))</p>\n"
        }
        let label = alt.isEmpty ? "Image from the article" : alt
        return "<figure>\n<img src=\"\(XMLText.escapeAttribute(source))\" alt=\"\(XMLText.escapeAttribute(label))\" />\n"
            + "<figcaption>\(XMLText.escape(label))</figcaption>\n</figure>\n"
    }

    private func imageMarkup(_ image: ImageReference) -> String {
        guard let source = targets.imageSource(for: image) else {
            return XMLText.escape(image.alt.isEmpty ? "[Image: \(image.target)]" : "[Image: \(image.alt)]")
        }
        let title = image.title.map { " title=\"\(XMLText.escapeAttribute($0))\"" } ?? ""
        return "<img src=\"\(XMLText.escapeAttribute(source))\" alt=\"\(XMLText.escapeAttribute(image.alt))\"\(title) />"
    }

    /// A paragraph's phrasing content: its inlines, or its plain text (plain-text articles).
    public func phrasing(_ paragraph: Paragraph) -> String {
        if paragraph.inlines.isEmpty {
            let text = paragraph.text.contains("\n") ? paragraph.text.split(separator: "\n").joined(separator: " ") : paragraph.text
            return XMLText.escape(text)
        }
        return phrasing(paragraph.inlines)
    }

    public func phrasing(_ inlines: [Inline]) -> String {
        var out = ""
        for inline in inlines { write(inline, into: &out) }
        return out
    }

    private func write(_ inline: Inline, into out: inout String) {
        switch inline {
        case .text(let text): out += XMLText.escape(text)
        case .code(let text): out += "<code>\(XMLText.escape(text))</code>"
        case .emphasis(let children): out += "<em>\(phrasing(children))</em>"
        case .strong(let children): out += "<strong>\(phrasing(children))</strong>"
        case .strikethrough(let children): out += "<del>\(phrasing(children))</del>"
        case .keyboard(let children): out += "<kbd>\(phrasing(children))</kbd>"
        case .superscript(let children): out += "<sup>\(phrasing(children))</sup>"
        case .subscript(let children): out += "<sub>\(phrasing(children))</sub>"
        case .link(let target, let title, let children):
            guard let href = targets.linkTarget(for: target) else { out += phrasing(children); return }
            let titleAttribute = title.map { " title=\"\(XMLText.escapeAttribute($0))\"" } ?? ""
            out += "<a href=\"\(XMLText.escapeAttribute(href))\"\(titleAttribute)>\(phrasing(children))</a>"
        case .image(let image): out += imageMarkup(image)
        case .softBreak: out += "\n"
        case .lineBreak: out += "<br />\n"
        case .footnoteReference(_, let number):
            out += "<a epub:type=\"noteref\" href=\"\(XMLText.escapeAttribute(targets.footnoteHref(number: number)))\">"
                + "<sup>\(number)</sup></a>"
        }
    }
}

extension Block {
    /// The paragraph of a paragraph block.
    var paragraphValue: Paragraph? {
        if case .paragraph(let paragraph) = self { return paragraph }
        return nil
    }
}

/// Link targets written the way cmark writes them: unsafe bytes percent-encoded, so a target
/// with spaces or non-ASCII letters is still a valid URL.
public enum HrefEscape {
    /// Bytes cmark leaves as they are in an href (its HREF_SAFE table).
    private static let safe: Set<UInt8> = Set(Array("-_.+!*(),%#@?=;:/,+$~&'".utf8)
        + Array(UInt8(ascii: "a")...UInt8(ascii: "z")) + Array(UInt8(ascii: "A")...UInt8(ascii: "Z"))
        + Array(UInt8(ascii: "0")...UInt8(ascii: "9")))

    public static func escape(_ target: String) -> String {
        var out = ""
        for byte in target.utf8 {
            if safe.contains(byte) {
                out.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                out += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return out
    }
}
