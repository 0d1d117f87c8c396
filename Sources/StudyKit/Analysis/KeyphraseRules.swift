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
    var examples: [Example]

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
