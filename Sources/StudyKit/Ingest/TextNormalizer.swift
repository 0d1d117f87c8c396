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
            case 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
            previousWasCR = false
        }
        return String(scalars)
    }

    /// Most files need nothing: no BOM, no CR, no Unicode spaces. One byte scan tells.
    private static func needsWork(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                switch bytes[index] {
                case 0x0D: return true
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: return true
                case 0xE1 where index + 2 < bytes.count && bytes[index + 1] == 0x9A && bytes[index + 2] == 0x80: return true
                case 0xE2 where index + 2 < bytes.count:
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80 && (third <= 0x8A || third == 0xAF) { return true }
                    if second == 0x81 && third == 0x9F { return true }
                case 0xE3 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && bytes[index + 2] == 0x80: return true
                case 0xEF where index == 0 && bytes.count >= 3 && bytes[1] == 0xBB && bytes[2] == 0xBF: return true
                default: break
                }
                index += 1
            }
            return false
        }
    }
}
