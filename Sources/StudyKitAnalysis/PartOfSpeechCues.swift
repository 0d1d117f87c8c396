import StudyKitModel
import StudyKitRules

/// Light part-of-speech guesses for phrase edges, without a tagger.
///
/// A keyphrase names a thing, so it should end in a noun and hold no verb.
/// Two kinds of evidence, both cheap: the word's form (adjective suffixes,
/// past participles, listed verbs and their regular inflections; English
/// adjectives do not inflect, so "-als" is a plural noun) and how this text
/// uses the exact form (after "the", "their", "of" → noun; after "to", a modal
/// or a subject pronoun, or before "the" → verb).
struct PartOfSpeechCues {
    private let rules: KeyphraseRules.PartOfSpeech
    private let verbForms: Set<String>
    private let knownNouns: Set<String>
    private let adjectives: Set<String>
    private let irregularForms: Set<String>
    private let nounBefore: Set<String>
    private let verbBefore: Set<String>
    private let verbAfter: Set<String>
    /// Per lower-cased form: (noun contexts, verb contexts) seen in this text.
    private var evidence: [String: (noun: Int, verb: Int)] = [:]

    init(rules: KeyphraseRules.PartOfSpeech) {
        self.rules = rules
        verbForms = Self.inflections(of: rules.verbs).union(rules.irregularVerbForms)
            .union(rules.prepositionLikeVerbs)
        knownNouns = Set(rules.knownNouns)
        adjectives = Set(rules.adjectives)
        irregularForms = Set(rules.irregularVerbForms)
        nounBefore = Set(rules.nounContextBefore)
        verbBefore = Set(rules.verbContextBefore)
        verbAfter = Set(rules.verbContextAfter)
    }

    /// Tallies the noun and verb contexts of every word form in `sentences`.
    mutating func observe(_ sentences: [AnalysedSentence]) {
        observe(PhraseWords(sentences))
    }

    /// The same tally over interned words: each form's contexts are classified once.
    mutating func observe(_ words: PhraseWords) {
        let tally = tallies(words)
        for (form, seen) in tally.enumerated() where seen.counted {
            let old = evidence[words.forms[form].lower] ?? (0, 0)
            evidence[words.forms[form].lower] = (old.noun + seen.noun, old.verb + seen.verb)
        }
    }

    /// Per form of `words`: its noun and verb contexts there (headings aside), and
    /// whether it is a form that is counted at all (a `.word` that is not a stop word).
    func tallies(_ words: PhraseWords) -> [(noun: Int, verb: Int, counted: Bool)] {
        let forms = words.forms
        let counted = forms.map { $0.kind == .word && !$0.isStopWord }
        let nounContext = forms.map { nounBefore.contains($0.lower) }
        let verbContext = forms.map { verbBefore.contains($0.lower) }
        let verbFollower = forms.map { verbAfter.contains($0.lower) }
        let inflected = forms.map { Self.isInflected($0.lower) }
        let noNeighbour = (noun: nounBefore.contains(""), verb: verbBefore.contains(""), after: verbAfter.contains(""))
        var tally = [(noun: Int, verb: Int, counted: Bool)](repeating: (0, 0, false), count: forms.count)
        for (sentenceIndex, sentence) in words.sentences.enumerated() where !sentence.isHeading {
            let base = words.starts[sentenceIndex]
            let end = words.starts[sentenceIndex + 1]
            for index in base..<end {
                let form = Int(words.formOfWord[index])
                guard counted[form] else { continue }
                let before = index > base ? Int(words.formOfWord[index - 1]) : -1
                let after = index + 1 < end ? Int(words.formOfWord[index + 1]) : -1
                tally[form].counted = true
                if before >= 0 ? nounContext[before] : noNeighbour.noun { tally[form].noun += 1 }
                let verbBeforeIt = before >= 0 ? verbContext[before] : noNeighbour.verb
                let verbAfterIt = after >= 0 ? verbFollower[after] : noNeighbour.after
                if verbBeforeIt || (inflected[form] && verbAfterIt) { tally[form].verb += 1 }
            }
        }
        return tally
    }

    /// What a form's spelling says on its own, before any context: worked out once
    /// per form (set lookups and suffix tests), then combined with the context
    /// tallies by the predicates below.
    struct Shape: OptionSet, Sendable {
        let rawValue: UInt16
        /// A `.word` token (codes, numbers and punctuation are never verbs or adjectives).
        static let word = Shape(rawValue: 1 << 0)
        /// A listed verb, its regular inflection or an irregular form.
        static let verbForm = Shape(rawValue: 1 << 1)
        static let adjectiveLike = Shape(rawValue: 1 << 2)
        static let participle = Shape(rawValue: 1 << 3)
        /// An "-ly" adverb shape ("quickly"), unless a listed noun.
        static let adverbLike = Shape(rawValue: 1 << 4)
        /// An "-ing" form of six letters or more, unless a listed noun.
        static let gerundLike = Shape(rawValue: 1 << 5)
        static let irregularForm = Shape(rawValue: 1 << 6)
        /// A plural or third-person shape, unless a listed noun (see `stopsPhrase`).
        static let pluralLike = Shape(rawValue: 1 << 7)
    }

    /// Noun and verb contexts of one form in the text read so far.
    typealias Tally = (noun: Int, verb: Int)

