import Foundation
import StudyKitModel

/// How each term is spread over the parts of a text (its sections, or equal
/// chunks of sentences when it has too few), against what chance would give.
///
/// A topical term is bursty: it recurs, but in fewer parts than the same number
/// of randomly placed sentences would reach ("governance" in the sections on
/// design). A generic word ("role", "professionals") turns up everywhere, as
/// chance predicts. The ratio observed ÷ expected parts captures both.
struct TermSpread {
    /// Per term: parts holding it ÷ parts expected by chance, in 0...~1; 1 for terms in one sentence.
    private(set) var ratio: [Double]
    /// Per term: number of sentences holding it.
    private(set) var sentenceCount: [Int]

    init(statistics: TermStatistics, sentences: [AnalysedSentence], parts wanted: Int) {
        let partOfSentence = Self.parts(of: sentences, wanted: max(1, wanted))
        let partTotal = (partOfSentence.max() ?? 0) + 1
        var sentencesInPart = [Double](repeating: 0, count: partTotal)
        for part in partOfSentence { sentencesInPart[part] += 1 }
        let share = sentencesInPart.map { $0 / Double(max(sentences.count, 1)) }
        ratio = []
        sentenceCount = []
        ratio.reserveCapacity(statistics.termCount)
        var lastSeen = [Int](repeating: -1, count: partTotal)
        for term in 0..<statistics.termCount {
            let holding = statistics.sentencesOfTerm[term]
            sentenceCount.append(holding.count)
            guard holding.count > 1, partTotal > 1 else {
                ratio.append(1)
                continue
            }
            var observed = 0
            for sentence in holding where lastSeen[partOfSentence[sentence]] != term {
                lastSeen[partOfSentence[sentence]] = term
                observed += 1
            }
            let draws = Double(holding.count)
            let expected = share.reduce(0) { $0 + 1 - pow(1 - $1, draws) }
            ratio.append(expected > 0 ? min(1, Double(observed) / expected) : 1)
        }
    }

    /// The part of every sentence: sections grouped into at most `wanted` runs,
    /// or `wanted` equal chunks of sentences when there are fewer than three sections.
    static func parts(of sentences: [AnalysedSentence], wanted: Int) -> [Int] {
        var sectionOrder: [Int] = []
        for sentence in sentences where sectionOrder.last != sentence.sectionIndex {
            sectionOrder.append(sentence.sectionIndex)
        }
        let count = sentences.count
        if sectionOrder.count < 3 {
            return (0..<count).map { $0 * wanted / max(count, 1) }
        }
        // Consecutive sections, numbered in order, grouped evenly into at most `wanted` parts.
        var result: [Int] = []
        result.reserveCapacity(count)
        var ordinal = -1, previous = Int.min
        for sentence in sentences {
            if sentence.sectionIndex != previous {
                ordinal += 1
                previous = sentence.sectionIndex
            }
            result.append(ordinal * min(wanted, sectionOrder.count) / sectionOrder.count)
        }
        return result
    }
}
