import StudyKitSupport
import StudyKitModel
import StudyKitRules

/// Extracts certifications, domain coverage, role traits and a study path
/// from an analysed article, each claim backed by the article's own sentences.
public struct KnowledgeExtractor: Sendable {
    public let catalog: CertificationCatalog
    let rules: ExtractionRules
    let lexicon: RoleTraitLexicon
    /// The stages' phrase indices and patterns: built once rather than per article, and only
    /// on the first extraction, so commands that never extract (`summary`, `keyphrases`)
    /// do not pay for them (about half of all rule loading).
    private let stages: BuiltOnce<Stages>

    private struct Stages: Sendable {
        let mentionFinder: MentionFinder
        let coverage: DomainCoverage
        let roleTraits: RoleTraitExtractor
        let studyPath: StudyPathFinder
    }

    public init(catalog: CertificationCatalog, rules: ExtractionRules, lexicon: RoleTraitLexicon) {
        self.catalog = catalog
        self.rules = rules
        self.lexicon = lexicon
        stages = BuiltOnce {
            Stages(mentionFinder: MentionFinder(catalog: catalog),
                   coverage: DomainCoverage(catalog: catalog, rules: rules, lexicon: lexicon),
                   roleTraits: RoleTraitExtractor(catalog: catalog, rules: rules, lexicon: lexicon),
                   studyPath: StudyPathFinder(catalog: catalog, rules: rules))
        }
    }

    /// The extractor with the catalogue, patterns and trait lexicon of `book`.
    public init(rules book: RuleBook) {
        self.init(catalog: book.catalog, rules: book.extraction, lexicon: book.roleTraits)
    }

    /// Keys (`KeyphraseExtractor.vocabularyKey`) of the codes and skill keywords of the catalogued
    /// exams the text is about: the keyphrase ranker's prior. An exam counts when its code
    /// is written at least `minShare` times as often as the most written exam code.
    public func examVocabulary(in sentences: [AnalysedSentence], minShare: Double) -> Set<String> {
        var counts: [String: Int] = [:]
        for sentence in sentences {
            for word in sentence.words where word.kind == .code { counts[word.text.uppercased(), default: 0] += 1 }
        }
        let named = counts.filter { catalog.exam(code: $0.key) != nil }
        let most = named.values.max() ?? 0
        var keys = Set<String>()
        for (code, count) in named.sorted(by: { $0.key < $1.key }) where Double(count) >= minShare * Double(most) {
            guard let exam = catalog.exam(code: code) else { continue }
            // The code itself too: boosting its skills must not push the exam out of its own list.
            keys.insert(KeyphraseExtractor.vocabularyKey(exam.code))
            for domain in exam.domains {
                for keyword in domain.keywords { keys.insert(KeyphraseExtractor.vocabularyKey(keyword)) }
            }
        }
        return keys
    }

    public func extract(sentences: [AnalysedSentence], sections: [Section]) -> Knowledge {
        let stages = stages.value
        // Words become integer ids once; every stage below matches on those.
        let table = WordTable(sentences: sentences)
        let mentions = stages.mentionFinder.mentions(in: sentences, table: table)
        let context = ExamContext(sentences: sentences, sections: sections, mentions: mentions, catalog: catalog,
                                  rules: rules, table: table)
        // Exams in order of first mention; headings count (a title may name the only exam).
        var discussed: [String] = []
        var counts: [String: Int] = [:]
        for mention in mentions.joined() {
            if counts[mention.code] == nil { discussed.append(mention.code) }
            counts[mention.code, default: 0] += 1
        }
        let topics = stages.coverage.boundTopics(table)
        let certifications = discussed.compactMap { code in
            catalog.exam(code: code).map {
                stages.coverage.finding(for: $0, sentences: sentences, context: context, mentions: counts[code] ?? 0, topics: topics)
            }
        }
        // Made per sentence when asked, not kept for the whole text: at 10 MB they would hold ~70 MB.
        let items = { (number: Int) in
            SentencePattern.items(sentences[number], number: number, mentions: mentions[number], table: table,
                                  within: 0..<sentences[number].words.count)
        }
        let roles = stages.roleTraits.roles(sentences: sentences, context: context, discussed: discussed, table: table, items: items)
        let path = stages.studyPath.path(sentences: sentences, context: context, discussed: discussed, table: table, items: items)
        return Knowledge(catalogVersion: catalog.version, certifications: certifications, roles: roles, studyPath: path)
    }
}
