/// Steps 2 to 5 of Porter2: derivational suffixes, replaced only when they lie
/// inside R1 or R2 so that short words keep their meaning-bearing letters.
extension PorterWord {
    /// One row of a suffix table. As in the published algorithm, only the
    /// longest matching suffix of a table is considered; if its region or
    /// condition fails the step does nothing (no fallback to a shorter one).
    struct SuffixRule: Sendable {
        enum Condition: Sendable { case always, afterL, afterValidLIEnding, inR2, afterSOrT }

        let suffix: StaticString
        let replacement: StaticString
        let condition: Condition
        /// The suffix's final letter, compared first to skip most rows cheaply.
        let lastLetter: UInt8

        init(_ suffix: StaticString, _ replacement: StaticString, _ condition: Condition = .always) {
            self.suffix = suffix
            self.lastLetter = suffix.utf8Start[suffix.utf8CodeUnitCount - 1]
            self.replacement = replacement
            self.condition = condition
        }
    }

    /// Tables are ordered longest suffix first.
    static let step2Rules: [SuffixRule] = [
        .init("ational", "ate"), .init("fulness", "ful"), .init("iveness", "ive"),
        .init("ization", "ize"), .init("ousness", "ous"),
        .init("biliti", "ble"), .init("lessli", "less"), .init("tional", "tion"),
        .init("alism", "al"), .init("ogist", "og", .afterL), .init("aliti", "al"), .init("ation", "ate"), .init("entli", "ent"),
        .init("fulli", "ful"), .init("iviti", "ive"), .init("ousli", "ous"),
        .init("abli", "able"), .init("alli", "al"), .init("anci", "ance"), .init("enci", "ence"),
        .init("izer", "ize"), .init("ator", "ate"),
        .init("bli", "ble"), .init("ogi", "og", .afterL),
        .init("li", "", .afterValidLIEnding),
    ]

    static let step3Rules: [SuffixRule] = [
        .init("ational", "ate"), .init("tional", "tion"),
        .init("alize", "al"), .init("icate", "ic"), .init("iciti", "ic"), .init("ative", "", .inR2),
        .init("ical", "ic"), .init("ness", ""),
        .init("ful", ""),
    ]

    /// Step 4 suffixes, all of which must lie in R2.
    static let step4Rules: [SuffixRule] = [
        .init("ement", ""),
        .init("ance", ""), .init("ence", ""), .init("able", ""), .init("ible", ""), .init("ment", ""),
        .init("ant", ""), .init("ent", ""), .init("ism", ""), .init("ate", ""), .init("iti", ""),
        .init("ous", ""), .init("ive", ""), .init("ize", ""), .init("ion", "", .afterSOrT),
        .init("al", ""), .init("er", ""), .init("ic", ""),
    ]

    mutating func step2() { applyLongest(of: Self.step2Rules, inR2: false) }
    mutating func step3() { applyLongest(of: Self.step3Rules, inR2: false) }
    mutating func step4() { applyLongest(of: Self.step4Rules, inR2: true) }

    /// A final e or ll goes when far enough into the word.
    mutating func step5() {
        guard count > 0 else { return }
        switch bytes[count - 1] {
        case UInt8(ascii: "e"):
            if inR2(1) || (inR1(1) && !endsInShortSyllable(count - 1)) { count -= 1 }
        case UInt8(ascii: "l"):
            if inR2(1) && count >= 2 && bytes[count - 2] == UInt8(ascii: "l") { count -= 1 }
        default:
            break
        }
    }

    private mutating func applyLongest(of rules: [SuffixRule], inR2 needsR2: Bool) {
        guard count > 0 else { return }
        let last = bytes[count - 1]
        guard let rule = rules.first(where: { $0.lastLetter == last && ends(with: $0.suffix) }) else { return }
        let length = rule.suffix.utf8CodeUnitCount
        guard needsR2 ? inR2(length) : inR1(length) else { return }
        let before = count - length
        switch rule.condition {
        case .always: break
        case .inR2: guard inR2(length) else { return }
        case .afterL: guard before > 0, bytes[before - 1] == UInt8(ascii: "l") else { return }
        case .afterSOrT:
            guard before > 0, bytes[before - 1] == UInt8(ascii: "s") || bytes[before - 1] == UInt8(ascii: "t")
            else { return }
        case .afterValidLIEnding:
            guard before > 0, Self.isValidLIEnding(bytes[before - 1]) else { return }
        }
        replace(last: length, with: rule.replacement)
    }

    /// Letters after which a bare -li is an adverb ending: c d e g h k m n r t.
    static func isValidLIEnding(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "c"), UInt8(ascii: "d"), UInt8(ascii: "e"), UInt8(ascii: "g"),
            UInt8(ascii: "h"), UInt8(ascii: "k"), UInt8(ascii: "m"), UInt8(ascii: "n"),
            UInt8(ascii: "r"), UInt8(ascii: "t"): return true
        default: return false
        }
    }
}
