import StudyKitRules

/// The ranking stages with their bundled rules, loaded (and checked) once, so
/// a malformed rule file is a `StudyKitError` at start-up, never a crash mid-run.
public struct RankingTools: Sendable {
    public let keyphrases: KeyphraseExtractor
    public let summarizer: Summarizer
    public let segmenter: TopicSegmenter

    public init(keyphrases: KeyphraseExtractor, summarizer: Summarizer, segmenter: TopicSegmenter) {
        self.keyphrases = keyphrases
        self.summarizer = summarizer
        self.segmenter = segmenter
    }

    /// The stages with the rules of `book`.
    public init(rules book: RuleBook) {
        self.init(keyphrases: KeyphraseExtractor(rules: book.keyphrases), summarizer: Summarizer(rules: book.summaries),
                  segmenter: TopicSegmenter(rules: book.topics))
    }
}
