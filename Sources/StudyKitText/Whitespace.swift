/// The one whitespace table of StudyKit: which characters are spaces or line breaks, and
/// which of them normalisation turns into an ASCII space.
///
/// Works on UTF-8 bytes: the tokenizer, the segmenter and `collapse` ask once per byte.
public enum Whitespace {
    /// Unicode spaces that normalisation makes ASCII spaces: NBSP, Ogham space mark, the
    /// U+2000–U+200A spaces, narrow NBSP, medium mathematical space, ideographic space.
    /// NEL and the line and paragraph separators are breaks, kept as written.
    public static func isUnicodeSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// Byte length of the whitespace character at `i`, or 0 when there is none: ASCII
    /// whitespace, the Unicode spaces above, NEL and the line and paragraph separators
    /// (the same set as Foundation's `.whitespacesAndNewlines`).
    @inline(__always)
    public static func length(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> Int {
        let b = bytes[i]
        if b < 0x80 { return (b == 0x20 || (b >= 0x09 && b <= 0x0D)) ? 1 : 0 }
        let n = bytes.count
        if b == 0xC2, i + 1 < n { return (bytes[i + 1] == 0xA0 || bytes[i + 1] == 0x85) ? 2 : 0 }
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x80 {
            let c = bytes[i + 2]
            return (c <= 0x8A || c == 0xA8 || c == 0xA9 || c == 0xAF) ? 3 : 0
        }
        if b == 0xE2, i + 2 < n, bytes[i + 1] == 0x81, bytes[i + 2] == 0x9F { return 3 }
        if b == 0xE1, i + 2 < n, bytes[i + 1] == 0x9A, bytes[i + 2] == 0x80 { return 3 }
        if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 { return 3 }
        return 0
    }

    /// Byte length of the whitespace character that ends just before `end`, or 0.
    public static func length(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> Int {
        for width in [1, 2, 3] where end - width >= 0 {
            if length(bytes, end - width) == width { return width }
        }
        return 0
    }

    /// Whether `text` holds `count` ASCII spaces in a row: layout in columns. Byte by byte,
    /// because Foundation's `contains` on strings goes through `NSString` and showed in profiles.
    public static func hasSpaceRun(_ text: String, count: Int) -> Bool {
        hasSpaceRun(text.utf8, count: count)
    }

    /// `hasSpaceRun` for a slice of a line.
    public static func hasSpaceRun(_ text: Substring, count: Int) -> Bool {
        hasSpaceRun(text.utf8, count: count)
    }

    @inline(__always)
    static func hasSpaceRun<Bytes: Sequence<UInt8>>(_ bytes: Bytes, count: Int) -> Bool {
        var run = 0
        for byte in bytes {
            run = byte == 0x20 ? run + 1 : 0
            if run >= count { return true }
        }
        return false
    }

    /// Runs of whitespace collapsed to one space, both ends trimmed. Runs on every
    /// sentence, so it works on bytes and allocates one buffer.
    public static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let width = length(bytes, index)
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                } else {
                    if pendingSpace { output.append(0x20); pendingSpace = false }
                    output.append(bytes[index])
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
