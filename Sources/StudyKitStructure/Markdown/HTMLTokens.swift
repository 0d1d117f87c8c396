/// A forgiving tokenizer for the raw HTML Markdown lets through (HTML blocks and inline tags):
/// tags with their attributes, comments, and the text between them with character references
/// decoded. Byte ranges point into the fragment, so text keeps its place in the source.
/// Nothing here renders HTML: the reader keeps a few elements and the text of the rest.
enum HTMLToken: Equatable {
    case open(name: String, attributes: [String: String], selfClosing: Bool, range: Range<Int>)
    case close(name: String, range: Range<Int>)
    case text(String, range: Range<Int>)
    case comment(String, range: Range<Int>)

    /// Tokens of `fragment`; a `<` that opens no tag is text.
    static func tokens(_ fragment: String) -> [HTMLToken] {
        let bytes = Array(fragment.utf8)
        var tokens: [HTMLToken] = []
        var textStart = 0
        var i = 0
        func flushText(upTo end: Int) {
            if end > textStart {
                let raw = String(decoding: bytes[textStart..<end], as: UTF8.self)
                tokens.append(.text(CharacterReference.decode(raw), range: textStart..<end))
            }
        }
        while i < bytes.count {
            guard bytes[i] == UInt8(ascii: "<") else { i += 1; continue }
            if let (token, end) = tag(bytes, at: i) {
                flushText(upTo: i)
                tokens.append(token)
                i = end
                textStart = end
            } else {
                i += 1
            }
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    /// A comment, closing tag or opening tag at `start`, and where it ends.
    private static func tag(_ bytes: [UInt8], at start: Int) -> (HTMLToken, Int)? {
        let n = bytes.count
        if start + 3 < n, bytes[start + 1] == UInt8(ascii: "!"), bytes[start + 2] == UInt8(ascii: "-"), bytes[start + 3] == UInt8(ascii: "-") {
            // "<!-->" and "<!--->" close at once (HTML's abrupt empty comment).
            for abrupt in [4, 5] where start + abrupt < n && bytes[start + abrupt] == UInt8(ascii: ">")
                && (abrupt == 4 || bytes[start + 4] == UInt8(ascii: "-")) {
                return (.comment("", range: start..<(start + abrupt + 1)), start + abrupt + 1)
            }
            var j = start + 4
            while j + 2 < n, !(bytes[j] == UInt8(ascii: "-") && bytes[j + 1] == UInt8(ascii: "-") && bytes[j + 2] == UInt8(ascii: ">")) { j += 1 }
            let closed = j + 2 < n
            let end = closed ? j + 3 : n
            let body = String(decoding: bytes[(start + 4)..<(closed ? j : n)], as: UTF8.self)
            return (.comment(body, range: start..<end), end)
        }
        if start + 1 < n, bytes[start + 1] == UInt8(ascii: "!") || bytes[start + 1] == UInt8(ascii: "?") {
            // <!DOCTYPE …>, <![CDATA[ … ]]>, <?php … ?>: declarations, never content.
            var j = start + 2
            while j < n, bytes[j] != UInt8(ascii: ">") { j += 1 }
            guard j < n else { return nil }
            return (.comment("", range: start..<(j + 1)), j + 1)
        }
        var j = start + 1
        let closing = j < n && bytes[j] == UInt8(ascii: "/")
        if closing { j += 1 }
        let nameStart = j
        while j < n, isNameByte(bytes[j]) { j += 1 }
        guard j > nameStart, isLetter(bytes[nameStart]) else { return nil }
        let name = String(decoding: bytes[nameStart..<j], as: UTF8.self).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        while j < n {
            while j < n, isSpace(bytes[j]) { j += 1 }
            guard j < n else { return nil }
            if bytes[j] == UInt8(ascii: ">") { j += 1; break }
            if bytes[j] == UInt8(ascii: "/"), j + 1 < n, bytes[j + 1] == UInt8(ascii: ">") { selfClosing = true; j += 2; break }
            let attributeStart = j
            while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: "="), bytes[j] != UInt8(ascii: ">"),
                  !(bytes[j] == UInt8(ascii: "/") && j + 1 < n && bytes[j + 1] == UInt8(ascii: ">")) { j += 1 }
            guard j > attributeStart else { return nil }
            let attribute = String(decoding: bytes[attributeStart..<j], as: UTF8.self).lowercased()
            while j < n, isSpace(bytes[j]) { j += 1 }
            var value = ""
            if j < n, bytes[j] == UInt8(ascii: "=") {
                j += 1
                while j < n, isSpace(bytes[j]) { j += 1 }
                guard j < n else { return nil }
                if bytes[j] == UInt8(ascii: "\"") || bytes[j] == UInt8(ascii: "'") {
                    let quote = bytes[j]
                    let valueStart = j + 1
                    j += 1
                    while j < n, bytes[j] != quote { j += 1 }
                    guard j < n else { return nil }
                    value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                    j += 1
                } else {
                    let valueStart = j
                    while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">") { j += 1 }
                    value = String(decoding: bytes[valueStart..<j], as: UTF8.self)
                }
            }
            attributes[attribute] = CharacterReference.decode(value)
        }
        guard j <= n, j > start, bytes[j - 1] == UInt8(ascii: ">") else { return nil }
        if closing { return (.close(name: name, range: start..<j), j) }
        return (.open(name: name, attributes: attributes, selfClosing: selfClosing, range: start..<j), j)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C }
}

/// HTML character references in raw HTML text (`&amp;`, `&#8217;`, `&#x2014;`). cmark decodes
/// those in Markdown text itself; these are the ones inside HTML blocks and attributes.
enum CharacterReference {
    /// The named references seen in articles; an unknown name stays as written.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "ensp": " ", "emsp": " ",
        "thinsp": " ", "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "ldquo": "“",
        "rdquo": "”", "laquo": "«", "raquo": "»", "copy": "©", "reg": "®", "trade": "™", "deg": "°",
        "middot": "·", "bull": "•", "times": "×", "divide": "÷", "plusmn": "±", "rarr": "→", "larr": "←",
        "uarr": "↑", "darr": "↓", "harr": "↔", "check": "✓", "euro": "€", "pound": "£", "yen": "¥", "cent": "¢",
        "sect": "§", "para": "¶", "frac12": "½", "frac14": "¼", "frac34": "¾", "hearts": "♥", "star": "☆",
    ]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            out += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            if let semicolon = after.prefix(32).firstIndex(of: ";"), let decoded = value(of: after[..<semicolon]) {
                out += decoded
                rest = after[after.index(after: semicolon)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// The text a reference name stands for ("amp", "#8217", "#x2014"), or nil.
    static func value(of name: Substring) -> String? {
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            guard let number, number > 0, let scalar = Unicode.Scalar(number) else { return nil }
            return String(Character(scalar))
        }
        return named[String(name)]
    }
}
