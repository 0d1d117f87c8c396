/// A titled stretch of the article: everything from one heading to the next.
///
/// Sections are flat, in document order; `level` gives the nesting (1 = top).
/// The text before the first heading is an untitled introduction.
public struct Section: Sendable, Equatable {
    /// Stable id derived from the title (unique in the document), safe as an XML id.
    public var id: String
    /// The heading text; nil for the untitled introduction.
    public var title: String?
    public var level: Int
    /// Where the heading stands in the source (nil for the introduction).
    public var headingSpan: TextSpan?
    /// The heading's markup as written (Markdown: code, emphasis, links); empty for plain text.
    public var titleInlines: [Inline] = []
    public var blocks: [Block]
    /// How the section was found: a heading in the text, or topic segmentation.
    public var origin: Origin

    public enum Origin: String, Sendable, Equatable {
        case introduction, heading, topic
    }

    public init(id: String, title: String?, level: Int, headingSpan: TextSpan?, blocks: [Block], origin: Origin) {
        self.id = id
        self.title = title
        self.level = level
        self.headingSpan = headingSpan
        self.blocks = blocks
        self.origin = origin
    }

    /// Paragraphs that take part in analysis, in order.
    public var paragraphs: [Paragraph] { blocks.flatMap(\.analysedParagraphs) }
}
