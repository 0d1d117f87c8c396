import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitRules
@testable import StudyKitAnalysis

@Suite struct KeyphraseExtractorTests {
    static let seed = (try? fixtureText("az-104-vs-az-305.txt")) ?? ""

    @Test func seedTopTenNamesTheSubject() throws {
        let phrases = (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: analysedSentences(Self.seed), top: 10).map(\.phrase)
        for expected in ["AZ-104", "AZ-305", "Azure Administrator"] {
            #expect(phrases.contains(expected), "missing \(expected) in \(phrases)")
        }
        #expect(phrases.contains { $0.contains("Architect") }, "no architect phrase in \(phrases)")
        // Fragments the first version ranked: adjective or verb ends, possessives, generic words.
        for fragment in ["Azure’s operational", "rhythm of Azure’s operational", "Azure certification landscape lies",
                         "professionals", "role", "design"] {
            #expect(!phrases.contains(fragment), "\(fragment) in \(phrases)")
        }
        #expect(!phrases.contains { $0.contains("’s") || $0.contains("'s") }, "possessive in \(phrases)")
    }

    static let texts: [String] = [
        seed,
        "Solution Architect\nThe Azure Solutions Architect designs systems. An Azure Solution Architect plans networks. "
            + "Every Azure Solutions Architect reviews the cost of storage accounts. Storage accounts hold data.",
        "The history of the printing press is the history of the spread of ideas. Movable type made books cheap. "
            + "Cheap books spread literacy, and literacy spread the ideas of the printing press era.",
    ]

    @Test(arguments: texts.indices)
    func phrasesHaveNoStopWordAtEitherEnd(_ index: Int) throws {
        let sentences = analysedSentences(Self.texts[index])
        let stopWords = Set(sentences.flatMap(\.words).filter(\.isStopWord).map(\.lower))
        for keyphrase in (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 20) {
            let words = keyphrase.phrase.split(separator: " ").map { $0.lowercased() }
            #expect(!stopWords.contains(words.first!) && !stopWords.contains(words.last!), "\(keyphrase.phrase)")
            #expect(words.count <= 4)
        }
    }

    @Test(arguments: texts.indices)
    func scoresAreNormalisedDescendingAndDeterministic(_ index: Int) throws {
        let sentences = analysedSentences(Self.texts[index])
        let first = (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 10)
        #expect(first == (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 10))
        #expect(first.first?.score == 1)
        #expect(zip(first, first.dropFirst()).allSatisfy { $0.score >= $1.score })
        #expect(first.allSatisfy { (0...1).contains($0.score) && abs(($0.score * 10_000).rounded() - $0.score * 10_000) < 1e-6 })
    }

    @Test func pluralVariantsAreOnePhrase() throws {
        let sentences = analysedSentences(Self.texts[1])
        let phrases = (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 10).map(\.phrase)
        let architects = phrases.filter { $0.hasPrefix("Azure Solution") }
        #expect(architects.count == 1, "\(phrases)")
    }

    @Test(arguments: texts.indices)
    func noPhraseRepeatsABetterOne(_ index: Int) throws {
        let phrases = (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: analysedSentences(Self.texts[index]), top: 10)
            .map { " " + $0.phrase.lowercased() + " " }
        for (rank, phrase) in phrases.enumerated() {
            #expect(!phrases[..<rank].contains { $0.contains(phrase) }, "\(phrase) inside a better phrase")
        }
    }

    /// The shared-interning call gives what separate calls give, for the article and every section.
    @Test func sectionCallsMatchSeparateCalls() throws {
        let analysis = TestSupport.pipeline.analyse(try TestSupport.document(Self.seed, path: "seed.txt"), stages: [])
        let extractor = try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)
        let ranges = analysis.sectionStats.map(\.sentenceRange) + [0..<0, 0..<analysis.sentences.count]
        let shared = extractor.keyphrases(in: analysis.sentences, top: 12, sections: ranges, sectionTop: 4)
        #expect(shared.document == extractor.keyphrases(in: analysis.sentences, top: 12))
        #expect(shared.sections.count == ranges.count)
        for (range, phrases) in zip(ranges, shared.sections) {
            #expect(phrases == extractor.keyphrases(in: Array(analysis.sentences[range]), top: 4), "\(range)")
        }
        #expect(shared.sections.contains { !$0.isEmpty } && shared.sections[ranges.count - 2].isEmpty)
    }

    /// The skill keywords of the exams the seed is about lift those terms; an exam named only in
    /// passing (AZ-900, twice) adds nothing, and a text naming no exam gets no vocabulary.
    @Test func examVocabularyLiftsTheNamedExamsSkills() throws {
        let sentences = analysedSentences(Self.seed)
        let extractor = try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)
        let share = extractor.rules.examVocabularyMinShare
        let vocabulary = TestSupport.pipeline.extractor.examVocabulary(in: sentences, minShare: share)
        for term in ["AZ-104", "AZ-305", "governance", "storage accounts", "virtual networks"] {
            #expect(vocabulary.contains(KeyphraseExtractor.vocabularyKey(term)), "\(term)")
        }
        #expect(!vocabulary.contains(KeyphraseExtractor.vocabularyKey("cloud concepts")))
        #expect(TestSupport.pipeline.extractor.examVocabulary(in: analysedSentences("Bread rises with yeast."),
                                                             minShare: share).isEmpty)
        let plain = extractor.keyphrases(in: sentences, top: 40).map(\.phrase)
        let lifted = extractor.keyphrases(in: sentences, top: 40, vocabulary: vocabulary).map(\.phrase)
        let before = try #require(plain.firstIndex(of: "governance"))
        let after = try #require(lifted.firstIndex(of: "governance"))
        #expect(after < before)
        #expect(lifted.prefix(10).contains("infrastructure") && lifted.prefix(2) == ["AZ-104", "AZ-305"], "\(lifted)")
    }

    @Test func topIsRespected() throws {
        let sentences = analysedSentences(Self.seed)
        #expect((try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 3).count == 3)
        #expect((try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: sentences, top: 0).isEmpty)
        #expect((try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: [], top: 5).isEmpty)
    }

    @Test func ruleFileExamplesHold() throws {
        let rules = try TestSupport.rules.keyphrases
        #expect(!rules.examples.isEmpty)
        for example in rules.examples {
            let phrases = (try KeyphraseExtractor(rules: TestSupport.rules.keyphrases)).keyphrases(in: analysedSentences(example.text), top: 10)
                .map { $0.phrase.lowercased() }
            for wanted in example.shouldInclude { #expect(phrases.contains(wanted.lowercased()), "\(wanted) in \(phrases)") }
            for unwanted in example.shouldNotInclude { #expect(!phrases.contains(unwanted.lowercased()), "\(unwanted)") }
        }
    }
}
