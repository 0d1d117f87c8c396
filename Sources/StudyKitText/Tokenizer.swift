import StudyKitModel

/// A token of a sentence: a word, number, code or punctuation mark, with its byte range.
public struct Token: Sendable, Equatable {
    public var kind: Word.Kind
    /// UTF-8 byte offsets into the tokenized text.
    public var range: Range<Int>
    public var text: String

    public init(kind: Word.Kind, range: Range<Int>, text: String) {
        self.kind = kind
        self.range = range
        self.text = text
    }
}

/// Splits text into words, numbers, codes and punctuation, scanning UTF-8 bytes once.
///
/// What stays one token (see `CompoundScanner` for the exact joins):
/// - exam and product codes: "AZ-104", "SAA-C03", "220-1101", "EC2", "v1.2.3" → `.code`
/// - hyphenated compounds: "big-picture", "24-hour" → `.word`
/// - inner apostrophes, straight or curly: "it's", "don't", "architect’s" → `.word`;
///   a trailing apostrophe ("students’") is punctuation, since it cannot be told from a closing quote
/// - numbers with decimals, thousands, times, percentages and ranges: "2.5", "1,000",
///   "10:30", "40%", "20–25%", "5th" → `.number`
/// - URLs and e-mail addresses → `.code`; dotted names "example.com", "Node.js" → `.code`
/// - initialisms keep their final period: "U.S.", "e.g." → `.word`
/// Everything else is punctuation: one token per mark, runs of the same ASCII mark
/// ("...", "--", "?!" is two) kept together; an em dash between words is its own token.
public struct Tokenizer: Sendable {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        var text = text
        return text.withUTF8 { bytes in
            var tokens: [Token] = []
            tokens.reserveCapacity(bytes.count / 5)
            var i = 0
            while i < bytes.count {
                let space = UTF8Bytes.whitespaceLength(bytes, i)
                if space > 0 {
                    i += space
                    continue
                }
                let (kind, end) = CompoundScanner.token(bytes, at: i)
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<end]), as: UTF8.self)
                tokens.append(Token(kind: kind, range: i..<end, text: text))
                i = end
            }
            return tokens
        }
    }

    /// Lower case with curly apostrophes made straight, so "It’s" and "it's" match.
    public static func lowercased(_ word: String) -> String {
        var ascii = true, upper = false
        for byte in word.utf8 {
            if byte >= 0x80 { ascii = false; break }
            if UTF8Bytes.isUpper(byte) { upper = true }
        }
        // Most words are lower-case ASCII already: the same string, nothing allocated.
        if ascii && !upper { return word }
        if ascii {
            return String(decoding: word.utf8.map(UTF8Bytes.lowered), as: UTF8.self)
        }
        return String(word.lowercased().unicodeScalars.map { $0 == "\u{2019}" ? "'" : Character($0) })
    }
}
