/// What the article says each certified role is like: dispositions,
/// responsibilities, skills and outcomes, each with the sentences that say so.
///
/// Traits count only where the role is the clear subject: the clause names
/// exactly one exam or role, or points back at one ("they", "the other"), or
/// a trait frame ("If you are X, Y and Z ... AZ-104") binds the words to it.
struct RoleTraitExtractor: Sendable {
    private struct Term: Sendable {
        var trait: String
        var kind: String
    }

    private let catalog: CertificationCatalog
    private let frames: [SentencePattern]
    private let clauseBreaks: Set<String>
    private var terms = PhraseIndex<Term>(mode: .stem)

    init(catalog: CertificationCatalog, rules: ExtractionRules, lexicon: RoleTraitLexicon) {
        self.catalog = catalog
        frames = rules.traitFrames.map { SentencePattern($0.pattern) }
        clauseBreaks = Set(rules.clauseBreaks)
        for kind in lexicon.kinds {
            for trait in kind.traits {
                for form in trait.forms {
                    terms.add(form, value: Term(trait: trait.trait, kind: kind.kind), exact: trait.exact ?? false)
                }
            }
        }
    }

    /// Traits of a lexicon found in free text (used by the lexicon's example test).
    func traits(in sentence: AnalysedSentence) -> [String] {
        Array(Set(terms.longestMatches(in: sentence.words).map(\.value.trait))).sorted()
    }

    func roles(sentences: [AnalysedSentence], context: ExamContext, discussed: [String]) -> [RoleFinding] {
        var found: [String: [String: (kind: String, evidence: [Evidence])]] = [:]
        for (number, sentence) in sentences.enumerated() where !sentence.isHeading {
            for (exam, words) in attributions(number, sentence: sentence, context: context) {
                let mentioned = Set(context.mentions[number].filter { $0.code == exam }.flatMap(\.words))
                for match in terms.longestMatches(in: Array(sentence.words[words])) {
                    let range = (match.words.lowerBound + words.lowerBound)..<(match.words.upperBound + words.lowerBound)
                    if range.contains(where: { mentioned.contains($0) }) { continue }
                    var entry = found[exam, default: [:]][match.value.trait] ?? (match.value.kind, [])
                    if entry.evidence.last != Evidence(sentence) { entry.evidence.append(Evidence(sentence)) }
                    found[exam, default: [:]][match.value.trait] = entry
                }
            }
        }
        return discussed.compactMap { code in
            guard let exam = catalog.exam(code: code), let role = exam.role, let traits = found[code], !traits.isEmpty else { return nil }
            let findings = traits.map { TraitFinding(trait: $0.key, kind: $0.value.kind, evidence: $0.value.evidence) }
                .sorted { ($0.kind, $0.trait) < ($1.kind, $1.trait) }
            return RoleFinding(name: role, certification: code, traits: findings)
        }
    }

    /// (exam, word range) pairs whose words describe that exam's role. One
    /// name for several exams ("A+") describes each of them.
    private func attributions(_ number: Int, sentence: AnalysedSentence, context: ExamContext) -> [(String, Range<Int>)] {
        let mentions = context.mentions[number]
        var result: [(String, Range<Int>)] = []
        for frame in frames {
            guard let match = frame.firstMatch(in: sentence, mentions: mentions), let exams = match.subjects.first,
                  let capture = match.capture else { continue }
            // A capture that also names another exam says nothing certain about this one.
            if mentions.contains(where: { !exams.contains($0.code) && capture.contains($0.words.lowerBound) }) { continue }
            result += exams.map { ($0, capture) }
            break
        }
        for clause in clauses(of: sentence) {
            let subjects = ExamContext.subjects(mentions.filter { clause.contains($0.words.lowerBound) })
            if subjects.count == 1 { result += subjects[0].map { ($0, clause) } }
        }
        if result.isEmpty, context.named(number).isEmpty, let exams = context.pointedAt(number) {
            result += exams.map { ($0, 0..<sentence.words.count) }
        }
        return result
    }

    private func clauses(of sentence: AnalysedSentence) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for (index, word) in sentence.words.enumerated() where clauseBreaks.contains(word.lower) {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        if start < sentence.words.count { result.append(start..<sentence.words.count) }
        return result
    }
}
