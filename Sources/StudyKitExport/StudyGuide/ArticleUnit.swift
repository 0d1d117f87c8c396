import StudyKitModel

/// A piece of a section's body small enough to never overflow one document:
/// a paragraph, a run of list items, a quote, a run of code lines or an image.
enum ArticleUnit {
    case paragraph(String)
    case list(ordered: Bool, items: [String])
    case quote([String])
    case code(String)
    case image(ImageReference)

    /// Cuts a block into units of at most `ArticleChapters.unitLimit` raw bytes each.
    static func units(_ block: Block) -> [ArticleUnit] {
        let limit = ArticleChapters.unitLimit
        switch block {
        case .paragraph(let paragraph):
            return pieces(flatten(paragraph.text), limit: limit).map { .paragraph($0) }
        case .list(let list):
            let items = list.items.flatMap { pieces(flatten($0.text), limit: limit) }
            return groups(items, limit: limit).map { .list(ordered: list.ordered, items: $0) }
        case .quote(let paragraphs):
            let texts = paragraphs.flatMap { pieces(flatten($0.text), limit: limit) }
            return groups(texts, limit: limit).map { .quote($0) }
        case .code(let code):
            let lines = code.text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let cut = lines.flatMap { pieces($0, limit: limit) }
            return groups(cut, limit: limit).map { .code($0.joined(separator: "\n")) }
        case .image(let image):
            return [.image(image)]
        }
    }

    /// Escaped size estimate: the text after XML escaping plus markup overhead.
    var escapedSize: Int {
        switch self {
        case .paragraph(let text), .code(let text): return XMLText.escape(text).utf8.count + 32
        case .list(_, let items), .quote(let items): return items.reduce(32) { $0 + XMLText.escape($1).utf8.count + 16 }
        case .image(let image): return XMLText.escape(image.alt).utf8.count * 2 + 256
        }
    }

    func render(into body: XHTMLBody, images: ArticleImages) {
        switch self {
        case .paragraph(let text):
            body.paragraph(text)
        case .list(let ordered, let items):
            body.list(ordered: ordered, items)
        case .quote(let texts):
            body.element("blockquote") { quote in texts.forEach { quote.paragraph($0) } }
        case .code(let text):
            body.inlineElement("pre") { $0.code(text) }
        case .image(let image):
            let alt = image.alt.trimmingCharacters(in: .whitespacesAndNewlines)
            if let href = images.href(for: image) {
                body.figure(id: "figure", caption: alt.isEmpty ? "Image from the article" : alt) { f in
                    f.image(src: href, alt: alt.isEmpty ? "Image from the article" : alt)
                }
            } else {
                body.paragraph("[Image not included: \(alt.isEmpty ? image.target : alt)]", className: "missing-image")
            }
        }
    }

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

    /// Consecutive texts grouped so each group stays under `limit` bytes.
    static func groups(_ texts: [String], limit: Int) -> [[String]] {
        var out: [[String]] = []
        var size = limit + 1
        for text in texts {
            if size + text.utf8.count > limit || out.isEmpty {
                out.append([])
                size = 0
            }
            out[out.count - 1].append(text)
            size += text.utf8.count
        }
        return out
    }
}
