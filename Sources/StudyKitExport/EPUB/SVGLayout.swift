/// Text measuring, wrapping and number formatting for `SVGFigure`.
/// SVG has no text layout of its own, so lines are broken here from an
/// estimate of glyph widths; the estimate only needs to be deterministic and
/// roughly right (wide for CJK and emoji, zero for combining marks).
enum SVGLayout {
    /// Estimated advance of one character in ems.
    static func width(of character: Character) -> Double {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        let value = scalar.value
        switch value {
        case 0x20: return 0.3
        case 0x21...0x7E:
            if (0x41...0x5A).contains(value) || value == 0x4D || value == 0x57 { return 0.68 }
            if "iljtf.,:;'!|()[]".unicodeScalars.contains(scalar) { return 0.32 }
            return 0.56
        case 0x0300...0x036F, 0x064B...0x065F: return 0
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F000...0x1FAFF, 0x20000...0x3FFFD:
            return 1.0
        default: return 0.6
        }
    }

    static func width(of text: Substring) -> Double {
        text.reduce(0) { $0 + width(of: $1) }
    }

    /// Breaks `text` into lines no wider than `maxEms`, at spaces where possible
    /// and inside over-long words otherwise; at most `maxLines`, the last one
    /// ending in "…" when text was cut.
    static func wrap(_ text: String, maxEms: Double, maxLines: Int) -> [String] {
        var lines: [String] = []
        var current = ""
        var currentWidth = 0.0
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        func flush() {
            if !current.isEmpty { lines.append(current) }
            current = ""
            currentWidth = 0
        }
        for word in words {
            let wordWidth = width(of: word)
            let spaced = current.isEmpty ? wordWidth : currentWidth + 0.3 + wordWidth
            if spaced <= maxEms {
                current += current.isEmpty ? String(word) : " " + word
                currentWidth = spaced
                continue
            }
            flush()
            if wordWidth <= maxEms {
                current = String(word)
                currentWidth = wordWidth
                continue
            }
            for character in word {
                let w = width(of: character)
                if currentWidth + w > maxEms { flush() }
                current.append(character)
                currentWidth += w
            }
        }
        flush()
        guard lines.count > maxLines, maxLines > 0 else { return lines }
        var kept = Array(lines.prefix(maxLines))
        var last = kept[maxLines - 1]
        while !last.isEmpty && width(of: Substring(last)) + 1.0 > maxEms { last.removeLast() }
        kept[maxLines - 1] = last + "…"
        return kept
    }

    /// Fixed formatting: at most one decimal, "." separator, no "-0", no locale.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// `<text>` lines centred on `x`, starting at baseline `y`.
    static func centredLines(_ lines: [String], x: Double, y: Double, fontSize: Double,
                             lineHeight: Double, attributes: String) -> String {
        var out = ""
        for (index, line) in lines.enumerated() {
            let baseline = y + Double(index) * lineHeight
            out += "<text x=\"\(number(x))\" y=\"\(number(baseline))\" font-size=\"\(number(fontSize))\""
            out += " text-anchor=\"middle\" \(attributes)>\(XMLText.escape(line))</text>\n"
        }
        return out
    }
}
