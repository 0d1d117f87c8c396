import StudyKitSupport
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

    /// The aids of a finished analysis; flashcards and quiz side by side when `parallel`.
    public static func make(for analysis: Analysis, rules: GlossaryRules, parallel: Bool) -> StudyAids {
        let glossary = Glossary(analysis: analysis, rules: rules)
        let cards = JobResult<[Flashcard]>(), quiz = JobResult<Quiz>()
        ParallelJobs.run([
            { cards.value = FlashcardDeck.cards(for: analysis, glossary: glossary) },
            { quiz.value = Quiz(analysis: analysis, glossary: glossary) },
        ], parallel: parallel)
        return StudyAids(glossary: glossary, flashcards: cards.value!, quiz: quiz.value!)
    }
}
