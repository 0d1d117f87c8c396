/// A word being stemmed in place: `bytes[0..<count]`, with the R1 and R2
/// region starts of the algorithm (`r1`, `r2`). Bytes beyond `count` are spare.
struct PorterWord {
    let bytes: UnsafeMutablePointer<UInt8>
    var count: Int
    var r1 = 0
    var r2 = 0
    var markedY = false

    init(bytes: UnsafeMutablePointer<UInt8>, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    mutating func stem() {
        if applyWholeWordException() { return }
        prelude()
        markRegions()
        step1a()
        if !isInvariantAfterStep1a() {
            step1b()
            step1c()
            step2()
            step3()
            step4()
            step5()
        }
        if markedY {
            for index in 0..<count where bytes[index] == UInt8(ascii: "Y") {
                bytes[index] = UInt8(ascii: "y")
            }
        }
    }

    // MARK: Letters and suffixes

    static func isVowel(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"),
            UInt8(ascii: "o"), UInt8(ascii: "u"), UInt8(ascii: "y"): return true
        default: return false
        }
    }

    func hasVowel(before end: Int) -> Bool {
        var index = 0
        while index < end {
            if Self.isVowel(bytes[index]) { return true }
            index += 1
        }
        return false
    }

    /// Compares from the last letter, where most candidates already differ.
    func ends(with suffix: StaticString) -> Bool {
        let length = suffix.utf8CodeUnitCount
        guard length <= count else { return false }
        let start = suffix.utf8Start
        let offset = count - length
        var index = length
        while index > 0 {
            index -= 1
            if bytes[offset + index] != start[index] { return false }
        }
        return true
    }

    func equals(_ text: StaticString) -> Bool {
        count == text.utf8CodeUnitCount && ends(with: text)
    }

    /// Swaps the last `length` bytes for `replacement`.
    mutating func replace(last length: Int, with replacement: StaticString) {
        count -= length
        let start = replacement.utf8Start
        for index in 0..<replacement.utf8CodeUnitCount {
            bytes[count] = start[index]
            count += 1
        }
    }

    /// Is the suffix of `length` bytes inside R1 (or R2)?
    func inR1(_ length: Int) -> Bool { count - length >= r1 }
    func inR2(_ length: Int) -> Bool { count - length >= r2 }

    /// Does `bytes[0..<end]` end in a short syllable: consonant-vowel-consonant
    /// (last not w, x or Y), or a vowel-consonant word start? "past" counts too,
    /// so that "pasted" and "paste" keep their e.
    func endsInShortSyllable(_ end: Int) -> Bool {
        if end >= 4 && bytes[end - 4] == UInt8(ascii: "p") && bytes[end - 3] == UInt8(ascii: "a")
            && bytes[end - 2] == UInt8(ascii: "s") && bytes[end - 1] == UInt8(ascii: "t") { return true }
        if end == 2 { return Self.isVowel(bytes[0]) && !Self.isVowel(bytes[1]) }
        guard end >= 3 else { return false }
        let last = bytes[end - 1]
        if Self.isVowel(last) || last == UInt8(ascii: "w") || last == UInt8(ascii: "x")
            || last == UInt8(ascii: "Y") { return false }
        return Self.isVowel(bytes[end - 2]) && !Self.isVowel(bytes[end - 3])
    }

    // MARK: Exceptions, prelude and regions

    /// Words the algorithm lists as irregular or invariant as a whole.
    mutating func applyWholeWordException() -> Bool {
        switch count {
        case 3: return equals("sky")
        case 4:
            if equals("skis") { count = 3; return true }
            if equals("idly") { replace(last: 1, with: ""); return true }
            if equals("ugly") || equals("only") { replace(last: 1, with: "i"); return true }
            return equals("news") || equals("howe") || equals("bias")
        case 5:
            if equals("skies") { replace(last: 3, with: "y"); return true }
            if equals("dying") || equals("lying") || equals("tying") {
                replace(last: 4, with: "ie")
                return true
            }
            if equals("early") { replace(last: 1, with: "i"); return true }
            return equals("atlas") || equals("andes")
        case 6:
            if equals("gently") || equals("singly") { count -= 1; return true }
            return equals("cosmos")
        default: return false
        }
    }

    /// Drops a leading apostrophe and marks consonant y (initial or after a
    /// vowel) as `Y`, which counts as a non-vowel from then on.
    mutating func prelude() {
        if bytes[0] == UInt8(ascii: "'") {
            bytes.update(from: bytes + 1, count: count - 1)
            count -= 1
        }
        guard count > 0 else { return }
        if bytes[0] == UInt8(ascii: "y") {
            bytes[0] = UInt8(ascii: "Y")
            markedY = true
        }
        var index = 1
        while index < count {
            if bytes[index] == UInt8(ascii: "y") && Self.isVowel(bytes[index - 1]) {
                bytes[index] = UInt8(ascii: "Y")
                markedY = true
            }
            index += 1
        }
    }

