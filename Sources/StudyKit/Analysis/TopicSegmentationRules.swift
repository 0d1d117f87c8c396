/// Tunables for topic segmentation, loaded from `Resources/topic-segmentation.json`.
struct TopicSegmentationRules: Decodable, Sendable {
    /// Sentence pairs at most this far apart are compared (the band around the diagonal).
    var bandSentences: Int
    /// A pair holds a segment together when its similarity beats this multiple
    /// of the text's mean band similarity; below it, it argues for a cut.
    var thresholdFactor: Double
    /// Leave terms found in one sentence only out of the vectors (they only shrink cosines).
    var dropSingletons: Bool
    /// Fewest sentences in a segment (the first and last segment excepted).
    var minSegmentSentences: Int
    /// Longest segment considered, in sentences; bounds the cost per sentence.
    var maxSegmentSentences: Int

    static func load() throws -> TopicSegmentationRules {
        try DataFile.load(TopicSegmentationRules.self, named: "topic-segmentation")
    }
}
