import Testing
@testable import StudyKit
@testable import StudyKitText
@testable import StudyKitRules
@testable import StudyKitAnalysis

/// Runs the `examples` carried by extraction-rules.json and role-traits.json.
struct ExtractionRulesTests {
    static let catalog = try! CertificationCatalog.bundled()
    static let rules = try! TestSupport.rules.extraction
    static let lexicon = try! TestSupport.rules.roleTraits

    struct PatternCase: CustomTestStringConvertible, Sendable {
        var id: String
        var pattern: String
        var example: ExtractionRules.Example
        var testDescription: String { "\(id): \(example.text)" }
    }

    static let patternCases: [PatternCase] =
        rules.traitFrames.flatMap { frame in frame.examples.map { PatternCase(id: frame.id, pattern: frame.pattern, example: $0) } }
        + rules.studyOrder.flatMap { cue in cue.examples.map { PatternCase(id: cue.id, pattern: cue.pattern, example: $0) } }

    @Test(arguments: patternCases)
    func patternExample(_ item: PatternCase) {
        let sentences = TestAnalysis.sentences(from: item.example.text)
        let mentions = MentionFinder(catalog: Self.catalog, names: TestSupport.rules.examNames).mentions(in: sentences)
        let match = sentences.indices.lazy.compactMap {
            SentencePattern(item.pattern).firstMatch(in: sentences[$0], mentions: mentions[$0])
        }.first
        #expect((match != nil) == item.example.matches)
        if let exam = item.example.exam {
            #expect(match?.exams.first == exam)
        }
    }

    struct LexiconCase: CustomTestStringConvertible, Sendable {
        var kind: String
        var example: RoleTraitLexicon.Example
        var testDescription: String { "\(kind): \(example.text)" }
    }

    static let lexiconCases = lexicon.kinds.flatMap { kind in (kind.examples ?? []).map { LexiconCase(kind: kind.kind, example: $0) } }

    @Test(arguments: lexiconCases)
    func lexiconExample(_ item: LexiconCase) {
        let only = RoleTraitLexicon(schema: 1, kinds: Self.lexicon.kinds.filter { $0.kind == item.kind })
        let extractor = RoleTraitExtractor(rules: Self.rules, names: TestSupport.rules.examNames, lexicon: only)
        let found = Set(TestAnalysis.sentences(from: item.example.text).flatMap { extractor.traits(in: $0) })
        #expect(found == Set(item.example.traits))
    }

    @Test func everyRuleHasPositiveAndNegativeExamples() {
        let groups = Self.rules.traitFrames.map { ($0.id, $0.examples) } + Self.rules.studyOrder.map { ($0.id, $0.examples) }
        for (id, examples) in groups {
            #expect(examples.contains { $0.matches } && examples.contains { !$0.matches }, "\(id)")
        }
    }
}
