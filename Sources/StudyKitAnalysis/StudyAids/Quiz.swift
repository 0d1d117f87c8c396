import StudyKitSupport

/// Self-test questions built from the analysis: multiple choice (four options,
/// distractors drawn from the comparison and the catalogue) and fill-in-the-gap
/// questions from definitions. Option order is rotated by a hash of the question,
/// never by a random number, so the same article always gives the same quiz.
public struct Quiz: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        case multipleChoice, cloze
    }

    public struct Question: Sendable, Equatable {
        /// 1-based position in the quiz.
        public var number: Int
        public var kind: Kind
        public var prompt: String
        /// Four options for multiple choice; empty for cloze.
        public var options: [String]
        /// Index into `options` of the right one (multiple choice).
        public var answerIndex: Int?
        public var answer: String
        /// The article sentence the answer rests on.
        public var evidence: Evidence?

        /// "A"…"D" for multiple choice.
        public var answerLetter: String? { answerIndex.map { Quiz.letter($0) } }
    }

    public var questions: [Question]

    public init(questions: [Question]) {
        self.questions = questions
    }

    static let maxDomainQuestions = 8, maxTraitQuestions = 6, maxTermQuestions = 8

    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index % 26)))
    }

    public init(analysis: Analysis, glossary: Glossary) {
        var builder = QuizBuilder(analysis: analysis)
        builder.addDomainQuestions(limit: Self.maxDomainQuestions)
        builder.addTraitQuestions(limit: Self.maxTraitQuestions)
        builder.addPathQuestions()
        builder.addTermQuestions(glossary, limit: Self.maxTermQuestions)
        questions = builder.questions
    }
}

/// Collects questions; each `add…` skips questions that cannot get three distinct distractors.
struct QuizBuilder {
    let analysis: Analysis
    private(set) var questions: [Quiz.Question] = []

    init(analysis: Analysis) { self.analysis = analysis }

    /// Exams as options: the comparison's exams first, then the catalogue's of the
    /// same vendor (plausible), then the rest, each by code.
    private func examPool(vendor: String?) -> [String] {
        let article = analysis.knowledge.certifications.map(\.code).sorted()
        let exams = analysis.catalog.exams.sorted { $0.code < $1.code }
        let sameVendor = exams.filter { $0.vendor == vendor }.map(\.code)
        return unique(article + sameVendor + exams.map(\.code))
    }

    private func vendor(of code: String) -> String? { analysis.catalog.exam(code: code)?.vendor }

    private func examLabel(_ code: String) -> String {
        guard let exam = analysis.catalog.exam(code: code) else { return code }
        return "\(exam.code) · \(exam.title)"
    }

    mutating func addDomainQuestions(limit: Int) {
        let exams = analysis.knowledge.certifications
        // Round-robin over exams so every exam gets questions; domains with evidence first.
        let perExam = exams.map { exam in
            exam.domains.filter { !$0.evidence.isEmpty }.map { (exam, $0) } + exam.domains.filter { $0.evidence.isEmpty }.map { (exam, $0) }
        }
        var added = 0, round = 0
        while added < limit, perExam.contains(where: { $0.count > round }) {
            for list in perExam where list.count > round && added < limit {
                let (exam, domain) = list[round]
                let others = examPool(vendor: exam.vendor).filter { $0 != exam.code }.map(examLabel)
                if addChoice("Which exam covers the domain '\(domain.name)' (\(domain.weightLabel))?",
                             answer: examLabel(exam.code), distractors: others, evidence: domain.evidence.first) {
                    added += 1
                }
            }
            round += 1
        }
    }

