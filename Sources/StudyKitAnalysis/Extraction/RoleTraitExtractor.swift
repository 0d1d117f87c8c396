import StudyKitModel
import StudyKitRules

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
        let table = WordTable(sentences: [sentence])
        let matches = terms.bound(to: table).longestMatches(sentence: 0, in: 0..<sentence.words.count)
        return Array(Set(matches.map(\.value.trait))).sorted()
    }

    /// `items`: a sentence's pattern items (see `SentencePattern.items`), by sentence number.
    func roles(sentences: [AnalysedSentence], context: ExamContext, discussed: [String],
               table: WordTable, items: (Int) -> [SentencePattern.Item]) -> [RoleFinding] {
        let terms = terms.bound(to: table)
        let frames = frames.map { $0.bound(to: table) }
        var breaks = [Bool](repeating: false, count: table.count)
        for word in clauseBreaks where table.id(of: word) != WordTable.absent { breaks[Int(table.id(of: word))] = true }
        var found: [String: [String: (kind: String, evidence: [Evidence])]] = [:]
        for number in sentences.indices where !sentences[number].isHeading {
            let sentence = sentences[number]
            let clauses = clauses(of: number, count: sentence.words.count, table: table, breaks: breaks)
            for (exam, words) in attributions(number, sentence: sentence, context: context, frames: frames,
                                               items: items(number), clauses: clauses) {
                for match in terms.longestMatches(sentence: number, in: words) {
                    // Words that name the exam itself are no trait of its role.
                    if context.mentions[number].contains(where: { $0.code == exam && $0.words.overlaps(match.words) }) { continue }
                    // In place: copying a long evidence list per match would be quadratic.
                    Self.record(Evidence(sentence), in: &found[exam, default: [:]][match.value.trait, default: (match.value.kind, [])])
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

    private static func record(_ evidence: Evidence, in entry: inout (kind: String, evidence: [Evidence])) {
        if entry.evidence.last != evidence { entry.evidence.append(evidence) }
    }

    /// (exam, word range) pairs whose words describe that exam's role. One
    /// name for several exams ("A+") describes each of them.
    private func attributions(_ number: Int, sentence: AnalysedSentence, context: ExamContext, frames: [SentencePattern.Bound],
                              items: [SentencePattern.Item], clauses: [Range<Int>]) -> [(String, Range<Int>)] {
        let mentions = context.mentions[number]
        var result: [(String, Range<Int>)] = []
        for frame in frames {
            guard let match = frame.firstMatch(in: items), let exams = match.subjects.first,
                  let capture = match.capture else { continue }
            // A capture that also names another exam says nothing certain about this one.
            if mentions.contains(where: { !exams.contains($0.code) && capture.contains($0.words.lowerBound) }) { continue }
            result += exams.map { ($0, capture) }
            break
        }
        if !mentions.isEmpty {
            for clause in clauses {
                let subjects = ExamContext.subjects(mentions.filter { clause.contains($0.words.lowerBound) })
                if subjects.count == 1 { result += subjects[0].map { ($0, clause) } }
            }
        }
        if result.isEmpty, context.named(number).isEmpty, let exams = context.pointedAt(number) {
            result += exams.map { ($0, 0..<sentence.words.count) }
        }
        return result
    }

    private func clauses(of number: Int, count: Int, table: WordTable, breaks: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let base = table.start(of: number)
        for index in 0..<count where breaks[Int(table.lowers[base + index])] {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        if start < count { result.append(start..<count) }
        return result
    }
}
