import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitText
@testable import StudyKitAnalysis

@Suite struct TermSpreadTests {
    /// Twelve sections of four sentences; "governance" fills section 3, "role" one sentence in each of four sections.
    static func text(bursty: String, even: String) -> [AnalysedSentence] {
        var lines: [String] = []
        for section in 0..<12 {
            lines.append("Part \(section + 1)")
            for line in 0..<4 {
                var words = ["Filler", "word\(section)x\(line)", "keeps", "this", "sentence", "going"]
                if section == 3 { words.append(bursty) }
                if line == 0 && section % 3 == 0 { words.append(even) }
                lines.append(words.joined(separator: " ") + ".")
            }
        }
        return analysedSentences(lines.joined(separator: "\n"))
    }

    static let pairs: [(String, String)] = [("governance", "role"), ("networking", "people"), ("storage", "way")]

    @Test(arguments: pairs.indices)
    func concentratedTermsAreBurstierThanEvenOnes(_ index: Int) throws {
        let (bursty, even) = Self.pairs[index]
        let sentences = Self.text(bursty: bursty, even: even)
        let statistics = TermStatistics(sentences: sentences, window: 3)
        let spread = TermSpread(statistics: statistics, sentences: sentences, parts: 12)
        let burstyID = try #require(statistics.term(ofStem: EnglishStemmer().stem(bursty)))
        let evenID = try #require(statistics.term(ofStem: EnglishStemmer().stem(even)))
        #expect(spread.ratio[burstyID] < 0.5, "\(spread.ratio[burstyID])")
        #expect(spread.ratio[evenID] > 0.8, "\(spread.ratio[evenID])")
    }

    @Test(arguments: [(3, 12), (20, 12), (5, 1)])
    func partsAreSectionsOrChunks(_ sections: Int, _ wanted: Int) {
        let lines = (0..<sections).flatMap { ["Heading \($0)", "One sentence here.", "Another sentence here."] }
        let sentences = analysedSentences(lines.joined(separator: "\n"))
        let parts = TermSpread.parts(of: sentences, wanted: wanted)
        #expect(parts.count == sentences.count)
        #expect(parts == parts.sorted())
        #expect((parts.max() ?? 0) < max(1, min(wanted, sections)))
        #expect(Set(parts).count == min(wanted, sections))
    }

    @Test func evenCommonWordsArePenalisedAndBurstyTermsBoosted() throws {
        let extractor = try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)
        let sentences = Self.text(bursty: "governance", even: "role")
        let statistics = TermStatistics(sentences: sentences, window: 3)
        let spread = TermSpread(statistics: statistics, sentences: sentences, parts: 12)
        func factor(_ word: String, common: Bool) throws -> Double {
            let stem = EnglishStemmer().stem(word)
            var candidate = PhraseCandidate(key: stem, stemSequence: [0], terms: [try #require(statistics.term(ofStem: stem))])
            candidate.isAllCommon = common
            return extractor.spreadFactor(candidate, spread)
        }
        #expect(try factor("role", common: true) < 1)
        #expect(try factor("governance", common: false) > 1)
    }
}
