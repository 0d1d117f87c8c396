import Foundation

/// Case-insensitive whole-word search on UTF-8 bytes (linear per haystack).
package enum TermSearch {
    /// Lower-cased with curly apostrophes and quotes made straight, as UTF-8 bytes.
    ///
    /// Byte by byte: ASCII is lowered in place and only the other characters are looked
    /// up, each lowered on its own as `String.lowercased()` does. A whole section with one
    /// dash in it would otherwise go through `lowercased()` scalar by scalar (most of the
    /// study aids' time at 1 MB).
    package static func fold(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes -> [UInt8] in
            var out = [UInt8](repeating: 0, count: bytes.count)
            var count = 0
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    out[count] = UTF8Bytes.lowered(byte)
                    count += 1
                    index += 1
                    continue
                }
                // ‘ ’ (E2 80 98/99) → ' and “ ” (E2 80 9C/9D) → ".
                if byte == 0xE2, bytes[index + 1] == 0x80 {
                    switch bytes[index + 2] {
                    case 0x98, 0x99: out[count] = UInt8(ascii: "'"); count += 1; index += 3; continue
                    case 0x9C, 0x9D: out[count] = UInt8(ascii: "\""); count += 1; index += 3; continue
                    default: break
                    }
                }
                // A String holds valid UTF-8 only, so the decoded length is the sequence's.
                let (scalar, length) = UTF8Bytes.scalar(bytes, index)
                if scalar.properties.changesWhenLowercased {
                    let lowered = Array(scalar.properties.lowercaseMapping.utf8)
                    // A lower-case form may be longer than the character (İ → i̇).
                    if lowered.count > length { out += [UInt8](repeating: 0, count: lowered.count - length) }
                    for loweredByte in lowered { out[count] = loweredByte; count += 1 }
                } else {
                    for offset in 0..<length { out[count] = bytes[index + offset]; count += 1 }
                }
                index += length
            }
            out.removeLast(out.count - count)
            return out
        }
    }

    /// True when `needle` occurs in `haystack`; `boundaryBefore`/`After` demand that
    /// no letter or digit touches the match on that side.
    package static func contains(_ needle: [UInt8], in haystack: [UInt8],
                         boundaryBefore: Bool = true, boundaryAfter: Bool = true) -> Bool {
        firstMatch(needle, in: haystack, boundaryBefore: boundaryBefore, boundaryAfter: boundaryAfter) != nil
    }

    /// Byte offset of the first whole-word match. Candidates are found with
    /// `memchr` and checked with `memcmp`: this runs for every glossary term
    /// over every sentence, so it must not step byte by byte in Swift.
    package static func firstMatch(_ needle: [UInt8], in haystack: [UInt8],
                           boundaryBefore: Bool = true, boundaryAfter: Bool = true) -> Int? {
        guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
        let last = haystack.count - needle.count
        return haystack.withUnsafeBufferPointer { hay -> Int? in
            needle.withUnsafeBufferPointer { pattern -> Int? in
                guard let hayBase = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                var start = 0
                while start <= last {
                    guard let found = memchr(hayBase + start, Int32(patternBase[0]), last - start + 1) else { return nil }
                    start = hayBase.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hayBase + start, patternBase, pattern.count) == 0,
                       !boundaryBefore || opensWord(at: start, in: haystack),
                       !boundaryAfter || closesWord(at: start + needle.count, in: haystack) {
                        return start
                    }
                    start += 1
                }
                return nil
            }
        }
    }

    /// A word may start at `start`: no letter or digit just before it, and no file name or
    /// identifier it is part of ("$HOME/.pyenv", "LEDGERLINE_CURRENCY"). Prose puts a
    /// space after a full stop, so a dot touching the word is a dot file or an extension.
    private static func opensWord(at start: Int, in bytes: [UInt8]) -> Bool {
        guard start > 0 else { return true }
        if isWordCharacter(endingAt: start, in: bytes) { return false }
        // After a number the dot is move or list numbering ("1.e4"), not a file name.
        if bytes[start - 1] == UInt8(ascii: "."), start >= 2, (48...57).contains(bytes[start - 2]) { return true }
        return !pathCharacters.contains(bytes[start - 1])
    }

    /// A word may end at `end`: no letter or digit just after it, and no file name or
    /// identifier it goes on into ("books.ledger", "pyenv_root").
    private static func closesWord(at end: Int, in bytes: [UInt8]) -> Bool {
        guard end < bytes.count else { return true }
        if isWordCharacter(startingAt: end, in: bytes) { return false }
        // A full stop ends the word; a dot between letters ("pyenv.cfg") does not.
        if bytes[end] == UInt8(ascii: ".") { return !isWordCharacter(startingAt: end + 1, in: bytes) }
        return !pathCharacters.contains(bytes[end])
    }

    /// Joiners inside file names and identifiers. Not "/": prose uses it for "or"
    /// ("byline/photo credit/date lines"), so a path is recognised by its dots instead.
    private static let pathCharacters: Set<UInt8> = [UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: ".")]

    /// True when the character that ends just before `end` is a letter or digit.
    private static func isWordCharacter(endingAt end: Int, in bytes: [UInt8]) -> Bool {
        guard end > 0 else { return false }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordCharacter(startingAt: start, in: bytes)
    }

    /// True when the character that starts at `start` is a letter or digit.
    private static func isWordCharacter(startingAt start: Int, in bytes: [UInt8]) -> Bool {
        guard start < bytes.count else { return false }
        let lead = bytes[start]
        if lead < 0x80 {
            return (0x30...0x39).contains(lead) || (0x61...0x7A).contains(lead) || (0x41...0x5A).contains(lead)
        }
        var end = start + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
