/// Finds catalogue and lexicon phrases in analysed words in one pass.
///
/// Phrases are split into tokens the way the tokenizer splits prose; a token
/// matches a word by stem ("storage accounts" finds "storage account") or, in
/// `.exact` mode, by lower-case form with an optional plural or possessive, so
/// names such as "administrator" do not also match "administration". A phrase
/// added as `exact` matches that way in either mode: for words whose stem an
/// unrelated word shares ("practical" and "practice" both stem to "practic").
struct PhraseIndex<Value: Sendable>: Sendable {
    enum Mode: Sendable { case stem, exact }

    struct Match: Sendable {
        var value: Value
        /// Word indices inside the sentence.
        var words: Range<Int>
    }

    private struct Entry: Sendable {
        var tokens: [Token]
        var value: Value
        var exact: Bool
    }

    private struct Token: Sendable, Hashable {
        var lower: String
        var stem: String
    }

    let mode: Mode
    private let stemmer = EnglishStemmer()
    private var byFirstKey: [String: [Entry]] = [:]

    init(mode: Mode) {
        self.mode = mode
    }

    mutating func add(_ phrase: String, value: Value, exact: Bool = false) {
        let tokens = Self.split(phrase).map { Token(lower: $0, stem: Self.isAlphabetic($0) ? stemmer.stem($0) : $0) }
        guard !tokens.isEmpty else { return }
        let entry = Entry(tokens: tokens, value: value, exact: exact || mode == .exact)
        let first = tokens[0]
        let keys = entry.exact ? Set([first.lower]) : Set([first.lower, first.stem])
        for key in keys { byFirstKey[key, default: []].append(entry) }
    }

    /// Every occurrence, overlapping allowed, in word order (longest first at a position).
    func allMatches(in words: [Word]) -> [Match] {
        var result: [Match] = []
        for start in words.indices {
            var candidates: [Entry] = []
            for key in keys(of: words[start]) { candidates += byFirstKey[key] ?? [] }
            var found: [Match] = []
            for entry in candidates {
                if let end = matchEnd(entry, in: words, from: start) {
                    found.append(Match(value: entry.value, words: start..<end))
                }
            }
            result += found.sorted { $0.words.count > $1.words.count }
        }
        return result
    }

    /// Longest match at each position, never overlapping, left to right.
    func longestMatches(in words: [Word]) -> [Match] {
        var result: [Match] = []
        var next = 0
        for match in allMatches(in: words) where match.words.lowerBound >= next {
            result.append(match)
            next = match.words.upperBound
        }
        return result
    }

    private func keys(of word: Word) -> [String] {
        let forms = Self.exactForms(of: word.lower)
        return mode == .stem ? forms + [word.stem].filter { !forms.contains($0) } : forms
    }

    private func matchEnd(_ entry: Entry, in words: [Word], from start: Int) -> Int? {
        var index = start
        for token in entry.tokens {
            guard index < words.count, matches(token, words[index], exact: entry.exact) else { return nil }
            index += 1
        }
        return index
    }

    private func matches(_ token: Token, _ word: Word, exact: Bool) -> Bool {
        exact ? Self.exactForms(of: word.lower).contains(token.lower)
              : word.lower == token.lower || word.stem == token.stem
    }

    /// "administrators" and "administrator's" stand for "administrator".
    static func exactForms(of lower: String) -> [String] {
        var forms = [lower]
        for suffix in ["'s", "’s", "s'", "s"] where lower.hasSuffix(suffix) && lower.count > suffix.count + 2 {
            forms.append(String(lower.dropLast(suffix.count)))
        }
        return forms
    }

    /// Lower-cased tokens: runs of letters and digits (with inner hyphens or
    /// apostrophes) and single symbols, as the tokenizer would cut them.
    static func split(_ phrase: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        let scalars = Array(phrase.lowercased().replacingOccurrences(of: "’", with: "'").unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let isInner = (scalar == "-" || scalar == "'") && !current.isEmpty
                && index + 1 < scalars.count
                && (scalars[index + 1].properties.isAlphabetic || ("0"..."9").contains(scalars[index + 1]))
            if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || isInner {
                current.unicodeScalars.append(scalar)
            } else {
                if !current.isEmpty { tokens.append(current); current = "" }
                if !scalar.properties.isWhitespace { tokens.append(String(scalar)) }
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }

    static func isAlphabetic(_ token: String) -> Bool {
        !token.isEmpty && token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" }
    }
}
