import StudyKitModel
import StudyKitText
import StudyKitRules

/// The domains of an exam, the article's first, and the sentences that speak to each.
///
/// Domains the article states (`ArticleDomains`) win over the catalogue's: a stated domain
/// that matches a catalogue one keeps both weights (shown side by side when they differ);
/// the rest are the article's own or the catalogue's, each marked so.
///
/// A sentence is evidence for a domain when it belongs to the exam (see `ExamContext`),
/// is not about exam logistics (fees, vouchers, scheduling, practice tests), and names one
/// specific term of the domain (a keyword with a capital, a digit or several words: a
/// service, tool or concept the outline names) or, failing that, two different general ones
/// (then it goes to the domain it shares most words with). Under a heading or table row that
/// names a domain, the article's structure decides. Resource lists (mostly links) are no evidence.
struct DomainCoverage: Sendable {
    /// A topic phrase as reported, and its stemmed key (worked out once, not per match).
    struct Topic: Sendable {
        var name: String
        var key: String
    }

    /// A domain being filled: where its name and weights come from, and its terms.
    private struct Plan {
        var name: String
        var articleWeight: String?
        var catalogueWeight: String?
        var source: FactSource
        var statement: Int?
        var terms: [(phrase: String, specific: Bool)]
    }

    let settings: ExtractionRules.TopicSettings
    private let evidence: ExtractionRules.DomainEvidence
    private let sameDomainShare: Double
    /// Topic phrases any exam or skill lexicon knows, for `unmatchedTopics`.
    private let topics: PhraseIndex<Topic>
    private let logistics: PhraseIndex<Bool>
    /// Words too general to tell a domain by ("knowledge", "solutions").
    private let generalWords: Set<String>
    /// The outlines' skill verbs ("manage", "design"), which open most domain names.
    private let skillVerbs: Set<String>
    private let stopWords: StopWords

    /// Vendor names ("Google Cloud", "Azure"), left out of domain names' words: they tell no domain apart.
    private let vendorNames: [[String]]

    init(catalog: CertificationCatalog, rules: ExtractionRules, names: ExamNameRules, lexicon: RoleTraitLexicon, stopWords: StopWords) {
        vendorNames = names.vendors.flatMap { $0.names.map { PhraseIndex<Bool>.split($0) } }.filter { !$0.isEmpty }.sorted { $0.count > $1.count }
        settings = rules.unmatchedTopics
        evidence = rules.domainEvidence
        sameDomainShare = rules.domainStatements.sameDomainShare
        self.stopWords = stopWords
        var topics = PhraseIndex<Topic>(mode: .stem)
        let ignored = Set(rules.unmatchedTopics.ignore.map { $0.lowercased() })
        // Named technologies and multi-word terms only: single common words ("build") are too vague to be topics.
        var phrases = catalog.exams.flatMap { $0.domains.flatMap(\.keywords) }
            .filter { $0.utf8.contains(UInt8(ascii: " ")) || $0.unicodeScalars.contains { $0.properties.isUppercase } }
        phrases += lexicon.kinds.filter { $0.kind == "skill" }.flatMap { $0.traits.flatMap(\.forms) }
        let stemmer = EnglishStemmer()
        var stemOf: [String: String] = [:]
        var seen = Set<String>()
        for phrase in phrases {
            let name = phrase.lowercased()
            // Thousands of catalogue keywords, many shared between exams: each phrase once, each word stemmed once.
            guard !ignored.contains(name), seen.insert(phrase).inserted else { continue }
            let key = PhraseIndex<Int>.split(name).map { word in
                if let stem = stemOf[word] { return stem }
                let stem = stemmer.stem(word)
                stemOf[word] = stem
                return stem
            }.joined(separator: " ")
            topics.add(phrase, value: Topic(name: name, key: key))
        }
        self.topics = topics
        var logistics = PhraseIndex<Bool>(mode: .exact)
        for phrase in rules.domainEvidence.logistics { logistics.add(phrase, value: true) }
        self.logistics = logistics
        skillVerbs = Set(Set(catalog.exams.flatMap { $0.domains.flatMap(\.skillVerbs) }).map { stemmer.stem($0.lowercased()) })
        generalWords = Set(rules.domainEvidence.generalWords.map { stemmer.stem($0.lowercased()) })
    }

