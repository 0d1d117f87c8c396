/// Tunables and word lists for keyphrase extraction, loaded from
/// `Resources/keyphrase-rules.json` so they can be changed without code.
struct KeyphraseRules: Decodable, Sendable {
    /// Longest phrase, in words (connectors included).
    var maxWords: Int
    /// Stop words allowed inside a phrase, never at its ends ("separation of duties").
    var innerConnectors: [String]
    /// Words that are not stop words but make poor phrase edges
    /// (generic verbs, adverbs, vague nouns): never first or last.
    var weakEdgeWords: [String]
    /// Content words this far apart (in tokens, same sentence) are linked in the word graph.
    var cooccurrenceWindow: Int
    /// Reciprocal-rank fusion constant: larger flattens the gap between ranks.
    var fusionConstant: Double
    /// Weight of the YAKE-style statistical ranking in the fusion.
    var statisticalWeight: Double
    /// Weight of the PositionRank-style graph ranking in the fusion.
    var graphWeight: Double
    /// How much a phrase seen once is worth against one seen twice or more.
    var singleOccurrenceFactor: Double
    /// A longer phrase that contains a better-ranked one is dropped unless it
    /// occurs at least this fraction as often (stops "AZ-104 exam" crowding "AZ-104").
    var containingPhraseMinShare: Double
    /// Score factor for a phrase that is a skill keyword of an exam the text names by
    /// code ("governance" in an article on AZ-104): the official outline says what the
    /// text is about. Texts that name no catalogued exam are not affected.
    var examVocabularyBoost: Double
    /// Only exams named at least this share as often as the most named one count
    /// (an article on AZ-104 and AZ-305 that mentions AZ-900 twice is not about AZ-900).
    var examVocabularyMinShare: Double
    var partOfSpeech: PartOfSpeech
    var spread: Spread
    var examples: [Example]

    /// Word shapes and contexts that tell nouns from verbs and adjectives (see `PartOfSpeechCues`).
    struct PartOfSpeech: Decodable, Sendable {
        /// Endings of adjectives ("-al", "-ive"); such a word may not end a phrase.
        var adjectiveSuffixes: [String]
        /// Common adjectives without a telltale ending ("low", "intact"); never the last word.
        var adjectives: [String]
        /// Nouns that look like adjectives, adverbs or participles ("professional", "archive", "speed").
        var knownNouns: [String]
        /// Base forms of common verbs that are rarely nouns; their regular inflections are derived.
        var verbs: [String]
        /// Irregular past forms ("kept", "made"), treated like participles.
        var irregularVerbForms: [String]
        /// Participles that work as prepositions ("using", "including"); never inside a phrase.
        var prepositionLikeVerbs: [String]
        /// A word right after one of these is used as a noun ("the", "their", "of").
        var nounContextBefore: [String]
        /// A word right after one of these is used as a verb ("to", "can", "they").
        var verbContextBefore: [String]
        /// A word right before one of these is used as a verb ("… the", "… them").
        var verbContextAfter: [String]
    }

    /// How a term is spread over the text's parts (sections, or equal chunks when there are too few).
    struct Spread: Decodable, Sendable {
        /// Common English words; a phrase made only of them, spread evenly, is generic.
        var commonWords: [String]
        /// Score factor for such generic phrases.
        var genericFactor: Double
        /// Spread ratio (parts holding the term ÷ parts expected by chance) from which a term counts as even.
        var evenSpreadRatio: Double
        /// Score bonus per unit of burstiness (1 − spread ratio) for recurring, concentrated terms.
        var topicalBoost: Double
        /// A term must occur in at least this many sentences to count as topical.
        var topicalMinSentences: Int
        /// Texts with fewer sections are cut into this many equal chunks; more sections are grouped into as many.
        var parts: Int
    }

    /// A text with phrases that must (or must not) appear in its top ten.
    struct Example: Decodable, Sendable {
        var text: String
        var shouldInclude: [String]
        var shouldNotInclude: [String]
    }

    static func load() throws -> KeyphraseRules {
        try DataFile.load(KeyphraseRules.self, named: "keyphrase-rules")
    }
}
