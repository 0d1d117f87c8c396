import Foundation

/// The data behind the glossary (`glossary-rules.json`): which phrasings mark a
/// sentence as the definition of a term. Kept as data so a new phrasing is an
/// edit to a JSON file, not to code.
struct GlossaryRules: Decodable, Sendable {
    struct Pattern: Decodable, Sendable {
        var name: String
        /// Text around `{term}`, e.g. `"{term} refers to "`.
        var pattern: String
    }

    struct Example: Decodable, Sendable {
        var term: String
        var sentence: String
        var defines: Bool
    }

    var definingPatterns: [Pattern]
    /// Shorter sentences are too thin to explain a term (unless they define it).
    var minimumWords: Int
    /// Longer sentences make poor cards and glossary entries.
    var maximumWords: Int
    /// How many of the article's keyphrases become glossary terms.
    var maxKeyphrases: Int
    var examples: [Example]?

    static func standard() throws -> GlossaryRules {
        try DataFile.load(GlossaryRules.self, named: "glossary-rules")
    }

    /// The first pattern by which `sentence` defines `term`, and whether the match opens
    /// the sentence (only "the", "a" or "an" before it) — such sentences are about the term.
    func definingPattern(term: String, in sentence: String) -> (rule: Int, opensSentence: Bool)? {
        let text = TermSearch.fold(sentence)
        let folded = TermSearch.fold(term)
        for (index, rule) in definingPatterns.enumerated() {
            let parts = rule.pattern.components(separatedBy: "{term}")
            guard parts.count == 2 else { continue }
            let before = TermSearch.fold(parts[0]), after = TermSearch.fold(parts[1])
            if let offset = TermSearch.firstMatch(before + folded + after, in: text,
                                                  boundaryBefore: before.isEmpty, boundaryAfter: after.isEmpty) {
                let lead = String(decoding: text[..<offset], as: UTF8.self)
                    .trimmingCharacters(in: .whitespaces.union(.punctuationCharacters))
                return (index, before.isEmpty && ["", "the", "a", "an"].contains(lead))
            }
        }
        return nil
    }
}

/// Case-insensitive whole-word search on UTF-8 bytes (linear per haystack).
enum TermSearch {
    /// Lower-cased with curly apostrophes and quotes made straight, as UTF-8 bytes.
    static func fold(_ text: String) -> [UInt8] {
        let lowered = Array(text.lowercased().utf8)
        var out: [UInt8] = []
        out.reserveCapacity(lowered.count)
        var index = 0
        while index < lowered.count {
            // ‘ ’ (E2 80 98/99) → ' and “ ” (E2 80 9C/9D) → ", byte for byte.
            if lowered[index] == 0xE2, index + 2 < lowered.count, lowered[index + 1] == 0x80 {
                switch lowered[index + 2] {
                case 0x98, 0x99: out.append(UInt8(ascii: "'")); index += 3; continue
                case 0x9C, 0x9D: out.append(UInt8(ascii: "\"")); index += 3; continue
                default: break
                }
            }
            out.append(lowered[index])
            index += 1
        }
        return out
    }

    /// True when `needle` occurs in `haystack`; `boundaryBefore`/`After` demand that
    /// no letter or digit touches the match on that side.
    static func contains(_ needle: [UInt8], in haystack: [UInt8],
                         boundaryBefore: Bool = true, boundaryAfter: Bool = true) -> Bool {
        firstMatch(needle, in: haystack, boundaryBefore: boundaryBefore, boundaryAfter: boundaryAfter) != nil
    }

    /// Byte offset of the first whole-word match.
    static func firstMatch(_ needle: [UInt8], in haystack: [UInt8],
                           boundaryBefore: Bool = true, boundaryAfter: Bool = true) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let first = needle[0]
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first, matches(needle, haystack, at: start),
               !boundaryBefore || !isWordCharacter(endingAt: start, in: haystack),
               !boundaryAfter || !isWordCharacter(startingAt: start + needle.count, in: haystack) {
                return start
            }
            start += 1
        }
        return nil
    }

    private static func matches(_ needle: [UInt8], _ haystack: [UInt8], at start: Int) -> Bool {
        var index = 1
        while index < needle.count {
            if haystack[start + index] != needle[index] { return false }
            index += 1
        }
        return true
    }

    /// True when the character that ends just before `end` is a letter or digit.
    private static func isWordCharacter(endingAt end: Int, in bytes: [UInt8]) -> Bool {
        guard end > 0 else { return false }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(startingAt: start, in: bytes)
    }

    /// True when the character that starts at `start` is a letter or digit.
    private static func isWordCharacter(startingAt start: Int, in bytes: [UInt8]) -> Bool {
        guard start < bytes.count else { return false }
        let lead = bytes[start]
        if lead < 0x80 {
            return (0x30...0x39).contains(lead) || (0x61...0x7A).contains(lead) || (0x41...0x5A).contains(lead)
        }
        var end = start + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
