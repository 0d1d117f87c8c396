import StudyKitModel
import StudyKitText
import StudyKitRules

/// Which official domains of an exam the article covers, and what else it stresses.
///
/// A sentence counts towards a domain when it belongs to the exam (see
/// `ExamContext`) and contains one of the domain's keywords (by stem).
struct DomainCoverage: Sendable {
    /// A topic phrase as reported, and its stemmed key (worked out once, not per match).
    struct Topic: Sendable {
        var name: String
        var key: String
    }

    let catalog: CertificationCatalog
    let settings: ExtractionRules.TopicSettings
    /// Topic phrases any exam or skill lexicon knows, for `unmatchedTopics`.
    private let topics: PhraseIndex<Topic>

    init(catalog: CertificationCatalog, rules: ExtractionRules, lexicon: RoleTraitLexicon) {
        self.catalog = catalog
        settings = rules.unmatchedTopics
        var topics = PhraseIndex<Topic>(mode: .stem)
        let ignored = Set(rules.unmatchedTopics.ignore.map { $0.lowercased() })
        // Named technologies and multi-word terms only: single common words ("build") are too vague to be topics.
        var phrases = catalog.exams.flatMap { $0.domains.flatMap(\.keywords) }
            .filter { $0.utf8.contains(UInt8(ascii: " ")) || $0.unicodeScalars.contains { $0.properties.isUppercase } }
        phrases += lexicon.kinds.filter { $0.kind == "skill" }.flatMap { $0.traits.flatMap(\.forms) }
        for phrase in phrases where !ignored.contains(phrase.lowercased()) {
            let name = phrase.lowercased()
            topics.add(phrase, value: Topic(name: name, key: Self.key(name)))
        }
        self.topics = topics
    }

    /// The topic index in a document's word ids, shared by every exam's finding.
    func boundTopics(_ table: WordTable) -> PhraseIndex<Topic>.Bound { topics.bound(to: table) }

    func finding(for exam: Certification, sentences: [AnalysedSentence], context: ExamContext, mentions: Int,
                 topics: PhraseIndex<Topic>.Bound) -> CertificationFinding {
        var keywords = PhraseIndex<Int>(mode: .stem)
        var ownStems = Set<String>()
        for (number, domain) in exam.domains.enumerated() {
            for keyword in domain.keywords {
                keywords.add(keyword, value: number)
                ownStems.insert(Self.key(keyword))
            }
        }
        let index = keywords.bound(to: topics.table)
        var counted = 0
        for sentence in sentences where !sentence.isHeading { counted += 1 }
        var evidence = Array(repeating: [Evidence](), count: exam.domains.count)
        var topicEvidence: [String: [Evidence]] = [:]
        var topicNames: [String: String] = [:]
        var hit = [Bool](repeating: false, count: exam.domains.count)
        for number in sentences.indices where !sentences[number].isHeading && context.coverageSubjects(number).contains(exam.code) {
            let sentence = sentences[number]
            let whole = 0..<sentence.words.count
            let matches = index.allMatches(sentence: number, in: whole)
            for match in matches { hit[match.value] = true }
            for domain in hit.indices where hit[domain] {
                evidence[domain].append(Evidence(sentence))
                hit[domain] = false
            }
            var seen = Set<String>()
            for topic in topics.longestMatches(sentence: number, in: whole) {
                let key = topic.value.key
                let covered = matches.contains { $0.words.overlaps(topic.words) } || ownStems.contains(key)
                if !covered, seen.insert(key).inserted {
                    topicEvidence[key, default: []].append(Evidence(sentence))
                    if topicNames[key] == nil { topicNames[key] = topic.value.name }
                }
            }
        }
        let domains = exam.domains.enumerated().map { number, domain in
            DomainFinding(name: domain.name, weight: domain.weight,
                          coverage: counted == 0 ? 0 : Double(evidence[number].count) / Double(counted),
                          evidence: evidence[number])
        }
        let unmatched = topicEvidence.filter { $0.value.count >= settings.minimumMentions }
            .map { TopicFinding(topic: topicNames[$0.key] ?? $0.key, evidence: $0.value) }
            .sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.topic < $1.topic }
        return CertificationFinding(code: exam.code, title: exam.title, role: exam.role, level: exam.level,
                                    vendor: exam.vendor, mentions: mentions, domains: domains, unmatchedTopics: unmatched)
    }

    /// Topics are reported by their stemmed words so "VMs" and "VM" merge.
    private static func key(_ phrase: String) -> String {
        let stemmer = EnglishStemmer()
        return PhraseIndex<Int>.split(phrase).map { stemmer.stem($0) }.joined(separator: " ")
    }
}
