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
        for sentence in sentences where !sentence.isHeading {
            let words = sentence.words
            for index in words.indices where words[index].kind == .word && !words[index].isStopWord {
                let before = index > 0 ? words[index - 1].lower : ""
                let after = index + 1 < words.count ? words[index + 1].lower : ""
                var seen = evidence[words[index].lower] ?? (0, 0)
                if nounBefore.contains(before) { seen.noun += 1 }
                // Only an inflected form before "the"/"them" is taken for a verb: a bare noun
                // meets "the" across an unpunctuated clause break ("during sleep the brain").
                let inflected = Self.isInflected(words[index].lower)
                if verbBefore.contains(before) || (inflected && verbAfter.contains(after)) { seen.verb += 1 }
                evidence[words[index].lower] = seen
            }
        }
    }

    /// The same tally over interned words: each form's contexts are classified once.
    mutating func observe(_ words: PhraseWords) {
        let forms = words.forms
        let counted = forms.map { $0.kind == .word && !$0.isStopWord }
        let nounContext = forms.map { nounBefore.contains($0.lower) }
        let verbContext = forms.map { verbBefore.contains($0.lower) }
        let verbFollower = forms.map { verbAfter.contains($0.lower) }
        let inflected = forms.map { Self.isInflected($0.lower) }
        let noNeighbour = (noun: nounBefore.contains(""), verb: verbBefore.contains(""), after: verbAfter.contains(""))
        var tally = [(noun: Int, verb: Int)](repeating: (0, 0), count: forms.count)
        var seen = [Bool](repeating: false, count: forms.count)
        for (sentenceIndex, sentence) in words.sentences.enumerated() where !sentence.isHeading {
            let base = words.starts[sentenceIndex]
            let end = words.starts[sentenceIndex + 1]
            for index in base..<end {
                let form = Int(words.formOfWord[index])
                guard counted[form] else { continue }
                let before = index > base ? Int(words.formOfWord[index - 1]) : -1
                let after = index + 1 < end ? Int(words.formOfWord[index + 1]) : -1
                seen[form] = true
                if before >= 0 ? nounContext[before] : noNeighbour.noun { tally[form].noun += 1 }
                let verbBeforeIt = before >= 0 ? verbContext[before] : noNeighbour.verb
                let verbAfterIt = after >= 0 ? verbFollower[after] : noNeighbour.after
                if verbBeforeIt || (inflected[form] && verbAfterIt) { tally[form].verb += 1 }
            }
        }
        for form in forms.indices where seen[form] {
            let old = evidence[forms[form].lower] ?? (0, 0)
            evidence[forms[form].lower] = (old.noun + tally[form].noun, old.verb + tally[form].verb)
        }
    }

    /// True when this form reads as a verb here: a listed verb form or mostly
    /// used like one, unless this text more often uses it as a noun.
    func isVerbLike(_ word: Word) -> Bool {
        guard word.kind == .word else { return false }
        let seen = evidence[word.lower] ?? (0, 0)
        if verbForms.contains(word.lower) { return seen.noun <= seen.verb || seen.noun == 0 }
        return seen.verb > seen.noun
    }

    /// True for a form shaped like an adjective ("operational", "symbiotic").
    func isAdjectiveLike(_ word: Word) -> Bool {
        guard word.kind == .word, !knownNouns.contains(word.lower) else { return false }
        if adjectives.contains(word.lower) { return true }
        let length = word.lower.utf8.count
        return rules.adjectiveSuffixes.contains { suffix in
            length >= suffix.utf8.count + 3 && word.lower.hasSuffix(suffix)
        }
    }

    /// True for a past tense or participle form ("closed", "called").
    func isParticiple(_ word: Word) -> Bool {
        guard word.kind == .word, !knownNouns.contains(word.lower) else { return false }
        let lower = word.lower
        if verbForms.contains(lower) && (lower.hasSuffix("ed") || irregularForms.contains(lower)) {
            return true
        }
        return lower.utf8.count >= 5 && lower.hasSuffix("ed") && !lower.hasSuffix("eed")
    }

    /// Whether a phrase may end with this word: a noun-like word, a code, a number or a name.
    /// `isName` says the text writes it capitalised mid-sentence (names are nouns).
    func canEnd(_ word: Word, isName: Bool) -> Bool {
        guard word.kind == .word else { return true }
        if isName { return !verbForms.contains(word.lower) }
        if word.lower.hasSuffix("ly") && word.lower.utf8.count > 4 && !knownNouns.contains(word.lower) { return false }
        return !isVerbLike(word) && !isAdjectiveLike(word) && !isParticiple(word)
    }

    /// An "-ing" form never used as a noun in this text ("looking", "running"):
    /// not a keyphrase on its own, unlike "networking" after "of" or "the".
    func isBareGerund(_ word: Word) -> Bool {
        guard word.kind == .word, word.lower.utf8.count > 5, word.lower.hasSuffix("ing"),
              !knownNouns.contains(word.lower) else { return false }
        return (evidence[word.lower]?.noun ?? 0) == 0
    }

    /// Whether a phrase may start with (or hold inside) this word: anything but a verb.
    /// A participle may open a phrase as an adjective ("managed disks"); after another
    /// word of the phrase, a listed verb's past form is the verb ("pandemic exposed weaknesses").
    func canStartOrContinue(_ word: Word, atStart: Bool) -> Bool {
        guard word.kind == .word else { return true }
        if word.lower.hasSuffix("ly") && word.lower.utf8.count > 4 && !knownNouns.contains(word.lower) { return false }
        if isParticiple(word) {
            if (evidence[word.lower]?.noun ?? 0) > 0 { return true }
            // Irregular pasts ("left Britain", "kept costs") are verbs even first.
            return (atStart && !irregularForms.contains(word.lower)) || !verbForms.contains(word.lower)
        }
        return !isVerbLike(word)
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
        guard word.kind == .word, !isName, !word.isCapitalized, !knownNouns.contains(word.lower) else { return false }
        return word.lower.utf8.count > 3 && word.lower.hasSuffix("s") && Self.isInflected(word.lower)
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
