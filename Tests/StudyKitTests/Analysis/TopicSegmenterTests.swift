import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitAnalysis

@Suite struct TopicSegmenterTests {
    /// A Choi-style concatenation: one sentence per line, `==========` between sources.
    static func planted() throws -> (sentences: [AnalysedSentence], starts: [Int]) {
        var lines: [String] = [], starts: [Int] = []
        for line in try fixtureText("topic-concatenation.txt").split(separator: "\n") {
            if line == "==========" { starts.append(lines.count) } else { lines.append(String(line)) }
        }
        return (analysedSentences(lines.joined(separator: "\n"), oneSentencePerLine: true), starts)
    }

    /// A wall of paragraphs is cut into topic sections, and regrouping the sentences already
    /// measured gives exactly what measuring the re-cut document again would.
    @Test func topicSectionsRegroupTheMeasuredSentences() throws {
        var paragraphs: [String] = [], current: [String] = []
        for line in try fixtureText("topic-concatenation.txt").split(separator: "\n") where line != "==========" {
            current.append(String(line))
            if current.count == 3 {
                paragraphs.append(current.joined(separator: " "))
                current = []
            }
        }
        let pipeline = TestSupport.pipeline
        let document = try TestSupport.document(paragraphs.joined(separator: "\n\n") + "\n", path: "wall.txt")
        let analyzer = Analyzer(language: pipeline.language, extractor: pipeline.extractor, glossaryRules: pipeline.rules.glossary)
        let measured = analyzer.measure(document)
        let split = try #require(TopicSections(language: pipeline.language).split(measured))
        #expect(split.sections.count > 1 && split.sections.allSatisfy { $0.origin == .topic })
        let regrouped = analyzer.regroup(measured, into: split)
        let remeasured = analyzer.measure(split)
        #expect(regrouped.sentences == remeasured.sentences)
        #expect(regrouped.sectionStats == remeasured.sectionStats)
        #expect(regrouped.stats == remeasured.stats)
    }

    @Test func findsPlantedBoundaries() throws {
        let (sentences, starts) = try Self.planted()
        let found = (try TopicSegmenter(rules: TestSupport.rules.topics)).boundaries(in: sentences)
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
        let found = (try TopicSegmenter(rules: TestSupport.rules.topics)).boundaries(in: grouped)
        #expect(!found.isEmpty)
        #expect(found == found.sorted() && !found.contains(0))
        #expect(found.allSatisfy { grouped[$0].paragraphIndex != grouped[$0 - 1].paragraphIndex })
    }

    @Test(arguments: [0, 1, 2])
    func tinyInputsHaveNoBoundaries(_ count: Int) throws {
        let (sentences, _) = try Self.planted()
        #expect((try TopicSegmenter(rules: TestSupport.rules.topics)).boundaries(in: Array(sentences.prefix(count))).isEmpty)
    }

    @Test func pkScorerCountsDisagreements() throws {
        #expect(pk(reference: [5], hypothesis: [5], count: 10) == 0)
        #expect(pk(reference: [5], hypothesis: [], count: 10) > 0)
    }
}
