/// A candidate block of a plain-text article: one line, a wrapped paragraph, or a list item.
///
/// The plain-text reader cuts the text into units; structure rules then decide
/// which units are headings, residue or body.
struct TextUnit: Sendable, Equatable {
    /// The source text of the unit (lines joined by their original newlines).
    var text: String
    var span: TextSpan
    var lineCount: Int
    /// A blank line (or the start of the text) stands before it.
    var afterBlank: Bool
    /// A blank line (or the end of the text) follows it.
    var beforeBlank: Bool
    /// The list marker it opens with ("-", "*", "•", "1.", "a)"), if any.
    var listMarker: String?
    /// Leading spaces of its first line.
    var indent: Int

    /// The text on one line with runs of whitespace collapsed (computed once: rules ask often).
    let singleLine: String

    init(text: String, span: TextSpan, lineCount: Int, afterBlank: Bool, beforeBlank: Bool,
         listMarker: String?, indent: Int) {
        self.text = text
        self.span = span
        self.lineCount = lineCount
        self.afterBlank = afterBlank
        self.beforeBlank = beforeBlank
        self.listMarker = listMarker
        self.indent = indent
        self.singleLine = TextUnit.collapseWhitespace(text)
    }

    /// Collapses runs of whitespace (ASCII and the Unicode spaces the normaliser keeps) to one
    /// space and trims both ends. Works on UTF-8 bytes: this runs on every sentence.
    static func collapseWhitespace(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes -> String in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            let count = bytes.count
            while index < count {
                let byte = bytes[index]
                var width = 0
                if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                    width = 1
                } else if byte == 0xC2, index + 1 < count, bytes[index + 1] == 0x85 || bytes[index + 1] == 0xA0 {
                    width = 2  // NEL, NBSP
                } else if byte == 0xE2, index + 2 < count, bytes[index + 1] == 0x80,
                          (0x80...0x8A).contains(bytes[index + 2]) || bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 || bytes[index + 2] == 0xAF {
                    width = 3  // en/em spaces, line and paragraph separators, narrow NBSP
                } else if byte == 0xE3, index + 2 < count, bytes[index + 1] == 0x80, bytes[index + 2] == 0x80 {
                    width = 3  // ideographic space
                }
                if width > 0 {
                    pendingSpace = !output.isEmpty
                    index += width
                } else {
                    if pendingSpace { output.append(0x20); pendingSpace = false }
                    output.append(byte)
                    index += 1
                }
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
