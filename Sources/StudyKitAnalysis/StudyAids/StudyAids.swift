import StudyKitRules

/// The content of the study aids, made once per analysis from its results: the glossary,
/// then the flashcards and the quiz built on it. Exporters and the study guide read it;
/// none changes it.
public struct StudyAids: Sendable, Equatable {
    public var glossary: Glossary
    public var flashcards: [Flashcard]
    public var quiz: Quiz

    public init(glossary: Glossary, flashcards: [Flashcard], quiz: Quiz) {
        self.glossary = glossary
        self.flashcards = flashcards
        self.quiz = quiz
    }

    /// Before the study-aid stage runs (or when a command skips it).
    public static let empty = StudyAids(glossary: Glossary(entries: []), flashcards: [], quiz: Quiz(questions: []))

    /// The aids of a finished analysis: the glossary, then the ranked study items behind the
    /// flashcards and the quiz.
    public static func make(for analysis: Analysis, rules: GlossaryRules, parallel: Bool) -> StudyAids {
        let glossary = Glossary(analysis: analysis, layout: analysis.layout, rules: rules)
        let items = StudyItems.items(for: analysis, glossary: glossary, rules: rules.studyAids, glossaryRules: rules)
        return StudyAids(glossary: glossary, flashcards: FlashcardDeck.cards(from: items, limit: rules.studyAids.flashcardCount),
                         quiz: Quiz(items: items, limit: rules.studyAids.quizCount, perChapter: rules.studyAids.reviewQuestionsPerChapter))
    }
}
