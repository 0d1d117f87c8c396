/// Recognises the markers that open list items in plain text and Markdown.
enum ListItemMarker {
    /// The marker at the start of `line` (after indentation) and the byte length it
    /// occupies including the following space, or nil when the line is not a list item.
    static func match(_ line: Substring) -> (marker: String, length: Int, ordered: Bool)? {
        let bytes = Array(line.utf8)
        var index = 0
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
        let start = index
        guard index < bytes.count else { return nil }
        // Bullets: - * + and the Unicode bullets • ‣ ◦ ▪ –.
        for bullet in ["-", "*", "+", "•", "‣", "◦", "▪", "–"] {
            let marker = Array(bullet.utf8)
            if bytes.count >= index + marker.count + 1,
               Array(bytes[index..<index + marker.count]) == marker,
               bytes[index + marker.count] == 0x20 || bytes[index + marker.count] == 0x09 {
                return (bullet, index + marker.count + 1 - start, false)
            }
        }
        // Ordered: 1. 1) a) (a) i.
        var cursor = index
        var opened = false
        if bytes[cursor] == UInt8(ascii: "(") { opened = true; cursor += 1 }
        let digitsStart = cursor
        while cursor < bytes.count, (0x30...0x39).contains(bytes[cursor]) { cursor += 1 }
        var isOrdinal = cursor > digitsStart && cursor - digitsStart <= 3
        if !isOrdinal, cursor < bytes.count, (0x61...0x7A).contains(bytes[cursor]) {
            cursor += 1
            isOrdinal = true
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ")") else { return nil }
        }
        guard isOrdinal, cursor < bytes.count else { return nil }
        let closer = bytes[cursor]
        guard closer == UInt8(ascii: ")") || (!opened && closer == UInt8(ascii: ".")) else { return nil }
        cursor += 1
        guard cursor < bytes.count, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 else { return nil }
        let marker = String(decoding: bytes[index..<cursor], as: UTF8.self)
        return (marker, cursor + 1 - start, true)
    }
}
