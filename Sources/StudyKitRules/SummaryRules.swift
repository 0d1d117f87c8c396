/// Tunables for extractive summaries, loaded from `Resources/summary-rules.json`.
public struct SummaryRules: Decodable, Sendable {
    /// Sentences this many places apart or closer are always compared.
    package var neighbourWindow: Int
    /// Terms found in at most this many sentences link the sentences that share
    /// them (inverted index); commoner terms only count inside the window.
    package var rareTermMaxSentences: Int
    /// Most links kept per sentence (the strongest), so cost stays linear.
    package var maxLinksPerSentence: Int
    /// Weaker similarities are not edges.
    package var minSimilarity: Double
    package var damping: Double
    /// Teleport bonus for the first sentence of a section, decaying as 1/(1+position).
    package var leadBonus: Double
    /// Teleport bonus for the document's opening sentences, decaying as 1/(1+position).
    package var documentLeadBonus: Double
    /// Teleport bonus per unit of similarity to the section's heading.
    package var headingBonus: Double
    /// Sentences with fewer content words are never chosen.
    package var minContentWords: Int
    /// Only sentences that end in one of `sentenceEnds` (before any `closingMarks`) may be chosen.
    package var requireSentenceEnd: Bool
    package var sentenceEnds: [String]
    package var closingMarks: [String]
    /// MMR trade-off: 1 ranks by centrality only, 0 by novelty only.
    package var relevanceWeight: Double
    /// A sentence this similar to a chosen one is a near-copy and never chosen.
    package var duplicateSimilarity: Double
    /// A section with fewer candidate sentences gets a one-sentence summary, else two.
    package var twoSentenceSectionMinimum: Int
    /// Facts beat rhetoric (see `summary-rules.json`).
    package var informativeness: Informativeness

    package struct Informativeness: Decodable, Sendable {
        package var questionFactor: Double
        package var leadInFactor: Double
        package var metaFactor: Double
        package var metaOpenings: [String]
        package var factFactor: Double
        package var factCues: [String]
        package var narrationFactor: Double
        package var narrationWords: [String]
        /// First-person singular words: anywhere in a sentence they make it the author's own story.
        package var anecdoteWords: [String]
        /// Phrases that, anywhere in a sentence, make it the article talking about itself.
        package var metaPhrases: [String]
        /// A section's key point needs at least this informativeness (see `informativeness`) and a
        /// sentence end: a bare title, a list lead-in, a question or an anecdote is no key point.
        package var keyPointMinimum: Double
        /// Openings that make a sentence lean on the one before ("In this case", "It", "Finally"):
        /// never a key point, which a reader sees on its own.
        package var keyPointDependentOpenings: [String]
        package var captionFactor: Double
        package var captionOpenings: [String]
        package var imperativeFactor: Double
        package var imperativeOpenings: [String]
        /// A sentence with one of `uiActions` and one of `uiElements` ("In the Overview pane,
        /// select the Delete button") is a step of a lab, an instruction wherever the verb stands.
        package var uiActions: [String]
        package var uiElements: [String]
    }
}
