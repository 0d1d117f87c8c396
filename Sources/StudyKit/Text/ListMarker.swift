/// The label of a list item: "1.", "2)", "3.)", "a.", "b)".
///
/// The segmenter remembers the marker that would come next, so "1. First 2. Second"
/// splits before "2." even without a period after "First", while a stray "2." in
/// running text does not.
struct ListMarker: Equatable {
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