    mutating func addTraitQuestions(limit: Int) {
        let roles = analysis.knowledge.roles
        let vendors = Set(roles.compactMap { vendor(of: $0.certification) })
        let exams = analysis.catalog.exams.sorted { $0.code < $1.code }
        let pool = unique(roles.map(\.name).sorted() + exams.filter { vendors.contains($0.vendor) }.compactMap(\.role)
                          + exams.compactMap(\.role))
        let perRole = roles.map { role in
            role.traits.sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.trait < $1.trait }
                .map { (role, $0) }
        }
        var added = 0, round = 0
        var asked: Set<String> = []
        while added < limit, perRole.contains(where: { $0.count > round }) {
            for list in perRole where list.count > round && added < limit {
                let (role, trait) = list[round]
                // A trait claimed for several roles would have two right answers.
                let owners = roles.filter { $0.traits.contains { $0.trait == trait.trait } }
                guard owners.count == 1, asked.insert(trait.trait).inserted else { continue }
                if addChoice("Which role does the article link with '\(trait.trait)' (\(trait.kind))?",
                             answer: role.name, distractors: pool.filter { $0 != role.name }, evidence: trait.evidence.first) {
                    added += 1
                }
            }
            round += 1
        }
    }

    mutating func addPathQuestions() {
        let path = analysis.knowledge.studyPath
        guard let first = path.first else { return }
        let pathCodes = path.map(\.code)
        let others = unique(pathCodes.dropFirst() + examPool(vendor: vendor(of: first.code))).filter { $0 != first.code }.map(examLabel)
        addChoice("Which exam comes first in the article's study path?", answer: examLabel(first.code),
                  distractors: others, evidence: first.evidence.first)
        for (earlier, later) in zip(path, path.dropFirst()) {
            let choices = unique(pathCodes + examPool(vendor: vendor(of: later.code))).filter { $0 != later.code && $0 != earlier.code }.map(examLabel)
            addChoice("In the article's study path, which exam comes right after \(earlier.code)?",
                      answer: examLabel(later.code), distractors: choices, evidence: later.evidence.first)
        }
    }

    /// Defined terms alternate: "which term does this sentence define?" (multiple choice)
    /// and a gap to fill (cloze).
    mutating func addTermQuestions(_ glossary: Glossary, limit: Int) {
        let defined = glossary.entries.filter { $0.source == .definition }
        let terms = glossary.entries.map(\.term)
        for (position, entry) in defined.prefix(limit).enumerated() {
            guard let gap = FlashcardDeck.gap(entry.term, in: entry.definition) else { continue }
            let blanked = gap.before + "_____" + gap.after
            if position % 2 == 0 {
                let others = terms.filter { $0.lowercased() != entry.term.lowercased() }
                    .sorted { StableHash.number($0 + entry.term) < StableHash.number($1 + entry.term) }
                addChoice("Which term does this sentence define? “\(blanked)”", answer: entry.term,
                          distractors: others, evidence: entry.evidence)
            } else {
                questions.append(Quiz.Question(number: questions.count + 1, kind: .cloze,
                                               prompt: "Fill in the gap: “\(blanked)”", options: [], answerIndex: nil,
                                               answer: gap.answer, evidence: entry.evidence))
            }
        }
    }

    /// Adds a four-option question; false (and nothing added) without three distinct distractors.
    @discardableResult
    private mutating func addChoice(_ prompt: String, answer: String, distractors: [String], evidence: Evidence?) -> Bool {
        let chosen = Array(unique(distractors).filter { $0 != answer }.prefix(3))
        guard chosen.count == 3, !questions.contains(where: { $0.prompt == prompt }) else { return false }
        let shift = Int(StableHash.number(prompt) % 4)
        let ordered = [answer] + chosen
        let options = (0..<4).map { ordered[($0 + shift) % 4] }
        let answerIndex = (4 - shift) % 4
        questions.append(Quiz.Question(number: questions.count + 1, kind: .multipleChoice, prompt: prompt,
                                       options: options, answerIndex: answerIndex, answer: answer, evidence: evidence))
        return true
    }

    private func unique<S: Sequence>(_ items: S) -> [String] where S.Element == String {
        var seen: Set<String> = []
        return items.filter { seen.insert($0).inserted }
    }
}
