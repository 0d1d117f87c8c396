import StudyKitModel

/// What a reader emits, in document order, before sections are assembled.
enum ReadBlock: Equatable {
    case heading(Heading)
    case body(Block)
    case removed(RemovedText)
}

/// A heading as read: its text, level as written, place and markup.
struct Heading: Equatable {
    var title: String
    var level: Int
    var span: TextSpan
    /// The markup of a Markdown heading (code, emphasis, links); empty for plain text.
    var inlines: [Inline] = []
    /// A Markdown heading's content as a paragraph (text, markup and source runs), for a heading
    /// shown inside a quote or list, where it is analysed like body text.
    var body: Paragraph?

    /// The heading as body text: its own paragraph, or its title.
    var asParagraph: Paragraph {
        body ?? Paragraph(text: title, span: span, isVerbatim: false, inlines: inlines)
    }
}
