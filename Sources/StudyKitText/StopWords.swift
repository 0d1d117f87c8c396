import Foundation
import StudyKitSupport

/// English function words (articles, pronouns, auxiliaries, prepositions,
/// contractions) that carry no topic, so key-term ranking can skip them.
///
/// The list is data (`Resources/stopwords-en.json`). Typographic apostrophes
/// are folded to `'` on both sides, so "don’t" and "don't" are the same entry.
public struct StopWords: Sendable {
    private let words: Set<String>

    /// A custom list; entries are lower-cased and their ’ folded to '.
    public init(words: [String]) {
        self.words = Set(words.map { Self.normalised($0.lowercased()) })
    }

    /// Whether the (already lower-cased) word is a stop word.
    public func contains(_ lowercasedWord: String) -> Bool {
        words.contains(Self.normalised(lowercasedWord))
    }

    /// The file's shape; `examples` are checked by the tests, not at run time.
    package struct File: Decodable {
        struct Examples: Decodable {
            let shouldMatch: [String]
            let shouldNotMatch: [String]
        }

        package let words: [String]
        let examples: Examples?
    }

    /// Checks a list from a data file: entries must be non-empty, lower-case, free of spaces
    /// and typographic apostrophes, and unique, so a bad edit is reported with the index of
    /// the offending word.
    package static func check(_ words: [String], path: String) throws {
        var seen = Set<String>()
        for (index, word) in words.enumerated() {
            let problem: String?
            if word.isEmpty {
                problem = "empty word"
            } else if word != word.lowercased() {
                problem = "'\(word)' is not lower-case"
            } else if word.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
                problem = "'\(word)' contains a space"
            } else if word.unicodeScalars.contains(typographicApostrophe) {
                problem = "'\(word)' uses ’; write ' instead"
            } else if !seen.insert(word).inserted {
                problem = "'\(word)' is listed twice"
            } else {
                problem = nil
            }
            if let problem {
                throw StudyKitError.badDataFile(path: path, key: "words.\(index)", reason: problem)
            }
        }
    }

    private static let typographicApostrophe: Unicode.Scalar = "\u{2019}"

    /// Folds ’ to '. Checks the bytes first: most words have no ’ and are
    /// returned as they are, without building a new string.
    static func normalised(_ word: String) -> String {
        // ’ is E2 80 99 in UTF-8; no other lead byte can start it.
        guard word.utf8.contains(0xE2) else { return word }
        return String(String.UnicodeScalarView(word.unicodeScalars.map {
            $0 == typographicApostrophe ? "'" : $0
        }))
    }
}
