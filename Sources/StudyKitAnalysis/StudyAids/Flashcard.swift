import StudyKitText
import StudyKitRules

/// One note for spaced repetition: a question and answer (Anki "Basic") or a
/// sentence with a gap (Anki "Cloze"). Text is plain; each exporter escapes it.
public struct Flashcard: Sendable, Equatable {
    public enum NoteType: String, Sendable, Equatable {
        case basic = "Basic", cloze = "Cloze"
    }

    /// A sentence split around the words the learner must recall.
    public struct Gap: Sendable, Equatable {
        public var before: String
        public var answer: String
        public var after: String
    }

    public var noteType: NoteType
    /// The question (basic) or the whole sentence (cloze, see `gap`).
    public var front: String
    /// The answer (basic) or extra context shown after the gap is revealed (cloze).
    public var back: String
    /// Set for cloze cards.
    public var gap: Gap?
    /// Anki tags: no spaces inside a tag.
    public var tags: [String]

    /// The front with the gap shown as `[…]` (for readers, not Anki).
    public var prompt: String {
        guard let gap else { return front }
        return gap.before + "[…]" + gap.after
    }
}

/// Builds the deck from the ranked study items (see `StudyItems`): a Basic card per
/// definition ("What is a tenant?" → the article's defining sentence), a Cloze card per fact
/// (the key term gapped, never given away elsewhere on the card), and Basic cards for the exams'
/// domains, the study order and who each role suits. No template cards; deterministic; no
/// duplicate fronts.
public enum FlashcardDeck {
    static func cards(from items: [StudyItem], limit: Int) -> [Flashcard] {
        var cards: [Flashcard] = []
        var fronts: Set<String> = []
        for item in items where cards.count < limit {
            let card: Flashcard
            switch item.kind {
            case .fact:
                guard let gap = item.gap else { continue }
                card = Flashcard(noteType: .cloze, front: item.question, back: "", gap: gap, tags: ["studykit", "fact"])
            case .definition:
                card = Flashcard(noteType: .basic, front: item.question, back: item.answer, gap: nil, tags: ["studykit", "definition"])
            case .description:
                // The definition card already asks for it; this item is for the quiz.
                continue
            case .domain, .path, .suits:
                var back = item.answer
                if let quote = item.evidence?.text, quote != item.answer { back += "\n“\(quote)”" }
                card = Flashcard(noteType: .basic, front: item.question, back: back, gap: nil, tags: ["studykit", item.kind.rawValue])
            }
            if fronts.insert(card.front).inserted { cards.append(card) }
        }
        return cards
    }

    /// `sentence` split around the first whole-word occurrence of `term` (any case).
    static func gap(_ term: String, in sentence: String) -> Flashcard.Gap? {
        let bytes = Array(sentence.utf8)
        let folded = TermSearch.fold(sentence)
        // Folding keeps byte offsets only when it does not change lengths; otherwise search the original.
        let haystack = folded.count == bytes.count ? folded : bytes
        let needle = folded.count == bytes.count ? TermSearch.fold(term) : Array(term.utf8)
        guard let start = TermSearch.firstMatch(needle, in: haystack) else { return nil }
        let end = start + needle.count
        return Flashcard.Gap(before: String(decoding: bytes[..<start], as: UTF8.self),
                             answer: String(decoding: bytes[start..<end], as: UTF8.self),
                             after: String(decoding: bytes[end...], as: UTF8.self))
    }

    /// A tag from a code: lower-case, no spaces ("AZ-104" → "az-104").
    static func tag(_ text: String) -> String {
        Slug.make(text)
    }
}
