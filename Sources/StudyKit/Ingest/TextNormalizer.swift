/// Normalises decoded text before reading, so every later offset points into one stable text:
/// byte-order mark dropped, CRLF and CR made LF, Unicode spaces made ASCII spaces.
///
/// Smart quotes and dashes are kept as written; the rules understand them.
public enum TextNormalizer {
    public static func normalize(_ text: String) -> String {
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
}
