/// Everything StudyKit learns about a document; exporters read from it.
///
/// Results are stand-off annotations: they point at sentences and spans of
/// `document`, they do not copy or rewrite the article.
public struct Analysis: Sendable {
    public struct Stats: Sendable, Equatable {
        public var words: Int
        public var sentences: Int
        public var paragraphs: Int
        public var readingMinutes: Int
    }

    /// Per-section figures, parallel to `document.sections`.
    public struct SectionStats: Sendable, Equatable {
        public var words: Int
        public var paragraphs: Int
        /// Indices into `sentences` of this section's body sentences.
        public var sentenceRange: Range<Int>
    }

    public var document: Document
    /// Every sentence in document order, section headings included (flagged).
    public var sentences: [AnalysedSentence]
    public var stats: Stats
    public var sectionStats: [SectionStats]

    /// Body sentences of one section (headings excluded).
    public func bodySentences(ofSection index: Int) -> ArraySlice<AnalysedSentence> {
        sentences[sectionStats[index].sentenceRange].filter { !$0.isHeading }[...]
    }

    /// The key points of a section: its leading sentences, at most `limit`.
    public func keyPoints(ofSection index: Int, limit: Int = 1) -> [AnalysedSentence] {
        Array(bodySentences(ofSection: index).prefix(limit))
    }
}
