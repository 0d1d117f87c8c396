/// A paragraph of running text.
public struct Paragraph: Sendable, Equatable {
    /// The text as analysed: inline markup reduced, line breaks kept.
    public var text: String
    /// Where the paragraph stands in the source.
    public var span: TextSpan
    /// True when `text` is exactly the source bytes at `span`, so sentence
    /// offsets inside it map straight back to the article.
    public var isVerbatim: Bool

    public init(text: String, span: TextSpan, isVerbatim: Bool) {
        self.text = text
        self.span = span
        self.isVerbatim = isVerbatim
    }
}

/// A bulleted or numbered list; each item is a paragraph.
public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    public var items: [Paragraph]

    public init(ordered: Bool, items: [Paragraph]) {
        self.ordered = ordered
        self.items = items
    }
}

/// Code kept for display but left out of every analysis.
public struct CodeBlock: Sendable, Equatable {
    public var text: String
    public var language: String?
    public var span: TextSpan

    public init(text: String, language: String?, span: TextSpan) {
        self.text = text
        self.language = language
        self.span = span
    }
}

/// An image the article references, resolved (or not) by the EPUB writer.
public struct ImageReference: Sendable, Equatable {
    public var alt: String
    public var target: String
    public var span: TextSpan

    public init(alt: String, target: String, span: TextSpan) {
        self.alt = alt
        self.target = target
        self.span = span
    }
}

/// One body block inside a section.
public enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case quote([Paragraph])
    case code(CodeBlock)
    case image(ImageReference)

    /// The paragraphs whose text is analysed (code and images excluded).
    public var analysedParagraphs: [Paragraph] {
        switch self {
        case .paragraph(let paragraph): return [paragraph]
        case .list(let list): return list.items
        case .quote(let paragraphs): return paragraphs
        case .code, .image: return []
        }
    }
}