    /// The topic index in a document's word ids, shared by every exam's finding.
    func boundTopics(_ table: WordTable) -> PhraseIndex<Topic>.Bound { topics.bound(to: table) }

    /// Topic phrases per sentence, found once for all exams (only where some exam's coverage reaches).
    func topicMatches(_ topics: PhraseIndex<Topic>.Bound, sentences: [AnalysedSentence], context: ExamContext) -> [[PhraseIndex<Topic>.Match]] {
        sentences.indices.map { number in
            sentences[number].isHeading || context.coverageSubjects(number).isEmpty
                ? [] : topics.longestMatches(sentence: number, in: 0..<sentences[number].words.count)
        }
    }

    /// Per sentence: whether it is about exam logistics, so it never counts as evidence.
    func logisticsSentences(_ sentences: [AnalysedSentence], table: WordTable) -> [Bool] {
        let bound = logistics.bound(to: table)
        return sentences.indices.map { bound.containsMatch(sentence: $0, in: 0..<sentences[$0].words.count) }
    }

    func finding(for exam: NamedExam, stated: [StatedDomain], writtenAs: [String], sentences: [AnalysedSentence],
                 places: [SentencePlace], sections: [Section],
                 context: ExamContext, mentions: Int, topics: PhraseIndex<Topic>.Bound, topicMatches: [[PhraseIndex<Topic>.Match]],
                 logistics: [Bool]) -> CertificationFinding {
        let plans = plans(for: exam, stated: stated)
        var keywords = PhraseIndex<(domain: Int, term: Int, specific: Bool)>(mode: .stem)
        var ownStems = Set<String>()
        for (domain, plan) in plans.enumerated() {
            for (term, item) in plan.terms.enumerated() {
                keywords.add(item.phrase, value: (domain, term, item.specific))
                ownStems.insert(Self.key(item.phrase))
            }
        }
        let index = keywords.bound(to: topics.table)
        var counted = 0
        for sentence in sentences where !sentence.isHeading { counted += 1 }
        var evidence = Array(repeating: [Evidence](), count: plans.count)
        for (domain, plan) in plans.enumerated() {
            if let statement = plan.statement { evidence[domain].append(Evidence(sentences[statement])) }
        }
        let structural = structuralDomains(plans, sentences: sentences, places: places, sections: sections)
        var topicEvidence: [String: [Evidence]] = [:]
        var topicNames: [String: String] = [:]
        var specificHit = [Bool](repeating: false, count: plans.count)
        var generalHits = [Set<Int>](repeating: [], count: plans.count)
        for number in sentences.indices where !sentences[number].isHeading && !logistics[number] && !places[number].isResource
            && context.coverageSubjects(number).contains(exam.code) {
            let sentence = sentences[number]
            let whole = 0..<sentence.words.count
            // Words that name an exam ("Google Cloud - Professional Cloud Developer") are no evidence of its domains.
            let named = context.mentions[number].map(\.words)
            let matches = index.allMatches(sentence: number, in: whole).filter { match in !named.contains { $0.overlaps(match.words) } }
            // Under a heading (or a table row) that names a domain, the article itself says which domain
            // it is: for a sentence with a word of that domain, or an objective listed there.
            if let domain = structural[number] {
                let listed = (places[number].kind == .listItem || places[number].kind == .tableRow)
                    && sentence.words.filter(\.isContent).count >= 3 && !sentence.text.hasSuffix(":")
                if listed || matches.contains(where: { $0.value.domain == domain }) {
                    if evidence[domain].last != Evidence(sentence) { evidence[domain].append(Evidence(sentence)) }
                }
                continue
            }
            for match in matches {
                if match.value.specific {
                    specificHit[match.value.domain] = true
                } else {
                    generalHits[match.value.domain].insert(match.value.term)
                }
            }
            // A sentence naming a specific term of a domain speaks to it (a list sentence may name
            // several); one that names only general words goes to the domain it shares most with.
            var chosen = plans.indices.filter { specificHit[$0] }
            if chosen.isEmpty {
                let qualified = plans.indices.filter { generalHits[$0].count >= self.evidence.minimumGeneralTerms }
                let best = qualified.map { generalHits[$0].count }.max() ?? 0
                chosen = qualified.filter { generalHits[$0].count == best }
            }
            for domain in chosen {
                if evidence[domain].last != Evidence(sentence) { evidence[domain].append(Evidence(sentence)) }
            }
            for domain in plans.indices {
                specificHit[domain] = false
                generalHits[domain].removeAll(keepingCapacity: true)
            }
            var seen = Set<String>()
            for topic in topicMatches[number] {
                let key = topic.value.key
                let covered = matches.contains { $0.words.overlaps(topic.words) } || ownStems.contains(key)
                if !covered, seen.insert(key).inserted {
                    topicEvidence[key, default: []].append(Evidence(sentence))
                    if topicNames[key] == nil { topicNames[key] = topic.value.name }
                }
            }
        }
        let domains = plans.enumerated().map { number, plan in
            DomainFinding(name: plan.name, weight: plan.articleWeight ?? plan.catalogueWeight, articleWeight: plan.articleWeight,
                          catalogueWeight: plan.catalogueWeight, source: plan.source,
                          coverage: counted == 0 ? 0 : Double(evidence[number].count) / Double(counted),
                          evidence: evidence[number])
        }
        let unmatched = topicEvidence.filter { $0.value.count >= settings.minimumMentions }
            .map { TopicFinding(topic: topicNames[$0.key] ?? $0.key, evidence: $0.value) }
            .sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.topic < $1.topic }
        return CertificationFinding(code: exam.code, title: exam.title, role: exam.role, level: exam.level,
                                    vendor: exam.vendor, catalogued: exam.entry != nil, writtenAs: writtenAs,
                                    mentions: mentions, domains: domains, unmatchedTopics: unmatched)
    }

    /// The domain the article's own structure puts each sentence under: the body of a section
    /// whose heading names a domain (and its subsections), and the rows of a table after a row
    /// that names one (a cell whose words are mostly the domain's name).
    private func structuralDomains(_ plans: [Plan], sentences: [AnalysedSentence], places: [SentencePlace],
                                   sections: [Section]) -> [Int: Int] {
        let names = plans.map { contentWords($0.name) }
        // Titles repeat (one per section, cells per row): each text's words are worked out once.
        var wordsOf: [String: Set<String>] = [:]
        // A title or cell names a domain when most of both its words and the domain's are shared.
        func domain(named text: String, share minimum: Double) -> Int? {
            let words: Set<String>
            if let known = wordsOf[text] { words = known } else { words = contentWords(text); wordsOf[text] = words }
            guard !words.isEmpty else { return nil }
            var best: (domain: Int, share: Double)? = nil
            for (number, name) in names.enumerated() where !name.isEmpty {
                let shared = words.intersection(name).count
                // Two shared words, or all of a one-word name ("Security", "Storage").
                guard shared >= 2 || (name.count == 1 && shared == 1) else { continue }
                let share = Double(shared) / Double(max(words.count, name.count))
                if share >= minimum, share > (best?.share ?? 0) { best = (number, share) }
            }
            return best?.domain
        }
        // Section → domain, inherited by deeper sections until a heading at the same or a higher level.
        var bySection: [Int: Int] = [:]
        var stack: [(level: Int, domain: Int?)] = []
        // Headings that state a domain ("Domain 3: Technology") name it outright.
        var statedIn: [Int: Int] = [:]
        for (number, plan) in plans.enumerated() {
            if let statement = plan.statement, sentences[statement].isHeading { statedIn[sentences[statement].sectionIndex] = number }
        }
        for (number, section) in sections.enumerated() {
            while let last = stack.last, last.level >= section.level { stack.removeLast() }
            let own = statedIn[number] ?? section.title.flatMap { domain(named: $0, share: 0.6) }
            let inherited = stack.last?.domain ?? nil
            if let chosen = own ?? inherited { bySection[number] = chosen }
            stack.append((section.level, own ?? inherited))
        }
        var result: [Int: Int] = [:]
        var tableDomain: (group: Int, domain: Int)? = nil
        for number in sentences.indices where !sentences[number].isHeading {
            let place = places[number]
            if place.kind == .tableRow {
                let cells = sentences[number].text.components(separatedBy: " | ")
                if let named = cells.lazy.compactMap({ domain(named: $0, share: 0.6) }).first { tableDomain = (place.group, named) }
                if let current = tableDomain, current.group == place.group { result[number] = current.domain; continue }
            }
            if let domain = bySection[sentences[number].sectionIndex] { result[number] = domain }
        }
        return result
    }

    /// The domains to report: the article's stated ones in its order (matched to catalogue
    /// domains where the names agree), then catalogue domains the article does not state.
    private func plans(for exam: NamedExam, stated: [StatedDomain]) -> [Plan] {
        let official = exam.entry?.domains ?? []
        let officialWords = official.map { contentWords($0.name) }
        var pairs: [(stated: Int, official: Int, share: Double)] = []
        for (s, domain) in stated.enumerated() {
            let words = contentWords(domain.name)
            for (o, other) in officialWords.enumerated() where !words.isEmpty && !other.isEmpty {
                let share = Double(words.intersection(other).count) / Double(min(words.count, other.count))
                if share >= sameDomainShare { pairs.append((s, o, share)) }
            }
        }
        var matchOfStated: [Int: Int] = [:]
        var taken = Set<Int>()
        for pair in pairs.sorted(by: { $0.share != $1.share ? $0.share > $1.share : ($0.stated, $0.official) < ($1.stated, $1.official) })
            where matchOfStated[pair.stated] == nil && !taken.contains(pair.official) {
            matchOfStated[pair.stated] = pair.official
            taken.insert(pair.official)
        }
        // The outline's keywords, and the words of the domain's own name as general terms.
        func terms(_ domain: CertificationDomain) -> [(String, Bool)] {
            domain.keywords.map { ($0, Self.isSpecific($0)) } + contentWords(domain.name, stems: false).sorted().map { ($0, false) }
        }
        var plans: [Plan] = stated.enumerated().map { number, domain in
            let nameTerms = contentWords(domain.name, stems: false).map { ($0, false) }
            if let match = matchOfStated[number] {
                let entry = official[match]
                return Plan(name: entry.name, articleWeight: domain.weight, catalogueWeight: entry.isWeighted ? entry.weight : nil,
                            source: .both, statement: domain.sentence, terms: terms(entry) + nameTerms)
            }
            return Plan(name: domain.name, articleWeight: domain.weight, catalogueWeight: nil, source: .article,
                        statement: domain.sentence, terms: nameTerms)
        }
        for (number, entry) in official.enumerated() where !taken.contains(number) {
            plans.append(Plan(name: entry.name, articleWeight: nil, catalogueWeight: entry.isWeighted ? entry.weight : nil,
                              source: .catalogue, statement: nil, terms: terms(entry)))
        }
        return plans
    }

    /// A keyword names something specific when it has a capital or a digit ("Azure Policy",
    /// "IAM", "802.1X") or several words ("storage accounts").
    static func isSpecific(_ keyword: String) -> Bool {
        keyword.unicodeScalars.contains { $0.properties.isUppercase || ("0"..."9").contains($0) }
            || PhraseIndex<Bool>.split(keyword).filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic } }.count >= 2
    }

    /// The stems (or words) of a name that tell a domain apart: no stop words, none of the
    /// general words, and not the skill verbs a name opens with ("Implement and manage storage"
    /// → storage; "Software Troubleshooting" keeps both words).
    private func contentWords(_ name: String, stems: Bool = true) -> Set<String> {
        let stemmer = EnglishStemmer()
        var result = Set<String>()
        var leading = true
        var tokens = PhraseIndex<Bool>.split(name)
        for vendor in vendorNames {
            var index = 0
            while index + vendor.count <= tokens.count {
                if Array(tokens[index..<(index + vendor.count)]) == vendor { tokens.removeSubrange(index..<(index + vendor.count)) } else { index += 1 }
            }
        }
        for token in tokens where token.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) {
            let stem = stemmer.stem(token)
            if leading, skillVerbs.contains(stem) || stopWords.contains(token) { continue }
            leading = false
            if stopWords.contains(token) || generalWords.contains(stem) { continue }
            result.insert(stems ? stem : token)
        }
        return result
    }

    /// Topics are reported by their stemmed words so "VMs" and "VM" merge.
    private static func key(_ phrase: String) -> String {
        let stemmer = EnglishStemmer()
        return PhraseIndex<Int>.split(phrase).map { stemmer.stem($0) }.joined(separator: " ")
    }
}
