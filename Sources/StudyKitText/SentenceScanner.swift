/// One pass of `SentenceSegmenter` over a UTF-8 buffer.
///
/// The scan moves forward only. At each candidate end ('.', '?', '!', '…', a line break,
/// a new list item) it looks a few bytes back (the word before) and ahead (the next word)
/// and records a cut; sentences are the trimmed spans between cuts.
struct SentenceScanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let rules: CompiledSentenceRules
    private var cuts: [Int] = []
    /// True from a cut until the first non-whitespace byte of the next sentence.
    private var awaitingSentence = true
    private var sentenceStart = 0
    private var wordCount = 0
    /// The list marker that would open the next item ("2." after "1."), if inside a list.
    private var expectedMarker: ListMarker?

    init(bytes: UnsafeBufferPointer<UInt8>, rules: CompiledSentenceRules) {
        self.bytes = bytes
        self.rules = rules
    }

    mutating func sentenceRanges() -> [Range<Int>] {
        scan()
        var ranges: [Range<Int>] = []
        var start = 0
        for end in cuts + [bytes.count] where end > start {
            var lower = start, upper = end
            while lower < upper, case let w = UTF8Bytes.whitespaceLength(bytes, lower), w > 0 { lower += w }
            while upper > lower, case let w = UTF8Bytes.whitespaceLength(bytes, endingAt: upper), w > 0 { upper -= w }
            if lower < upper { ranges.append(lower..<upper) }
            start = end
        }
        return ranges
    }

    private mutating func scan() {
        let n = bytes.count
        var i = 0
        var inWord = false
        while i < n {
            let b = bytes[i]
            let space = UTF8Bytes.whitespaceLength(bytes, i)
            if space > 0 {
                if b == 0x0A || b == 0x0D { i = lineBreak(at: i) } else { i += space }
                inWord = false
                continue
            }
            if awaitingSentence {
                i = startSentence(at: i)
                inWord = false
                continue
            }
            if !inWord {
                inWord = true
                wordCount += 1
                if wordCount > 1, expectedMarker != nil || rules.inlineBulletFirstBytes[Int(b)], startsNewItem(at: i) {
                    cut(at: i)
                    continue
                }
            }
            switch b {
            case UInt8(ascii: "."): i = period(at: i)
            case UInt8(ascii: "?"), UInt8(ascii: "!"): i = questionOrExclamation(at: i)
            case 0xE2 where isEllipsisCharacter(at: i): i = dotRun(at: i)
            default: i += 1
            }
            if awaitingSentence { inWord = false }
        }
    }

    private mutating func cut(at position: Int) {
        if !awaitingSentence { cuts.append(position) }
        awaitingSentence = true
    }

    /// Marks the first byte of a sentence; skips a leading list marker so its period is not an end.
    private mutating func startSentence(at i: Int) -> Int {
        awaitingSentence = false
        sentenceStart = i
        wordCount = 0
        guard let (marker, end) = ListMarker.parse(bytes, at: i, rules: rules) else { return i }
        if let marker { expectedMarker = marker.next }
        return end
    }

    /// A new list item begins at a word start: an inline bullet, or the next marker of the current list.
    private func startsNewItem(at i: Int) -> Bool {
        if rules.inlineBulletFirstBytes[Int(bytes[i])], rules.inlineBullets.contains(where: { UTF8Bytes.matches(bytes, i, $0) }) { return true }
        guard let expected = expectedMarker, UTF8Bytes.isDigit(bytes[i]) || UTF8Bytes.isLetter(bytes[i]),
              let (found, _) = ListMarker.parse(bytes, at: i, rules: rules, allowBullet: false),
              let found else { return false }
        return found == expected
    }

    /// A blank line always ends a sentence; a single line break does when a list item follows.
    private mutating func lineBreak(at i: Int) -> Int {
        var j = i, breaks = 0
        while j < bytes.count, case let w = UTF8Bytes.whitespaceLength(bytes, j), w > 0 {
            if bytes[j] == 0x0A || (bytes[j] == 0x0D && !(j + 1 < bytes.count && bytes[j + 1] == 0x0A)) { breaks += 1 }
            j += w
        }
        if breaks >= 2 || (j < bytes.count && ListMarker.parse(bytes, at: j, rules: rules, lineStart: true) != nil) {
            cut(at: i)
        }
        return j
    }

    // MARK: Terminal punctuation

    private mutating func questionOrExclamation(at i: Int) -> Int {
        var j = i
        while j < bytes.count, bytes[j] == UInt8(ascii: "?") || bytes[j] == UInt8(ascii: "!") { j += 1 }
        let after = skipClosers(from: j)
        if after < bytes.count, UTF8Bytes.whitespaceLength(bytes, after) > 0, nextWord(after: after).first != .lower {
            cut(at: after)
        }
        return after
    }

    private mutating func period(at i: Int) -> Int {
        var spaced = 1, j = i + 1
        while j + 1 < bytes.count, bytes[j] == 0x20, bytes[j + 1] == UInt8(ascii: ".") { spaced += 1; j += 2 }
        if spaced >= 3 { return spacedEllipsis(at: i, dots: spaced, end: j) }
        if i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: ".") || isEllipsisCharacter(at: i + 1) { return dotRun(at: i) }

        let after = skipClosers(from: i + 1)
        guard after < bytes.count, UTF8Bytes.whitespaceLength(bytes, after) > 0 else { return max(after, i + 1) }
        let next = nextWord(after: after)
        let ends: Bool
        switch classifyWord(before: i) {
        case nil: ends = next.first != .lower
        case .never: ends = false
        case .beforeCapital: ends = next.first == .upper
        case .beforeSentenceStarter: ends = next.first == .upper && isSentenceStarter(next)
        case .time:
            ends = next.first == .upper && wordCount > rules.introductoryPhraseMaxWords
                && !rules.timeZones.contains(bytes, next.letters)
        }
        if ends { cut(at: after) }
        return after
    }

    /// ". . ." inside a sentence never ends it; ". . . ." after a space ends it before a capital;
    /// "word. . . . Next" ends after the word's own period, and the ellipsis opens the next sentence.
    private mutating func spacedEllipsis(at i: Int, dots: Int, end: Int) -> Int {
        let after = skipClosers(from: end)
        guard dots >= 4, after < bytes.count, nextWord(after: after).first == .upper else { return after }
        let attached = i > sentenceStart && UTF8Bytes.whitespaceLength(bytes, endingAt: i) == 0
        if attached {
            cut(at: i + 1)
            return i + 1
        }
        cut(at: after)
        return after
    }

    /// "..", "...", "....", "…": ends the sentence only before whitespace and a capital; "[...]" never.
    private mutating func dotRun(at i: Int) -> Int {
        var j = i
        while j < bytes.count {
            if bytes[j] == UInt8(ascii: ".") { j += 1 } else if isEllipsisCharacter(at: j) { j += 3 } else { break }
        }
        if i > 0, bytes[i - 1] == UInt8(ascii: "[") || bytes[i - 1] == UInt8(ascii: "("),
           j < bytes.count, bytes[j] == UInt8(ascii: "]") || bytes[j] == UInt8(ascii: ")") { return j + 1 }
        let after = skipClosers(from: j)
        if after < bytes.count, UTF8Bytes.whitespaceLength(bytes, after) > 0, nextWord(after: after).first == .upper {
            cut(at: after)
        }
        return after
    }

    private func isEllipsisCharacter(at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && bytes[i + 2] == 0xA6
    }

    private func skipClosers(from i: Int) -> Int {
        var j = i
        while j < bytes.count, case let w = UTF8Bytes.closerLength(bytes, j), w > 0 { j += w }
        return j
    }
}
