/// The label of a list item: "1.", "2)", "3.)", "a.", "b)"; the one parser of list markers.
///
/// Two grammars share it. Inside running text (`parse`) the segmenter remembers the marker that would come next, so "1. First 2. Second"
/// splits before "2." even without a period after "First", while a stray "2." in
/// running text does not.
package struct ListMarker: Equatable {
    enum Style { case period, parenthesis, periodParenthesis }

    /// The number, or the letter's byte for lettered lists.
    var value: Int
    var isLetter: Bool
    var style: Style

    /// The marker of the following item.
    var next: ListMarker { ListMarker(value: value + 1, isLetter: isLetter, style: style) }

    /// Parses a list item opening at `i`: an optional bullet, then an optional marker,
    /// then whitespace. Returns nil when no item opens here, `(nil, end)` for a bare bullet.
    /// `lineStart` also accepts the line-start bullets ("-", "–") when a space follows.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, rules: CompiledSentenceRules,
                      allowBullet: Bool = true, lineStart: Bool = false) -> (ListMarker?, Int)? {
        let n = bytes.count
        var j = i
        var hasBullet = false
        if allowBullet {
            if let bullet = rules.inlineBullets.first(where: { UTF8Bytes.matches(bytes, i, $0) }) {
                j += bullet.count
                hasBullet = true
            } else if lineStart, let bullet = rules.lineStartBullets.first(where: {
                UTF8Bytes.matches(bytes, i, $0) && i + $0.count < n && UTF8Bytes.whitespaceLength(bytes, i + $0.count) > 0
            }) {
                j += bullet.count
                hasBullet = true
            }
            while hasBullet, j < n, bytes[j] == 0x20 || bytes[j] == 0x09 { j += 1 }
        }
        if let (marker, end) = parseLabel(bytes, at: j) { return (marker, end) }
        return hasBullet ? (nil, j) : nil
    }

    /// The marker opening a line of plain text (after its indentation) and the byte length it
    /// takes from the indentation on, including the one space or tab after it; nil when the
    /// line is no list item. Bullets are the rules' (inline and line-start alike); ordinals are
    /// "1." "1)" "(1)" "a)" "(a)" — a letter needs a parenthesis, so "I. Introduction" stays a line.
    package static func lineItem(_ line: Substring, rules: CompiledSentenceRules) -> (marker: String, length: Int, ordered: Bool)? {
        var line = line
        return line.withUTF8 { bytes -> (marker: String, length: Int, ordered: Bool)? in
            let n = bytes.count
            var start = 0
            while start < n, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            guard start < n else { return nil }
            func spaceFollows(_ k: Int) -> Bool { k < n && (bytes[k] == 0x20 || bytes[k] == 0x09) }
            for bullet in rules.lineItemBullets
            where UTF8Bytes.matches(bytes, start, bullet) && spaceFollows(start + bullet.count) {
                return (String(decoding: bullet, as: UTF8.self), bullet.count + 1, false)
            }
            var k = start
            let opened = bytes[k] == UInt8(ascii: "(")
            if opened { k += 1 }
            let digitsStart = k
            while k < n, UTF8Bytes.isDigit(bytes[k]) { k += 1 }
            let digits = k - digitsStart
            if digits == 0 {
                guard k < n, UTF8Bytes.isLower(bytes[k]), k + 1 < n, bytes[k + 1] == UInt8(ascii: ")") else { return nil }
                k += 1
            } else if digits > 3 {
                return nil
            }
            guard k < n, bytes[k] == UInt8(ascii: ")") || (!opened && bytes[k] == UInt8(ascii: ".")) else { return nil }
            k += 1
            guard spaceFollows(k) else { return nil }
            return (String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self), k + 1 - start, true)
        }
    }

    /// One to three digits or a single letter, then ".", ")" or ".)", then whitespace or the end.
    private static func parseLabel(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (ListMarker, Int)? {
        let n = bytes.count
        var k = i, value = 0
        while k < n, UTF8Bytes.isDigit(bytes[k]), k - i < 4 {
            value = value * 10 + Int(bytes[k] - 0x30)
            k += 1
        }
        let digits = k - i
        var isLetter = false
        if digits == 0 {
            guard k < n, UTF8Bytes.isLetter(bytes[k]) else { return nil }
            value = Int(bytes[k])
            isLetter = true
            k += 1
        } else if digits > 3 {
            return nil
        }
        guard k < n else { return nil }
        let style: Style
        if bytes[k] == UInt8(ascii: "."), k + 1 < n, bytes[k + 1] == UInt8(ascii: ")") {
            style = .periodParenthesis
            k += 2
        } else if bytes[k] == UInt8(ascii: ".") {
            style = .period
            k += 1
        } else if bytes[k] == UInt8(ascii: ")") {
            style = .parenthesis
            k += 1
        } else {
            return nil
        }
        guard k == n || UTF8Bytes.whitespaceLength(bytes, k) > 0 else { return nil }
        return (ListMarker(value: value, isLetter: isLetter, style: style), k)
    }
}
