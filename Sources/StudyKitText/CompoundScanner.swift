import StudyKitModel

/// Finds where one token ends and what kind it is, for `Tokenizer`.
///
/// A compound is alphanumeric runs joined by single joiners, each allowed only where it
/// cannot be punctuation: "-" and "_" before an alphanumeric; "." before one ("2.5",
/// "U.S", "example.com"); "'" / "’" between letters; "@" (e-mail); ":" and "–" between
/// digits ("10:30", "20–25"); "," between digits when three digits follow ("1,000").
enum CompoundScanner {
    /// What was seen while scanning a compound; enough to classify it without a second pass.
    private struct Shape {
        var parts = 1, partsWithLetters = 0, partsWithDigits = 0, mixedParts = 0
        var hasUpper = false, hasHyphen = false, hasPeriod = false, hasAt = false
        var longestLetterPart = 0, shortestDigitPart = Int.max, fourDigitParts = 0
        var startsWithDigit = false, letterAfterDigit = 0, digitAfterLetter = 0
        var percent = false, lastPartDigitsOnly = false
    }

    static func token(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (Word.Kind, Int) {
        if let end = urlEnd(bytes, at: i) { return (.code, end) }
        if isWordCharacter(bytes, i) > 0 { return compound(bytes, at: i) }
        if let end = possessiveEnd(bytes, at: i) { return (.punctuation, end) }
        let b = bytes[i]
        if b < 0x80 {
            var j = i + 1
            while j < bytes.count, bytes[j] == b, b == UInt8(ascii: ".") || b == UInt8(ascii: "-") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") { j += 1 }
            return (.punctuation, j)
        }
        return (.punctuation, i + UTF8Bytes.scalar(bytes, i).1)
    }

    /// Byte length of a letter, digit or combining mark at `i`, or 0.
    @inline(__always)
    private static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return UTF8Bytes.isLetter(b) || UTF8Bytes.isDigit(b) ? 1 : 0 }
        // U+2000–U+203F (dashes, curly quotes, bullets, ellipsis) are never part of a word.
        if b == 0xE2, i + 1 < bytes.count, bytes[i + 1] == 0x80 { return 0 }
        let (scalar, length) = UTF8Bytes.scalar(bytes, i)
        let properties = scalar.properties
        if properties.isAlphabetic || properties.numericType != nil { return length }
        switch properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return length
        default: return 0
        }
    }

    private static func compound(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Word.Kind, Int) {
        let n = bytes.count
        var shape = Shape()
        var j = start
        var lastWasDigit = false
        while true {
            // One alphanumeric run (a part).
            var letters = 0, digits = 0, previousDigit: Bool? = nil
            while j < n, case let length = isWordCharacter(bytes, j), length > 0 {
                let b = bytes[j]
                let isDigit = UTF8Bytes.isDigit(b)
                if isDigit { digits += 1 } else {
                    letters += 1
                    if UTF8Bytes.isUpper(b) || (b >= 0x80 && UTF8Bytes.scalar(bytes, j).0.properties.isUppercase) { shape.hasUpper = true }
                }
                if j == start { shape.startsWithDigit = isDigit }
                if let previousDigit, previousDigit != isDigit {
                    if isDigit { shape.digitAfterLetter += 1 } else { shape.letterAfterDigit += 1 }
                }
                previousDigit = isDigit
                j += length
            }
            if letters > 0 { shape.partsWithLetters += 1; shape.longestLetterPart = max(shape.longestLetterPart, letters) }
            if digits > 0 { shape.partsWithDigits += 1 }
            if letters > 0 && digits > 0 { shape.mixedParts += 1 }
            if letters == 0 {
                shape.shortestDigitPart = min(shape.shortestDigitPart, digits)
                if digits == 4 { shape.fourDigitParts += 1 }
            }
            shape.lastPartDigitsOnly = letters == 0
            lastWasDigit = previousDigit ?? false
            guard j < n, let joiner = joinerLength(bytes, at: j, afterDigit: lastWasDigit) else { break }
            if shape.partsWithDigits > 0, shape.hasUpper, isLowercaseWord(bytes, at: j + joiner) { break }
            switch bytes[j] {
            case UInt8(ascii: "-"): shape.hasHyphen = true
            case 0xE2 where bytes[j + 2] == 0x90 || bytes[j + 2] == 0x91: shape.hasHyphen = true
            case UInt8(ascii: "."): shape.hasPeriod = true
            case UInt8(ascii: "@"): shape.hasAt = true
            default: break
            }
            shape.parts += 1
            j += joiner
        }
        if shape.lastPartDigitsOnly, j < n, bytes[j] == UInt8(ascii: "%") {
            shape.percent = true
            j += 1
        }
        // Initialisms keep their final period: "U.S.", "e.g.".
        let isInitialism = shape.hasPeriod && shape.partsWithDigits == 0 && shape.longestLetterPart <= 2 && !shape.hasHyphen && !shape.hasAt
        if isInitialism, j < n, bytes[j] == UInt8(ascii: ".") { j += 1 }
        return (kind(of: shape, isInitialism: isInitialism), j)
    }

    private static func kind(of shape: Shape, isInitialism: Bool) -> Word.Kind {
        if shape.hasAt { return .code }
        if shape.partsWithLetters == 0 {
            // "220-1101" is an exam code; "10-20" and "2019-2020" are ranges.
            let isCode = shape.hasHyphen && !shape.percent && shape.shortestDigitPart >= 3
                && !(shape.parts == 2 && shape.fourDigitParts == 2)
            return isCode ? .code : .number
        }
        if shape.partsWithDigits == 0 {
            return shape.hasPeriod && !isInitialism ? .code : .word
        }
        // "5th", "1990s", "10GB": digits then letters.
        if shape.parts == 1, shape.startsWithDigit, shape.letterAfterDigit == 1, shape.digitAfterLetter == 0 { return .number }
        // "24-hour", "3-tier": a number joined to a lower-case word.
        if shape.hasHyphen, !shape.hasUpper, shape.mixedParts == 0, !shape.hasPeriod { return .word }
        return .code
    }

    /// A lower-case word after a code ("AZ-104-certified") is not part of the code:
    /// the code stays matchable and the word stays a word.
    private static func isLowercaseWord(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        var k = start
        while k < bytes.count, UTF8Bytes.isLower(bytes[k]) { k += 1 }
        return k - start >= 2 && (k == bytes.count || isWordCharacter(bytes, k) == 0)
    }

    /// The end of a possessive "’s" / "'s" right after a code or number ("AZ-104’s"), or nil;
    /// words keep theirs inside ("architect’s"), so this only sees what follows digits.
    private static func possessiveEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i > 0, UTF8Bytes.isDigit(bytes[i - 1]) else { return nil }
        let length = bytes[i] == UInt8(ascii: "'") ? 1 : (i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99) ? 3 : 0
        let s = i + length
        guard length > 0, s < bytes.count, bytes[s] == UInt8(ascii: "s"),
              s + 1 == bytes.count || isWordCharacter(bytes, s + 1) == 0 else { return nil }
        return s + 1
    }

    /// Byte length of a joiner at `j` that continues the compound, or nil.
    private static func joinerLength(_ bytes: UnsafeBufferPointer<UInt8>, at j: Int, afterDigit: Bool) -> Int? {
        let n = bytes.count
        let b = bytes[j]
        var length = 1
        switch b {
        case UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "@"): break
        case UInt8(ascii: "'"): guard !afterDigit else { return nil }
        case UInt8(ascii: ":"): guard afterDigit else { return nil }
        case UInt8(ascii: ","):
            // Thousands separator: exactly three digits follow.
            guard afterDigit, (1...3).allSatisfy({ j + $0 < n && UTF8Bytes.isDigit(bytes[j + $0]) }),
                  j + 4 >= n || !UTF8Bytes.isDigit(bytes[j + 4]) else { return nil }
        case 0xE2:
            guard j + 2 < n, bytes[j + 1] == 0x80 else { return nil }
            switch bytes[j + 2] {
            case 0x90, 0x91: length = 3                       // ‐ ‑ hyphens
            case 0x99: guard !afterDigit else { return nil }; length = 3   // ’
            case 0x93: guard afterDigit else { return nil }; length = 3    // – en dash in ranges
            default: return nil
            }
        default: return nil
        }
        let next = j + length
        guard next < n, isWordCharacter(bytes, next) > 0 else { return nil }
        if b == UInt8(ascii: "'") || (b == 0xE2 && bytes[j + 2] == 0x99) {
            guard !UTF8Bytes.isDigit(bytes[next]) else { return nil }
        }
        if b == 0xE2 && bytes[j + 2] == 0x93 || b == UInt8(ascii: ":") || b == UInt8(ascii: ",") {
            guard UTF8Bytes.isDigit(bytes[next]) else { return nil }
        }
        return length
    }

    private static let urlPrefixes: [[UInt8]] = [Array("http://".utf8), Array("https://".utf8), Array("www.".utf8)]

    /// The end of a URL starting at `i` ("http://", "https://", "www."), trailing punctuation left out.
    private static func urlEnd(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i] | 0x20
        guard b == UInt8(ascii: "h") || b == UInt8(ascii: "w") else { return nil }
        guard urlPrefixes.contains(where: { prefix in
            i + prefix.count < bytes.count && (0..<prefix.count).allSatisfy { UTF8Bytes.lowered(bytes[i + $0]) == prefix[$0] }
        }) else { return nil }
        var end = i
        var openParens = 0
        while end < bytes.count, UTF8Bytes.whitespaceLength(bytes, end) == 0, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: ">") {
            if bytes[end] == UInt8(ascii: "(") { openParens += 1 }
            if bytes[end] == UInt8(ascii: ")") { openParens -= 1 }
            end += 1
        }
        // Drop trailing sentence punctuation and closing quotes; keep a ")" that closes a "(" in the URL.
        while end > i {
            let last = bytes[end - 1]
            if last == UInt8(ascii: ")"), openParens >= 0 { break }
            if last == UInt8(ascii: ")") { openParens += 1; end -= 1; continue }
            if ".,;:!?'\"]}".utf8.contains(last) { end -= 1; continue }
            if last >= 0x80, end - 3 > i, UTF8Bytes.closerLength(bytes, end - 3) == 3 { end -= 3; continue }
            break
        }
        return end
    }
}
