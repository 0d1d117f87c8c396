/// The look-behind and look-ahead of `SentenceScanner`: the word before a period and
/// the word after a candidate end. Both look at a bounded number of bytes.
extension SentenceScanner {
    /// The first letter of the word after a candidate end, past spaces and opening quotes.
    enum FirstLetter { case upper, lower, digit, other, none }

    struct NextWord {
        var first: FirstLetter
        /// The ASCII letters the word starts with ("How" of "How's").
        var letters: Range<Int>
        /// A single letter followed by a period: another initial ("J. R. R. Tolkien").
        var isInitial: Bool
    }

    /// Tokens longer than this are never abbreviations and are not inspected further.
    private static let longestAbbreviation = 24

    func nextWord(after position: Int) -> NextWord {
        let n = bytes.count
        var j = position
        while j < n, case let w = UTF8Bytes.whitespaceLength(bytes, j), w > 0 { j += w }
        while j < n, case let w = UTF8Bytes.openerLength(bytes, j), w > 0 { j += w }
        guard j < n else { return NextWord(first: .none, letters: j..<j, isInitial: false) }
        let b = bytes[j]
        let first: FirstLetter
        if UTF8Bytes.isUpper(b) {
            first = .upper
        } else if UTF8Bytes.isLower(b) {
            first = .lower
        } else if UTF8Bytes.isDigit(b) {
            first = .digit
        } else if b >= 0x80 {
            let properties = UTF8Bytes.scalar(bytes, j).0.properties
            first = properties.isUppercase ? .upper : properties.isLowercase ? .lower : .other
        } else {
            first = .other
        }
        var end = j
        while end < n, UTF8Bytes.isLetter(bytes[end]) { end += 1 }
        let isInitial = end - j == 1 && end < n && bytes[end] == UInt8(ascii: ".")
        return NextWord(first: first, letters: j..<end, isInitial: isInitial)
    }

    func isSentenceStarter(_ word: NextWord) -> Bool {
        !word.isInitial && rules.starters.contains(bytes, word.letters)
    }

    /// How the word ending at the period at `i` behaves: nil for an ordinary word
    /// (or number, code, URL), otherwise its abbreviation class.
    func classifyWord(before i: Int) -> SentenceRules.Ending? {
        var start = i
        while start > 0, i - start <= Self.longestAbbreviation,
              UTF8Bytes.whitespaceLength(bytes, endingAt: start) == 0 { start -= 1 }
        guard i - start <= Self.longestAbbreviation, start < i else { return nil }
        // Opening quotes and brackets are not part of the word: ("e.g. ...)
        while start < i, case let w = UTF8Bytes.openerLength(bytes, start), w > 0 { start += w }
        guard start < i, UTF8Bytes.closerLength(bytes, i - 1) == 0 else { return nil }
        if let ending = rules.abbreviations.value(bytes, start..<i) { return ending }
        if i - start == 1 {
            if UTF8Bytes.isUpper(bytes[start]) { return .beforeSentenceStarter }
            if UTF8Bytes.isLower(bytes[start]) { return .beforeCapital }
            return nil
        }
        return isInitialism(start..<i) ? .beforeSentenceStarter : nil
    }

    /// Letter groups of one or two letters joined by periods: "U.S", "E.U", "Ph.D".
    private func isInitialism(_ range: Range<Int>) -> Bool {
        var groupLength = 0, groups = 1
        for k in range {
            let b = bytes[k]
            if UTF8Bytes.isLetter(b) {
                groupLength += 1
                if groupLength > 2 { return false }
            } else if b == UInt8(ascii: "."), groupLength > 0 {
                groupLength = 0
                groups += 1
            } else {
                return false
            }
        }
        return groups >= 2 && groupLength > 0
    }
}
