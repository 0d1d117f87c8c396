/// Tunables for topic segmentation, loaded from `Resources/topic-segmentation.json`.
public struct TopicSegmentationRules: Decodable, Sendable {
    /// Sentence pairs at most this far apart are compared (the band around the diagonal).
    package var bandSentences: Int
    /// A pair holds a segment together when its similarity beats this multiple
    /// of the text's mean band similarity; below it, it argues for a cut.
    package var thresholdFactor: Double
    /// Leave terms found in one sentence only out of the vectors (they only shrink cosines).
    package var dropSingletons: Bool
    /// Fewest sentences in a segment (the first and last segment excepted).
    package var minSegmentSentences: Int
    /// Longest segment considered, in sentences; bounds the cost per sentence.
    package var maxSegmentSentences: Int
}
