/// Tunables and word lists for keyphrase extraction, loaded from
/// `Resources/keyphrase-rules.json` so they can be changed without code.
public struct KeyphraseRules: Decodable, Sendable {
    /// Longest phrase, in words (connectors included).
    package var maxWords: Int
    /// Stop words allowed inside a phrase, never at its ends ("separation of duties").
    package var innerConnectors: [String]
    /// Words that are not stop words but make poor phrase edges
    /// (generic verbs, adverbs, vague nouns): never first or last.
    package var weakEdgeWords: [String]
    /// Content words this far apart (in tokens, same sentence) are linked in the word graph.
    package var cooccurrenceWindow: Int
    /// Reciprocal-rank fusion constant: larger flattens the gap between ranks.
    package var fusionConstant: Double
    /// Weight of the YAKE-style statistical ranking in the fusion.
    package var statisticalWeight: Double
    /// Weight of the PositionRank-style graph ranking in the fusion.
    package var graphWeight: Double
    /// How much a phrase seen once is worth against one seen twice or more.
    package var singleOccurrenceFactor: Double
    /// A longer phrase that contains a better-ranked one is dropped unless it
    /// occurs at least this fraction as often (stops "AZ-104 exam" crowding "AZ-104").
    package var containingPhraseMinShare: Double
    /// Score factor for a phrase that is a skill keyword of an exam the text names by
    /// code ("governance" in an article on AZ-104): the official outline says what the
    /// text is about. Texts that name no catalogued exam are not affected.
    package var examVocabularyBoost: Double
    /// Only exams named at least this share as often as the most named one count
    /// (an article on AZ-104 and AZ-305 that mentions AZ-900 twice is not about AZ-900).
    package var examVocabularyMinShare: Double
    package var partOfSpeech: PartOfSpeech
    package var spread: Spread
    var examples: [Example]

    /// Word shapes and contexts that tell nouns from verbs and adjectives (see `PartOfSpeechCues`).
    package struct PartOfSpeech: Decodable, Sendable {
        /// Endings of adjectives ("-al", "-ive"); such a word may not end a phrase.
        package var adjectiveSuffixes: [String]
        /// Common adjectives without a telltale ending ("low", "intact"); never the last word.
        package var adjectives: [String]
        /// Nouns that look like adjectives, adverbs or participles ("professional", "archive", "speed").
        package var knownNouns: [String]
        /// Base forms of common verbs that are rarely nouns; their regular inflections are derived.
        package var verbs: [String]
        /// Irregular past forms ("kept", "made"), treated like participles.
        package var irregularVerbForms: [String]
        /// Participles that work as prepositions ("using", "including"); never inside a phrase.
        package var prepositionLikeVerbs: [String]
        /// A word right after one of these is used as a noun ("the", "their", "of").
        package var nounContextBefore: [String]
        /// A word right after one of these is used as a verb ("to", "can", "they").
        package var verbContextBefore: [String]
        /// A word right before one of these is used as a verb ("… the", "… them").
        package var verbContextAfter: [String]
    }

    /// How a term is spread over the text's parts (sections, or equal chunks when there are too few).
    package struct Spread: Decodable, Sendable {
        /// Common English words; a phrase made only of them, spread evenly, is generic.
        package var commonWords: [String]
        /// Score factor for such generic phrases.
        package var genericFactor: Double
        /// Spread ratio (parts holding the term ÷ parts expected by chance) from which a term counts as even.
        package var evenSpreadRatio: Double
        /// Score bonus per unit of burstiness (1 − spread ratio) for recurring, concentrated terms.
        package var topicalBoost: Double
        /// A term must occur in at least this many sentences to count as topical.
        package var topicalMinSentences: Int
        /// Texts with fewer sections are cut into this many equal chunks; more sections are grouped into as many.
        package var parts: Int
    }

    /// A text with phrases that must (or must not) appear in its top ten.
    struct Example: Decodable, Sendable {
        var text: String
        var shouldInclude: [String]
        var shouldNotInclude: [String]
    }
}
