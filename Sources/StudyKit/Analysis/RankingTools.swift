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

    /// The stages with StudyKit's bundled rules; throws naming the file and key of a bad rule.
    public static func standard() throws -> RankingTools {
        RankingTools(keyphrases: try KeyphraseExtractor.standard(), summarizer: try Summarizer.standard(),
                     segmenter: try TopicSegmenter.standard())
    }
}
