import Foundation
import Testing
@testable import StudyKit

@Suite struct TopicSegmenterTests {
    /// A Choi-style concatenation: one sentence per line, `==========` between sources.
    static func planted() throws -> (sentences: [AnalysedSentence], starts: [Int]) {
        var lines: [String] = [], starts: [Int] = []
        for line in try fixtureText("topic-concatenation.txt").split(separator: "\n") {
            if line == "==========" { starts.append(lines.count) } else { lines.append(String(line)) }
        }
        return (analysedSentences(lines.joined(separator: "\n"), oneSentencePerLine: true), starts)
    }

    @Test func findsPlantedBoundaries() throws {
        let (sentences, starts) = try Self.planted()
        let found = (try TopicSegmenter.standard()).boundaries(in: sentences)
        #expect(pk(reference: starts, hypothesis: found, count: sentences.count) <= 0.2, "\(found) vs \(starts)")
    }

    @Test func boundariesStartParagraphsInOrder() throws {
        let (oneLine, _) = try Self.planted()
        // Regroup the sentences into paragraphs of three: boundaries may only fall on their starts.
        let grouped = oneLine.enumerated().map { index, sentence in
            var copy = sentence
            copy.paragraphIndex = index / 3
            return copy
        }
        let found = (try TopicSegmenter.standard()).boundaries(in: grouped)
        #expect(!found.isEmpty)
        #expect(found == found.sorted() && !found.contains(0))
        #expect(found.allSatisfy { grouped[$0].paragraphIndex != grouped[$0 - 1].paragraphIndex })
    }

    @Test(arguments: [0, 1, 2])
    func tinyInputsHaveNoBoundaries(_ count: Int) throws {
        let (sentences, _) = try Self.planted()
        #expect((try TopicSegmenter.standard()).boundaries(in: Array(sentences.prefix(count))).isEmpty)
    }

    @Test func pkScorerCountsDisagreements() throws {
        #expect(pk(reference: [5], hypothesis: [5], count: 10) == 0)
        #expect(pk(reference: [5], hypothesis: [], count: 10) > 0)
    }
}