    func shape(lower: String, kind: Word.Kind) -> Shape {
        guard kind == .word else { return [] }
        var shape: Shape = .word
        let known = knownNouns.contains(lower)
        let length = lower.utf8.count
        let isVerbForm = verbForms.contains(lower)
        let isIrregular = irregularForms.contains(lower)
        if isVerbForm { shape.insert(.verbForm) }
        if isIrregular { shape.insert(.irregularForm) }
        guard !known else { return shape }
        if adjectives.contains(lower) || rules.adjectiveSuffixes.contains(where: { suffix in
            length >= suffix.utf8.count + 3 && lower.hasSuffix(suffix)
        }) {
            shape.insert(.adjectiveLike)
        }
        if (isVerbForm && (lower.hasSuffix("ed") || isIrregular))
            || (length >= 5 && lower.hasSuffix("ed") && !lower.hasSuffix("eed")) {
            shape.insert(.participle)
        }
        if lower.hasSuffix("ly") && length > 4 { shape.insert(.adverbLike) }
        if length > 5 && lower.hasSuffix("ing") { shape.insert(.gerundLike) }
        if length > 3 && lower.hasSuffix("s") && Self.isInflected(lower) { shape.insert(.pluralLike) }
        return shape
    }

    func shape(of word: Word) -> Shape { shape(lower: word.lower, kind: word.kind) }

    /// The noun and verb contexts this text gave the form.
    func tally(_ lower: String) -> Tally { evidence[lower] ?? (0, 0) }

    /// True when this form reads as a verb here: a listed verb form or mostly
    /// used like one, unless this text more often uses it as a noun.
    func isVerbLike(_ word: Word) -> Bool { Self.isVerbLike(shape(of: word), tally(word.lower)) }

    static func isVerbLike(_ shape: Shape, _ seen: Tally) -> Bool {
        guard shape.contains(.word) else { return false }
        if shape.contains(.verbForm) { return seen.noun <= seen.verb || seen.noun == 0 }
        return seen.verb > seen.noun
    }

    /// Whether a phrase may end with this word: a noun-like word, a code, a number or a name.
    /// `isName` says the text writes it capitalised mid-sentence (names are nouns).
    func canEnd(_ word: Word, isName: Bool) -> Bool {
        Self.canEnd(shape(of: word), tally(word.lower), isName: isName)
    }

    static func canEnd(_ shape: Shape, _ seen: Tally, isName: Bool) -> Bool {
        guard shape.contains(.word) else { return true }
        if isName { return !shape.contains(.verbForm) }
        if shape.contains(.adverbLike) { return false }
        return !isVerbLike(shape, seen) && shape.isDisjoint(with: [.adjectiveLike, .participle])
    }

    /// An "-ing" form never used as a noun in this text ("looking", "running"):
    /// not a keyphrase on its own, unlike "networking" after "of" or "the".
    func isBareGerund(_ word: Word) -> Bool { Self.isBareGerund(shape(of: word), tally(word.lower)) }

    static func isBareGerund(_ shape: Shape, _ seen: Tally) -> Bool {
        shape.contains(.gerundLike) && seen.noun == 0
    }

    /// Whether a phrase may start with (or hold inside) this word: anything but a verb.
    /// A participle may open a phrase as an adjective ("managed disks"); after another
    /// word of the phrase, a listed verb's past form is the verb ("pandemic exposed weaknesses").
    func canStartOrContinue(_ word: Word, atStart: Bool) -> Bool {
        Self.canStartOrContinue(shape(of: word), tally(word.lower), atStart: atStart)
    }

    static func canStartOrContinue(_ shape: Shape, _ seen: Tally, atStart: Bool) -> Bool {
        guard shape.contains(.word) else { return true }
        if shape.contains(.adverbLike) { return false }
        if shape.contains(.participle) {
            if seen.noun > 0 { return true }
            // Irregular pasts ("left Britain", "kept costs") are verbs even first.
            return (atStart && !shape.contains(.irregularForm)) || !shape.contains(.verbForm)
        }
        return !isVerbLike(shape, seen)
    }

    /// Ends like a third-person verb, a plural, a past form or a participle: "-s" (not "-ss", "-us", "-is"), "-ed", "-ing".
    static func isInflected(_ lower: String) -> Bool {
        if lower.hasSuffix("ed") || lower.hasSuffix("ing") { return true }
        return lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
            && !lower.hasSuffix("'s")
    }

    /// True when a phrase may not run on past this word: a plural or third-person
    /// form rarely modifies a following noun ("temperature increases acetic acid").
    func stopsPhrase(_ word: Word, isName: Bool) -> Bool {
        Self.stopsPhrase(shape(of: word), isName: isName, isCapitalized: word.isCapitalized)
    }

    static func stopsPhrase(_ shape: Shape, isName: Bool, isCapitalized: Bool) -> Bool {
        shape.contains(.pluralLike) && !isName && !isCapitalized
    }

    /// Regular forms of base verbs: -s/-es/-ies, -ed/-d/-ied, doubled final consonant.
    static func inflections(of verbs: [String]) -> Set<String> {
        var forms = Set<String>()
        for verb in verbs {
            forms.insert(verb)
            if verb.hasSuffix("y"), let stem = Optional(String(verb.dropLast())),
               let before = stem.last, !"aeiou".contains(before) {
                forms.insert(stem + "ies")
                forms.insert(stem + "ied")
                continue
            }
            if verb.hasSuffix("e") {
                forms.insert(verb + "s")
                forms.insert(verb + "d")
                continue
            }
            let sibilant = ["s", "x", "z", "ch", "sh"].contains { verb.hasSuffix($0) }
            forms.insert(verb + (sibilant ? "es" : "s"))
            forms.insert(verb + "ed")
            if let last = verb.last, !"aeiouwxy".contains(last), verb.count >= 3 {
                let tail = Array(verb.suffix(3))
                if !"aeiou".contains(tail[0]) && "aeiou".contains(tail[1]) { forms.insert(verb + String(last) + "ed") }
            }
        }
        return forms
    }
}
