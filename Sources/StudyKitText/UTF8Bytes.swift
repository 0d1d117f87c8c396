/// Byte-level helpers shared by the sentence segmenter and the tokenizer.
///
/// Both scan UTF-8 bytes instead of `Character`s so cost stays linear and low;
/// these helpers answer the few questions that need more than one byte
/// (Unicode spaces, curly quotes, dashes, non-ASCII letters).
enum UTF8Bytes {
    /// See `Whitespace.length`.
    @inline(__always)
    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        Whitespace.length(bytes, i)
    }

    static func whitespaceLength(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        Whitespace.length(bytes, endingAt: end)
    }

    /// Byte length of a closing quote or bracket at `i` (" ' ) ] } ” ’ » ›), or 0.
    @inline(__always)
    static func closerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        switch b {
        case 0x22, 0x27, 0x29, 0x5D, 0x7D: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xBB ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return 0 }
            let c = bytes[i + 2]
            return (c == 0x9D || c == 0x99 || c == 0xBA) ? 3 : 0
        default: return 0
        }
    }

    /// Byte length of an opening quote or bracket at `i` (" ' ( [ { “ ‘ « ‹), or 0.
    @inline(__always)
    static func openerLength(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        switch b {
        case 0x22, 0x27, 0x28, 0x5B, 0x7B: return 1
        case 0xC2: return i + 1 < bytes.count && bytes[i + 1] == 0xAB ? 2 : 0
        case 0xE2:
            guard i + 2 < bytes.count, bytes[i + 1] == 0x80 else { return 0 }
            let c = bytes[i + 2]
            return (c == 0x9C || c == 0x98 || c == 0xB9) ? 3 : 0
        default: return 0
        }
    }

    /// Decodes the scalar at `i`; returns it and its byte length (invalid bytes give U+FFFD, length 1).
    static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> (Unicode.Scalar, Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= bytes.count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b) & (0xFF >> UInt32(length + 1))
        for k in 1..<length {
            let c = bytes[i + k]
            guard c & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(c & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
    @inline(__always) static func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
    @inline(__always) static func isLetter(_ b: UInt8) -> Bool { isUpper(b) || isLower(b) }
    @inline(__always) static func lowered(_ b: UInt8) -> UInt8 { isUpper(b) ? b | 0x20 : b }

    /// True when the bytes at `i` spell `pattern`.
    @inline(__always)
    static func matches(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int, _ pattern: [UInt8]) -> Bool {
        guard i + pattern.count <= bytes.count else { return false }
        for k in 0..<pattern.count where bytes[i + k] != pattern[k] { return false }
        return true
    }
}