    /// The end of the first vowel-then-consonant run at or after `start`.
    func regionStart(after start: Int) -> Int {
        var index = start
        while index < count && !Self.isVowel(bytes[index]) { index += 1 }
        while index < count && Self.isVowel(bytes[index]) { index += 1 }
        return index < count ? index + 1 : count
    }

    /// Prefixes whose R1 starts right after them, so that e.g. "general" and
    /// "generous" or "universe" and "university" stay apart.
    static let regionPrefixes: [StaticString] = [
        "gener", "commun", "arsen", "past", "univers", "later", "emerg", "organ", "inter",
    ]

    mutating func markRegions() {
        if let prefix = Self.regionPrefixes.first(where: { startsWith($0) }) {
            r1 = prefix.utf8CodeUnitCount
        } else {
            r1 = regionStart(after: 0)
        }
        r2 = regionStart(after: r1)
    }

    func startsWith(_ prefix: StaticString) -> Bool {
        guard prefix.utf8CodeUnitCount <= count else { return false }
        let start = prefix.utf8Start
        for index in 0..<prefix.utf8CodeUnitCount where bytes[index] != start[index] { return false }
        return true
    }

    func isInvariantAfterStep1a() -> Bool {
        switch count {
        case 6: return equals("inning") || equals("outing") || equals("exceed")
        case 7: return equals("canning") || equals("herring") || equals("earring") || equals("evening")
            || equals("proceed") || equals("succeed")
        default: return false
        }
    }

    // MARK: Steps

    /// Step 0 (possessive apostrophes) and step 1a (plurals).
    mutating func step1a() {
        if ends(with: "'s'") { count -= 3 } else if ends(with: "'s") { count -= 2 } else if ends(with: "'") {
            count -= 1
        }
        if ends(with: "sses") {
            count -= 2
        } else if ends(with: "ied") || ends(with: "ies") {
            replace(last: 3, with: count > 4 ? "i" : "ie")
        } else if ends(with: "us") || ends(with: "ss") {
            return
        } else if ends(with: "s") {
            if count >= 2 && hasVowel(before: count - 2) { count -= 1 }
        }
    }

    /// Past tenses and participles: -eed, -ed, -ing and their -ly forms.
    mutating func step1b() {
        let length: Int
        if ends(with: "eedly") {
            if inR1(5) { replace(last: 5, with: "ee") }
            return
        } else if ends(with: "eed") {
            if inR1(3) { replace(last: 3, with: "ee") }
            return
        } else if ends(with: "ingly") {
            length = 5
        } else if ends(with: "edly") {
            length = 4
        } else if ends(with: "ing") {
            length = 3
        } else if ends(with: "ed") {
            length = 2
        } else {
            return
        }
        guard hasVowel(before: count - length) else { return }
        count -= length
        if length == 3 && count == 2 && bytes[1] == UInt8(ascii: "y") && !Self.isVowel(bytes[0]) {
            replace(last: 1, with: "ie")  // hying, vying (like dying)
            return
        }
        if ends(with: "at") || ends(with: "bl") || ends(with: "iz") {
            replace(last: 0, with: "e")
        } else if endsInUndoubledPair() {
            count -= 1
        } else if count == r1 && endsInShortSyllable(count) {
            replace(last: 0, with: "e")
        }
    }

    /// bb, dd, ff, gg, mm, nn, pp, rr, tt (other doubles are left alone), except
    /// in three-letter stems like "add", "ebb", "err", "off".
    func endsInUndoubledPair() -> Bool {
        guard count >= 2, bytes[count - 1] == bytes[count - 2] else { return false }
        if count == 3 {
            switch bytes[0] {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "o"): return false
            default: break
            }
        }
        switch bytes[count - 1] {
        case UInt8(ascii: "b"), UInt8(ascii: "d"), UInt8(ascii: "f"), UInt8(ascii: "g"),
            UInt8(ascii: "m"), UInt8(ascii: "n"), UInt8(ascii: "p"), UInt8(ascii: "r"),
            UInt8(ascii: "t"): return true
        default: return false
        }
    }

    /// Final y after a consonant (not the first letter) becomes i.
    mutating func step1c() {
        guard count >= 3 else { return }
        let last = bytes[count - 1]
        guard last == UInt8(ascii: "y") || last == UInt8(ascii: "Y") else { return }
        if !Self.isVowel(bytes[count - 2]) { bytes[count - 1] = UInt8(ascii: "i") }
    }
}
