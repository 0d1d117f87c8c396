import StudyKitText

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

/// Builds the deck from an analysis: glossary definitions (cloze when defined,
/// basic otherwise), exam domains, role traits, keyphrases in context and the
/// study path. Deterministic, no duplicate fronts.
public enum FlashcardDeck {
    static let maxTraitsPerRole = 8
    static let maxKeyphraseCards = 10

    public static func cards(for analysis: Analysis, glossary: Glossary) -> [Flashcard] {
        var cards: [Flashcard] = []
        var fronts: Set<String> = []
        func add(_ card: Flashcard) {
            if fronts.insert(card.front).inserted { cards.append(card) }
        }
        // Domains get their own cards below.
        for entry in glossary.entries where entry.kind != .domain {
            if entry.source == .definition, let gap = gap(entry.term, in: entry.definition) {
                add(Flashcard(noteType: .cloze, front: entry.definition, back: "Term: \(entry.term)", gap: gap,
                              tags: ["studykit", "glossary"]))
            } else {
                add(Flashcard(noteType: .basic, front: "What does the article say about “\(entry.term)”?",
                              back: entry.definition, gap: nil, tags: ["studykit", "glossary"]))
            }
        }
        let knowledge = analysis.knowledge
        for exam in knowledge.certifications {
            for domain in exam.domains {
                var back = "\(exam.code) · \(exam.title)"
                if let quote = domain.evidence.first { back += "\n“\(quote.text)”" }
                add(Flashcard(noteType: .basic, front: "Which exam's domain is '\(domain.name)' (\(domain.weightLabel))?",
                              back: back, gap: nil, tags: ["studykit", "domain", tag(exam.code)]))
            }
        }
        for role in knowledge.roles {
            let ranked = role.traits.sorted {
                $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.trait < $1.trait
            }
            for trait in ranked.prefix(maxTraitsPerRole) {
                var back = "\(role.name) (\(role.certification))"
                if let quote = trait.evidence.first { back += "\n“\(quote.text)”" }
                add(Flashcard(noteType: .basic, front: "Which role does the article link with '\(trait.trait)' (\(trait.kind))?",
                              back: back, gap: nil, tags: ["studykit", "trait", trait.kind, tag(role.certification)]))
            }
        }
        var keyphraseCards = 0
        let candidates = analysis.summarySentences + analysis.sentences.filter { !$0.isHeading }
        for phrase in analysis.keyphrases where keyphraseCards < maxKeyphraseCards {
            guard let sentence = candidates.first(where: { gap(phrase.phrase, in: $0.text) != nil }),
                  let gap = gap(phrase.phrase, in: sentence.text), !fronts.contains(sentence.text) else { continue }
            add(Flashcard(noteType: .cloze, front: sentence.text, back: "Key term: \(phrase.phrase)", gap: gap,
                          tags: ["studykit", "keyphrase"]))
            keyphraseCards += 1
        }
        let path = knowledge.studyPath
        if let first = path.first {
            add(Flashcard(noteType: .basic, front: "Which exam does the article's study path start with?",
                          back: first.code + (first.optional ? " (optional)" : "") + "\n" + first.why,
                          gap: nil, tags: ["studykit", "path"]))
        }
        for (earlier, later) in zip(path, path.dropFirst()) {
            add(Flashcard(noteType: .basic, front: "In the article's study path, which exam comes after \(earlier.code)?",
                          back: later.code + (later.optional ? " (optional)" : ""), gap: nil,
                          tags: ["studykit", "path", tag(later.code)]))
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
