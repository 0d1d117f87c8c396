import Foundation
import StudyKitSupport

/// The data behind `SentenceSegmenter`, decoded from `Resources/sentence-rules.json`.
///
/// Abbreviations are grouped by class (titles, Latin, months, units, ...) and each group
/// says when a period after one of its words may still end a sentence, so tuning the
/// segmenter is an edit to the JSON, not to the scanner.
public struct SentenceRules: Decodable, Sendable {
    /// When a period after an abbreviation ends the sentence.
    enum Ending: String, Decodable, Sendable {
        /// Never: titles ("Dr. Smith") and inline Latin ("e.g. Azure").
        case never
        /// Only before a capitalised word ("Co. It closed" ends, "Co. at noon" and "Jan. 5" do not).
        case beforeCapital
        /// Only before a sentence starter ("U.S. How", but not "U.S. Government").
        case beforeSentenceStarter
        /// Times ("a.m."): before a capital unless the sentence so far is a short
        /// introductory phrase ("At 5 a.m. Mr. Smith ...") or a time zone follows.
        case time
    }

    struct AbbreviationGroup: Decodable, Sendable {
        var ending: Ending
        var words: [String]
    }

    struct Example: Decodable, Sendable {
        var text: String
        var sentences: [String]
    }

    var schema: Int
    /// Group name → abbreviations without their final period ("e.g", "u.s", "n°").
    var abbreviations: [String: AbbreviationGroup]
    /// Capitalised words that usually open a sentence ("The", "How", "It").
    var sentenceStarters: [String]
    var timeZones: [String]
    /// Longest sentence prefix, in words, that counts as an introductory time phrase.
    var introductoryPhraseMaxWords: Int
    /// Bullets that start a list item anywhere ("•"); a new item ends the sentence before it.
    var inlineBullets: [String]
    /// Bullets that start a list item only at the start of a line and before a space ("-", "–").
    var lineStartBullets: [String]
    /// Dashes that open a new sentence at the start of a line before a space ("— @author",
    /// dialogue) but, unlike bullets, never a list item of their own.
    var lineStartDashes: [String]
    var examples: [Example]?
}

/// `SentenceRules` turned into byte lexicons for the scanner.
package struct CompiledSentenceRules: Sendable {
    var abbreviations = ByteLexicon<SentenceRules.Ending>()
    var starters = ByteLexicon<Bool>()
    var timeZones = ByteLexicon<Bool>()
    var introductoryPhraseMaxWords: Int
    var inlineBullets: [[UInt8]]
    /// First bytes of the inline bullets, so most word starts are ruled out with one load.
    var inlineBulletFirstBytes = [Bool](repeating: false, count: 256)
    var lineStartBullets: [[UInt8]]
    /// What opens a list item at the start of a line: the bullets, not the dashes.
    var lineItemBullets: [[UInt8]]

    package init(_ rules: SentenceRules, path: String = "sentence-rules.json") throws {
        introductoryPhraseMaxWords = rules.introductoryPhraseMaxWords
        inlineBullets = rules.inlineBullets.map { Array($0.utf8) }
        lineStartBullets = (rules.lineStartBullets + rules.lineStartDashes).map { Array($0.utf8) }
        lineItemBullets = (rules.inlineBullets + rules.lineStartBullets).map { Array($0.utf8) }
        for bullet in inlineBullets where !bullet.isEmpty { inlineBulletFirstBytes[Int(bullet[0])] = true }
        for name in rules.abbreviations.keys.sorted() {
            let group = rules.abbreviations[name]!
            for word in group.words {
                guard !word.isEmpty, !word.hasSuffix("."), abbreviations.insert(word, value: group.ending) else {
                    throw StudyKitError.badDataFile(path: path, key: "abbreviations.\(name)",
                                                    reason: "'\(word)' is empty, ends in a period or is listed twice")
                }
            }
        }
        for word in rules.sentenceStarters { starters.insert(word, value: true) }
        for word in rules.timeZones { timeZones.insert(word, value: true) }
    }
}
