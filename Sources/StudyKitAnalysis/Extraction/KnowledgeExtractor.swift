import StudyKitSupport
import StudyKitModel
import StudyKitText
import StudyKitRules

/// Extracts certifications, domains, role traits and a study path from an analysed
/// article, each claim backed by the article's own sentences and marked with its source.
public struct KnowledgeExtractor: Sendable {
    public let catalog: CertificationCatalog
    let rules: ExtractionRules
    let names: ExamNameRules
    let lexicon: RoleTraitLexicon
    let stopWords: StopWords
    /// The stages' indices and patterns: built once rather than per article, and only
    /// on the first extraction, so commands that never extract (`summary`, `keyphrases`)
    /// do not pay for them. Two halves (the exam-name index; the catalogue's topic index, the
    /// costlier), so two cores can build them at once.
    private let stages: BuiltOnce<Stages>
    private let coverage: BuiltOnce<DomainCoverage>

    private struct Stages: Sendable {
        let mentionFinder: MentionFinder
        let articleDomains: ArticleDomains
        let roleTraits: RoleTraitExtractor
        let studyPath: StudyPathFinder
    }

    public init(catalog: CertificationCatalog, rules: ExtractionRules, names: ExamNameRules, lexicon: RoleTraitLexicon,
                stopWords: StopWords) {
        self.catalog = catalog
        self.rules = rules
        self.names = names
        self.lexicon = lexicon
        self.stopWords = stopWords
        stages = BuiltOnce {
            Stages(mentionFinder: MentionFinder(catalog: catalog, names: names),
                   articleDomains: ArticleDomains(rules: rules.domainStatements),
                   roleTraits: RoleTraitExtractor(rules: rules, names: names, lexicon: lexicon),
                   studyPath: StudyPathFinder(rules: rules))
        }
        coverage = BuiltOnce {
            DomainCoverage(catalog: catalog, rules: rules, names: names, lexicon: lexicon, stopWords: stopWords)
        }
    }

    /// The extractor with the catalogue, patterns and lexicons of `book`.
    public init(rules book: RuleBook) {
        self.init(catalog: book.catalog, rules: book.extraction, names: book.examNames, lexicon: book.roleTraits,
                  stopWords: book.stopWords)
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

    /// Builds the indices and patterns now (the first extraction would): callers start it beside
    /// other work so the build costs no wall time.
    public func prepare() {
        for job in preparation { job() }
    }

    /// `prepare` as two jobs, the longer (the topic index) first, for callers that run jobs
    /// side by side: begun first, it ends soonest beside the shorter one and the caller's own work.
    public var preparation: [@Sendable () -> Void] {
        [{ _ = coverage.value }, { _ = stages.value }]
    }

    /// Knowledge from prose sentences only (no list or table layout).
    public func extract(sentences: [AnalysedSentence], sections: [Section]) -> Knowledge {
        extract(ExtractionText(sentences: sentences), sections: sections)
    }

    /// `parallel`: domains, traits and the study path are found side by side (they only read
    /// what the mention pass found).
    public func extract(_ text: ExtractionText, sections: [Section], parallel: Bool = false) -> Knowledge {
        let stages = stages.value
        let coverage = coverage.value
        let sentences = text.sentences
        // Words become integer ids once; every stage below matches on those.
        let table = WordTable(sentences: sentences)
        let found = stages.mentionFinder.find(in: sentences, table: table)
        let mentions = found.bySentence
        var titleNames: [String: [String]] = [:]
        for (code, exam) in found.exams { titleNames[code] = [code] + (exam.entry?.aliases ?? []) }
        let context = ExamContext(sentences: sentences, sections: sections, mentions: mentions, titleNames: titleNames,
                                  rules: rules, table: table)
        // Exams in order of first mention; headings count (a title may name the only exam).
        // Counted by sentence: "Certified Widget Operator (CWO)" names the exam once.
        var discussed: [String] = []
        var counts: [String: Int] = [:]
        for sentence in mentions {
            var seen = Set<String>()
            for mention in sentence where seen.insert(mention.code).inserted {
                if counts[mention.code] == nil { discussed.append(mention.code) }
                counts[mention.code, default: 0] += 1
            }
        }
        let uncatalogued = Set(discussed.filter { found.exams[$0]?.entry == nil })
        let stated = stages.articleDomains.find(in: text, context: context, sections: sections, uncatalogued: uncatalogued)
        let topics = coverage.boundTopics(table)
        let logistics = coverage.logisticsSentences(sentences, table: table)
        let topicMatches = coverage.topicMatches(topics, sentences: sentences, context: context)
        // Made per sentence when asked, not kept for the whole text: at 10 MB they would hold ~70 MB.
        let items = { @Sendable (number: Int) in
            SentencePattern.items(sentences[number], number: number, mentions: mentions[number], table: table,
                                  within: 0..<sentences[number].words.count)
        }
        let exams = discussed, sentenceCounts = counts
        let certifications = JobResult<[CertificationFinding]>()
        let roles = JobResult<[RoleFinding]>()
        let path = JobResult<[StudyStep]>()
        ParallelJobs.run([
            { certifications.value = exams.compactMap { code in
                found.exams[code].map {
                    coverage.finding(for: $0, stated: stated[code] ?? [], writtenAs: found.writtenAs[code] ?? [],
                                            sentences: sentences, places: text.places, sections: sections, context: context,
                                            mentions: sentenceCounts[code] ?? 0, topics: topics, topicMatches: topicMatches, logistics: logistics)
                }
            } },
            { roles.value = stages.roleTraits.roles(sentences: sentences, places: text.places, sections: sections, context: context,
                                                    exams: found.exams, discussed: exams, table: table, items: items) },
            { path.value = stages.studyPath.path(text: text, sections: sections, context: context, exams: found.exams,
                                                 discussed: exams, table: table, items: items) },
        ], parallel: parallel)
        return Knowledge(catalogVersion: catalog.version, certifications: certifications.value ?? [], roles: roles.value ?? [],
                         studyPath: path.value ?? [])
    }
}
