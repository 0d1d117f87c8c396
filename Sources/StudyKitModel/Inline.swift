/// Phrasing content of a paragraph, heading or table cell as the author marked it up:
/// kept so every export can show links, emphasis and code, while analysis reads the
/// paragraph's plain `text`. Raw HTML never appears here; a reader maps the few tags it
/// allows (`<kbd>`, `<sup>`, `<sub>`, `<br>`, `<a href>`, `<img>`) to these cases.
public indirect enum Inline: Sendable, Equatable {
    case text(String)
    case emphasis([Inline])
    case strong([Inline])
    case strikethrough([Inline])
    case code(String)
    case link(target: String, title: String?, [Inline])
    case image(ImageReference)
    /// A soft line break: a space when reflowed.
    case softBreak
    /// A hard line break (`<br>`, two trailing spaces, a backslash).
    case lineBreak
    case keyboard([Inline])
    case superscript([Inline])
    case `subscript`([Inline])
    /// A footnote reference: the label and the note's number in order of first reference.
    case footnoteReference(label: String, number: Int)

    /// The visible text, as analysis reads it: breaks as spaces, images as their alt text.
    public var plainText: String {
        switch self {
        case .text(let text), .code(let text): return text
        case .emphasis(let children), .strong(let children), .strikethrough(let children),
             .link(_, _, let children), .keyboard(let children), .superscript(let children), .subscript(let children):
            return Inline.plainText(children)
        case .image(let image): return image.alt
        case .softBreak, .lineBreak: return " "
        case .footnoteReference: return ""
        }
    }

    public static func plainText(_ inlines: [Inline]) -> String {
        inlines.map(\.plainText).joined()
    }
}

/// Where a run of a paragraph's plain text comes from in the source: `length` bytes of text
/// starting at `textStart` were written at `sourceStart`, byte for byte (an entity, an escape
/// or a break is a run of its own). Sentence offsets are mapped back through these runs.
public struct SourceRun: Sendable, Equatable {
    public var textStart: Int
    public var sourceStart: Int
    public var textLength: Int
    public var sourceLength: Int

    public init(textStart: Int, sourceStart: Int, textLength: Int, sourceLength: Int) {
        self.textStart = textStart
        self.sourceStart = sourceStart
        self.textLength = textLength
        self.sourceLength = sourceLength
    }
}
