/// Normalises decoded text before reading, so every later offset points into one stable text:
/// byte-order mark dropped, CRLF and CR made LF, Unicode spaces made ASCII spaces.
///
/// Smart quotes and dashes are kept as written; the rules understand them.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
        if !needsWork(text) { return text }
        var scalars = String.UnicodeScalarView()
        var previousWasCR = false
        var isFirst = true
        for scalar in text.unicodeScalars {
            defer { isFirst = false }
            if isFirst && scalar.value == 0xFEFF { continue }
            switch scalar.value {
            case 0x0D:
                scalars.append("\n")
                previousWasCR = true
                continue
            case 0x0A:
                if previousWasCR { previousWasCR = false; continue }
                scalars.append(scalar)
            default:
                scalars.append(Whitespace.isUnicodeSpace(scalar) ? " " : scalar)
            }
            previousWasCR = false
        }
        return String(scalars)
    }

    /// Most files need nothing: no BOM, no CR, no Unicode spaces. One byte scan tells.
    private static func needsWork(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { return true }
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte == 0x0D { return true }
                if byte >= 0xC2, Whitespace.length(bytes, index) > 0,
                   Whitespace.isUnicodeSpace(UTF8Bytes.scalar(bytes, index).0) { return true }
                index += 1
            }
            return false
        }
    }
}
