/// The one value that flows through the pipeline: Ingest → Structure → Analysis → Export.
public struct Document: Sendable, Equatable {
    public enum Format: String, Sendable, Equatable {
        case plainText = "text"
        case markdown
    }

    public var metadata: Metadata
    /// The decoded source, byte for byte; every `TextSpan` points into it.
    public var text: String
    public var format: Format
    public var sections: [Section]
    public var removed: [RemovedText]
    /// The heading that opens the text and names it, when it left the sections (nil when the
    /// title came from front matter or the file name). Its text stays as written even when a
    /// caller gives the book another title (`epub --title`).
    public var titleHeading: TitleHeading?

    /// A title line as it stands in the source.
    public struct TitleHeading: Sendable, Equatable {
        public var text: String
        public var span: TextSpan

        public init(text: String, span: TextSpan) {
            self.text = text
            self.span = span
        }
    }

    public init(metadata: Metadata, text: String, format: Format, sections: [Section], removed: [RemovedText],
                titleHeading: TitleHeading? = nil) {
        self.metadata = metadata
        self.text = text
        self.format = format
        self.sections = sections
        self.removed = removed
        self.titleHeading = titleHeading
    }

    /// The source bytes at a span.
    public func source(at span: TextSpan) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        return String(text[start..<end])
    }
}
