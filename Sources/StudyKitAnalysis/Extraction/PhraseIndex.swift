import StudyKitModel
import StudyKitText

/// Finds catalogue and lexicon phrases in analysed words in one pass.
///
/// Phrases are split into tokens the way the tokenizer splits prose; a token
/// matches a word by stem ("storage accounts" finds "storage account") or, in
/// `.exact` mode, by lower-case form with an optional plural or possessive, so
/// names such as "administrator" do not also match "administration". A phrase
/// added as `exact` matches that way in either mode: for words whose stem an
/// unrelated word shares ("practical" and "practice" both stem to "practic").
///
/// Matching runs on a `WordTable`: `bound(to:)` turns the phrases into the
/// document's word ids once, so looking words up costs no string work.
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
    private var entries: [Entry] = []
    /// Entry numbers by the first token's lower-case form or stem, in the order added.
    private var byFirstKey: [String: [Int]] = [:]
    /// Stems of tokens already added: catalogue phrases share most of their words.
    private var stems: [String: String] = [:]

    init(mode: Mode) {
        self.mode = mode
    }

    mutating func add(_ phrase: String, value: Value, exact: Bool = false) {
        var tokens: [Token] = []
        for token in Self.split(phrase) {
            if let stem = stems[token] {
                tokens.append(Token(lower: token, stem: stem))
            } else {
                let stem = Self.isAlphabetic(token) ? stemmer.stem(token) : token
                stems[token] = stem
                tokens.append(Token(lower: token, stem: stem))
            }
        }
        guard !tokens.isEmpty else { return }
        let entry = Entry(tokens: tokens, value: value, exact: exact || mode == .exact)
        let first = tokens[0]
        byFirstKey[first.lower, default: []].append(entries.count)
        if !entry.exact, first.stem != first.lower { byFirstKey[first.stem, default: []].append(entries.count) }
        entries.append(entry)
    }

    /// The index in a document's word ids.
    func bound(to table: WordTable) -> Bound {
        var heads = [Int32](repeating: -1, count: table.count)
        var lists: [[Int32]] = []
        for (key, numbers) in byFirstKey {
            let id = table.id(of: key)
            guard id != WordTable.absent else { continue }
            heads[Int(id)] = Int32(lists.count)
            lists.append(numbers.map { Int32($0) })
        }
        let bound = entries.map { entry in
            Bound.Entry(lowers: entry.tokens.map { table.id(of: $0.lower) }, stems: entry.tokens.map { table.id(of: $0.stem) },
                        value: entry.value, exact: entry.exact)
        }
        return Bound(stemMode: mode == .stem, entries: bound, heads: heads, lists: lists, table: table)
    }

    /// Longest match at each position of a bare word list (tests, probes).
    func longestMatches(in words: [Word]) -> [Match] {
        bound(to: WordTable(words: words)).longestMatches(sentence: 0, in: 0..<words.count)
    }

    /// A phrase index turned into one document's word ids.
    struct Bound: Sendable {
        fileprivate struct Entry: Sendable {
            var lowers: [Int32]
            var stems: [Int32]
            var value: Value
            var exact: Bool
        }

        fileprivate let stemMode: Bool
        fileprivate let entries: [Entry]
        /// Per word id: which of `lists` holds the entries starting with it, or -1.
        fileprivate let heads: [Int32]
        fileprivate let lists: [[Int32]]
        let table: WordTable

        /// Every occurrence inside `range` of the sentence, overlapping allowed,
        /// in word order (longest first at a position).
        func allMatches(sentence: Int, in range: Range<Int>) -> [Match] {
            var result: [Match] = []
            let base = table.start(of: sentence)
            for start in range {
                var found: [Match] = []
                forEachCandidate(at: base + start) { number in
                    if let end = matchEnd(entries[number], base: base, from: start, limit: range.upperBound) {
                        found.append(Match(value: entries[number].value, words: start..<end))
                    }
                }
                if found.count > 1 { found.sort { $0.words.count > $1.words.count } }
                result += found
            }
            return result
        }

        /// Longest match at each position inside `range`, never overlapping, left to right.
        func longestMatches(sentence: Int, in range: Range<Int>) -> [Match] {
            var result: [Match] = []
            let base = table.start(of: sentence)
            var start = range.lowerBound
            while start < range.upperBound {
                if let match = longestMatch(base: base, at: start, limit: range.upperBound) {
                    result.append(match)
                    start = match.words.upperBound
                } else {
                    start += 1
                }
            }
            return result
        }

        /// Whether any phrase occurs inside `range` of the sentence.
        func containsMatch(sentence: Int, in range: Range<Int>) -> Bool {
            let base = table.start(of: sentence)
            for start in range {
                var hit = false
                forEachCandidate(at: base + start) { number in
                    if !hit, matchEnd(entries[number], base: base, from: start, limit: range.upperBound) != nil { hit = true }
                }
                if hit { return true }
            }
            return false
        }

        /// The longest match starting at a word; the first candidate wins a tie.
        private func longestMatch(base: Int, at start: Int, limit: Int) -> Match? {
            var best: Int? = nil
            var bestEnd = start
            forEachCandidate(at: base + start) { number in
                if let end = matchEnd(entries[number], base: base, from: start, limit: limit), best == nil || end > bestEnd {
                    best = number
                    bestEnd = end
                }
            }
            return best.map { Match(value: entries[$0].value, words: start..<bestEnd) }
        }

        /// Entries whose first token fits the word: by its exact forms, then (in stem mode) by stem.
        @inline(__always)
        private func forEachCandidate(at word: Int, _ body: (Int) -> Void) {
            let lower = table.lowers[word]
            let (first, second) = table.shortForms(of: lower)
            visit(lower, body)
            if first != WordTable.absent { visit(first, body) }
            if second != WordTable.absent { visit(second, body) }
            if stemMode {
                let stem = table.stems[word]
                if stem != lower && stem != first && stem != second { visit(stem, body) }
            }
        }

        @inline(__always)
        private func visit(_ key: Int32, _ body: (Int) -> Void) {
            let list = heads[Int(key)]
            guard list >= 0 else { return }
            for number in lists[Int(list)] { body(Int(number)) }
        }

        private func matchEnd(_ entry: Entry, base: Int, from start: Int, limit: Int) -> Int? {
            var index = start
            for token in entry.lowers.indices {
                guard index < limit else { return nil }
                let lower = table.lowers[base + index]
                if entry.exact {
                    guard table.exactFormsOf(lower: lower, contain: entry.lowers[token]) else { return nil }
                } else {
                    guard lower == entry.lowers[token] || table.stems[base + index] == entry.stems[token] else { return nil }
                }
                index += 1
            }
            return index
        }
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
        splitASCII(phrase) ?? splitUnicode(phrase)
    }

    /// `split` for any text, by Unicode properties.
    static func splitUnicode(_ phrase: String) -> [String] {
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

    /// `split` for plain ASCII (every catalogue and lexicon phrase so far), byte by
    /// byte: the same tokens without Unicode property lookups. Nil for other text.
    static func splitASCII(_ phrase: String) -> [String]? {
        var bytes = Array(phrase.utf8)
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
        for index in bytes.indices where bytes[index] >= 65 && bytes[index] <= 90 { bytes[index] += 32 }
        func isLetterOrDigit(_ byte: UInt8) -> Bool { (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) }
        var tokens: [String] = []
        var start = -1
        for (index, byte) in bytes.enumerated() {
            let isInner = (byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")) && start >= 0
                && index + 1 < bytes.count && isLetterOrDigit(bytes[index + 1])
            if isLetterOrDigit(byte) || isInner {
                if start < 0 { start = index }
                continue
            }
            if start >= 0 {
                tokens.append(String(decoding: bytes[start..<index], as: UTF8.self))
                start = -1
            }
            // ASCII white space as Unicode defines it: tab, line feed, vertical tab, form feed, return, space.
            if !((byte >= 9 && byte <= 13) || byte == 32) { tokens.append(String(UnicodeScalar(byte))) }
        }
        if start >= 0 { tokens.append(String(decoding: bytes[start...], as: UTF8.self)) }
        return tokens
    }

    static func isAlphabetic(_ token: String) -> Bool {
        // Plain ASCII (nearly every token) without Unicode property lookups.
        if token.utf8.allSatisfy({ $0 < 0x80 }) {
            return !token.isEmpty && token.utf8.allSatisfy { byte in
                (byte | 0x20 >= UInt8(ascii: "a") && byte | 0x20 <= UInt8(ascii: "z")) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
            }
        }
        return !token.isEmpty && token.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" }
    }
}
