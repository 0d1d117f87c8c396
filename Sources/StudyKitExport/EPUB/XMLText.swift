/// Escaping for XML 1.0 / XHTML text and attribute values.
///
/// Markup characters become numeric character references only (`&#38;`, never
/// `&amp;`-style named entities beyond XML's own, never HTML entities), so the
/// output is well-formed for any XML parser. Characters XML 1.0 forbids (most C0
/// controls, U+FFFE/U+FFFF) and those HTML flags as parse errors (C1 controls,
/// U+FDD0...U+FDEF noncharacters) are dropped. Works on UTF-8 bytes in one pass.
public enum XMLText {
    /// Escapes text content (`<p>…</p>`). Newlines and tabs are kept.
    public static func escape(_ text: String) -> String {
        escape(text, inAttribute: false)
    }

    /// Escapes an attribute value (`alt="…"`); tabs and newlines become
    /// references so attribute-value normalisation does not eat them.
    public static func escapeAttribute(_ text: String) -> String {
        escape(text, inAttribute: true)
    }

    /// Removes the characters XML 1.0 cannot carry, without escaping markup.
    public static func clean(_ text: String) -> String {
        transform(text) { byte, out in out.append(byte) }
    }

    /// Numeric character references, built once.
    private enum Reference {
        static let amp = Array("&#38;".utf8), lt = Array("&#60;".utf8), gt = Array("&#62;".utf8)
        static let quot = Array("&#34;".utf8), apos = Array("&#39;".utf8)
        static let tab = Array("&#9;".utf8), newline = Array("&#10;".utf8)
    }

    private static func escape(_ text: String, inAttribute: Bool) -> String {
        transform(text) { byte, out in
            switch byte {
            case UInt8(ascii: "&"): out.append(contentsOf: Reference.amp)
            case UInt8(ascii: "<"): out.append(contentsOf: Reference.lt)
            case UInt8(ascii: ">"): out.append(contentsOf: Reference.gt)
            case UInt8(ascii: "\""): out.append(contentsOf: Reference.quot)
            case UInt8(ascii: "'"): out.append(contentsOf: Reference.apos)
            case 0x09 where inAttribute: out.append(contentsOf: Reference.tab)
            case 0x0A where inAttribute: out.append(contentsOf: Reference.newline)
            default: out.append(byte)
            }
        }
    }

    /// Walks the UTF-8 bytes, drops forbidden characters, folds CR / CRLF to LF,
    /// and hands every other ASCII byte to `ascii`; multi-byte sequences are copied.
    private static func transform(_ text: String, ascii: (UInt8, inout [UInt8]) -> Void) -> String {
        var source = text
        return source.withUTF8 { bytes -> String in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + bytes.count / 8)
            var i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if byte < 0x80 {
                    if byte == 0x0D {
                        ascii(0x0A, &out)
                        if i + 1 < n, bytes[i + 1] == 0x0A { i += 1 }
                    } else if byte >= 0x20 && byte != 0x7F || byte == 0x09 || byte == 0x0A {
                        ascii(byte, &out)
                    }
                    i += 1
                    continue
                }
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                let end = min(i + length, n)
                if !isForbidden(bytes, i, end) {
                    for j in i..<end { out.append(bytes[j]) }
                }
                i = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// C1 controls (C2 80...C2 9F), U+FDD0...U+FDEF (EF B7 90...AF), U+FFFE/U+FFFF (EF BF BE/BF).
    private static func isForbidden(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        guard end - start >= 2 else { return false }
        let b0 = bytes[start], b1 = bytes[start + 1]
        if b0 == 0xC2 { return b1 <= 0x9F }
        guard b0 == 0xEF, end - start == 3 else { return false }
        let b2 = bytes[start + 2]
        if b1 == 0xB7 { return (0x90...0xAF).contains(b2) }
        if b1 == 0xBF { return b2 == 0xBE || b2 == 0xBF }
        return false
    }
}
