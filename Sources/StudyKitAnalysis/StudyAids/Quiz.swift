import StudyKitSupport
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
        /// Id of the section the answer comes from.
        public var section: String?

        /// "A"…"D" for multiple choice.
        public var answerLetter: String? { answerIndex.map { Quiz.letter($0) } }
    }

    public var questions: [Question]
    /// Review questions per chapter (section id → questions), for the end of each chapter.
    public var reviews: [(section: String, questions: [Question])]

    public init(questions: [Question], reviews: [(section: String, questions: [Question])] = []) {
        self.questions = questions
        self.reviews = reviews
    }

    public static func == (left: Quiz, right: Quiz) -> Bool {
        left.questions == right.questions && left.reviews.map(\.section) == right.reviews.map(\.section)
            && left.reviews.map(\.questions) == right.reviews.map(\.questions)
    }

    public static func letter(_ index: Int) -> String {
        String(UnicodeScalar(UInt8(ascii: "A") + UInt8(index % 26)))
    }

    /// The best-ranked items that make multiple-choice questions (three distractors from the
    /// same article), and up to `perChapter` of them again at the end of each chapter.
    init(items: [StudyItem], limit: Int, perChapter: Int) {
        let asked = items.compactMap(Self.question)
        questions = asked.prefix(limit).enumerated().map { number, question in
            Self.numbered(question, number + 1)
        }
        var bySection: [String: [Question]] = [:]
        var order: [String] = []
        for question in asked {
            guard let section = question.section else { continue }
            if bySection[section] == nil { order.append(section) }
            if bySection[section, default: []].count < perChapter { bySection[section, default: []].append(question) }
        }
        reviews = order.map { section in
            (section, bySection[section]!.enumerated().map { number, question in
                Self.numbered(question, number + 1)
            })
        }
    }

    /// The question numbered, its right option moved to a place that follows from its prompt and
    /// its number: a hash alone can put three answers in a row at "D", which a learner would learn
    /// instead of the subject.
    static func numbered(_ question: Question, _ number: Int) -> Question {
        var question = question
        question.number = number
        guard let index = question.answerIndex, question.options.count > 1 else { return question }
        let wanted = (Int(StableHash.number(question.prompt) % UInt32(question.options.count)) + number) % question.options.count
        var options = question.options
        options.swapAt(index, wanted)
        question.options = options
        question.answerIndex = wanted
        return question
    }

    /// The text before a blank with a closing "a" or "an" written "a(n)": the article's own
    /// article would fit only the options that start like the answer ("An _____ is …").
    static func neutralArticle(_ before: String) -> String {
        for (article, neutral) in [("an ", "a(n) "), ("a ", "a(n) "), ("An ", "A(n) "), ("A ", "A(n) ")] where before.hasSuffix(article) {
            let stem = before.dropLast(article.count)
            // Only a word of its own ("Kafka " ends in "a " too); a capital one only opening the
            // sentence ("Class A _____" keeps its letter).
            // Opening: nothing but marks before it, or the end of a sentence or lead-in ("Remember: An _____").
            let trimmed = stem.reversed().drop { $0 == " " || "\"“”'‘’".contains($0) }
            let opens = stem.allSatisfy { !$0.isLetter && !$0.isNumber } || trimmed.first.map { ".:!?;—–(".contains($0) } == true
            if article.first!.isUppercase ? opens : (stem.isEmpty || stem.last.map({ !$0.isLetter && !$0.isNumber }) == true) {
                return stem + neutral
            }
        }
        return before
    }

    /// A multiple-choice question from an item, or nil when it has too few distractors.
    private static func question(_ item: StudyItem) -> Question? {
        let distractors = Array(item.distractors.prefix(3))
        // Every answer cites the article's sentence: a catalogue-only fact is no quiz question.
        guard distractors.count == 3, item.evidence != nil else { return nil }
        let prompt: String
        let answer: String
        switch item.kind {
        case .definition, .fact:
            // A defining sentence or a fact with its term blanked: which term fits?
            guard let gap = item.gap else { return nil }
            prompt = "Which term fits the blank? “\(Self.neutralArticle(gap.before))_____\(gap.after)”"
            answer = item.commonNoun ? StudyItems.lowerFirst(gap.answer) : gap.answer
        case .domain, .path, .description:
            prompt = item.question
            answer = item.answer
        case .suits:
            return nil
        }
        var options = distractors + [answer]
        // Rotation by a hash of the prompt, never a random number: the same article gives the same quiz.
        let shift = Int(StableHash.number(prompt) % UInt32(options.count))
        options = Array(options[shift...] + options[..<shift])
        return Question(number: 0, kind: .multipleChoice, prompt: prompt, options: options,
                        answerIndex: options.firstIndex(of: answer), answer: answer, evidence: item.evidence, section: item.section)
    }
}
