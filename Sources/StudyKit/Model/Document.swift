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
    /// Where the title stands when it came from a heading that opens the text and
    /// left the sections (nil when it came from front matter or the file name).
    public var titleSpan: TextSpan?

    public init(metadata: Metadata, text: String, format: Format, sections: [Section], removed: [RemovedText],
                titleSpan: TextSpan? = nil) {
        self.metadata = metadata
        self.text = text
        self.format = format
        self.sections = sections
        self.removed = removed
        self.titleSpan = titleSpan
    }

    /// The source bytes at a span.
    public func source(at span: TextSpan) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: span.start)
        let end = utf8.index(start, offsetBy: span.length)
        return String(text[start..<end])
    }
}
