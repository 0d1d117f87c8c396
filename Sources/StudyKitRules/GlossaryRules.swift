import Foundation
import StudyKitText

/// The data behind the glossary (`glossary-rules.json`): which phrasings mark a
/// sentence as the definition of a term. Kept as data so a new phrasing is an
/// edit to a JSON file, not to code.
public struct GlossaryRules: Decodable, Sendable {
    package struct Pattern: Decodable, Sendable {
        package var name: String
        /// Text around `{term}`, e.g. `"{term} refers to "`.
        var pattern: String
    }

    struct Example: Decodable, Sendable {
        var term: String
        var sentence: String
        var defines: Bool
    }

    /// Words that may stand before a term in a sentence that still opens with it ("The tenant is …").

    package var leadWords: [String]

    package var definingPatterns: [Pattern]
    /// Shorter sentences are too thin to explain a term (unless they define it).
    package var minimumWords: Int
    /// Longer sentences make poor cards and glossary entries.
    package var maximumWords: Int
    /// How many of the article's keyphrases become glossary terms.
    package var maxKeyphrases: Int
    var examples: [Example]?
    /// How flashcards and quiz questions are chosen (see `glossary-rules.json`, `studyAids`).
    package var studyAids: StudyAidRules

    /// Sentence shapes that define a term the sentence opens with (see `glossary-rules.json`).
    package var definitionShapes: DefinitionShapes

    package struct DefinitionShapes: Decodable, Sendable {
        package var copulas: [String]
        package var articles: [String]
        package var relations: [String]
        package var namings: [String]
        package var pluralRelatives: [String]
        package var notClassWords: [String]
        /// Class words that name their class after "of" ("a type of short-term memory"): the noun after "of" is the class.
        package var classOfWords: [String]
        package var notTermWords: [String]
        package var maxTermWords: Int
        package var minimumDefinitionWords: Int
        package var labelSeparators: [String]
        /// Small words an acronym's letters skip ("Department of Defense" → DoD).
        package var connectors: [String]
        /// A label line in running prose ("Latency: …") has a colon and at most this many words.
        package var labelWordsInProse: Int
        /// Small words a name after "is called" may hold ("law of independent assortment").
        package var nameConnectors: [String]
        /// First words of captions and page furniture ("Figure 3", "Page 56"): never terms or facts.
        package var captionOpenings: [String]
        /// Words that make a label's explanation the author's own story ("EX436: I found …"), not a definition.
        package var firstPersonWords: [String]
        /// First words of a label's explanation that make it advice or a pointer ("Forums: If you …").
        package var adviceOpenings: [String]
        /// Words that are values, not explanations, when a label's explanation opens with them ("Duration: two hours").
        package var numberWords: [String]
        /// Words that make a sentence a story about persons ("his", "she"), not a definition.
        package var narrativeWords: [String]
        /// Class nouns that make the term a person ("Pi I-hsun, the author of …"), not a subject term.
        package var personClassWords: [String]
        /// Words after "is a" that judge instead of classify ("a fantastic blog engine").
        package var evaluativeWords: [String]
        /// Determiners that point at what came before ("this brain work"): a naming after one names it there.
        package var demonstrativeWords: [String]
        /// Words that point into the page ("the text you pasted above"): a sentence with one leans on it.
        package var pointerWords: [String]
        /// Column headers of a table that sets two sides against each other ("Advantages |
        /// Disadvantages"): its rows pair items, they define none.
        package var contrastHeaders: [String]
    }

    /// The first pattern by which `sentence` defines `term`, and whether the match opens
    /// the sentence (only "the", "a" or "an" before it) — such sentences are about the term.
    func definingPattern(term: String, in sentence: String) -> (rule: Int, opensSentence: Bool)? {
        definingPattern(foldedTerm: TermSearch.fold(term), inFolded: TermSearch.fold(sentence), patterns: foldedPatterns())
    }

    /// A pattern split around `{term}` and folded (see `TermSearch.fold`); `rule` indexes `definingPatterns`.
    package struct FoldedPattern {
        var rule: Int
        var before: [UInt8]
        var after: [UInt8]
    }

    /// The patterns ready for matching; made once per glossary, not once per sentence.
    package func foldedPatterns() -> [FoldedPattern] {
        definingPatterns.enumerated().compactMap { index, rule in
            let parts = rule.pattern.components(separatedBy: "{term}")
            guard parts.count == 2 else { return nil }
            return FoldedPattern(rule: index, before: TermSearch.fold(parts[0]), after: TermSearch.fold(parts[1]))
        }
    }

    /// What is trimmed from the text before a match; built once, not per candidate term.
    private static let leadEdges = CharacterSet.whitespaces.union(.punctuationCharacters)

    /// `definingPattern(term:in:)` on text and term already folded.
    package func definingPattern(foldedTerm: [UInt8], inFolded text: [UInt8],
                         patterns: [FoldedPattern]) -> (rule: Int, opensSentence: Bool)? {
        for pattern in patterns {
            if let offset = TermSearch.firstMatch(pattern.before + foldedTerm + pattern.after, in: text,
                                                  boundaryBefore: pattern.before.isEmpty,
                                                  boundaryAfter: pattern.after.isEmpty) {
                let lead = String(decoding: text[..<offset], as: UTF8.self)
                    .trimmingCharacters(in: Self.leadEdges)
                return (pattern.rule, pattern.before.isEmpty && (lead.isEmpty || leadWords.contains(lead)))
            }
        }
        return nil
    }
}

/// How the study aids pick their items (`glossary-rules.json`, `studyAids`).
package struct StudyAidRules: Decodable, Sendable {
    package var factCues: [String]
    package var metaOpenings: [String]
    package var minimumFactWords: Int
    package var maximumFactWords: Int
    package var flashcardCount: Int
    package var quizCount: Int
    package var reviewQuestionsPerChapter: Int
    /// Words of section titles whose sections are front or back matter (errata, about the author).
    package var skipSectionWords: [String]
    /// Words that, among a sentence's first three, make it the author's own story.
    package var narration: [String]
    /// Words that make a sentence lean on its surroundings ("the former", "Figure 3").
    package var contextWords: [String]
    /// A gap answer used in more sentences than this is guessed, not recalled.
    package var maximumAnswerSentences: Int
    /// First words that make a sentence lean on the one before ("It", "This", "You get this …").
    package var dependentOpenings: [String]
    /// Content words a blank's sentence needs outside the blank to point at one term.
    package var minimumClueWords: Int
    /// Words that, before a number, point at a place in the article ("line 16", "Table 2").
    package var numberedReferenceWords: [String]
    /// Words of a body's name ("Academy", "Foundation"): an acronym of a cited body is no card.
    package var organisationWords: [String]
}
