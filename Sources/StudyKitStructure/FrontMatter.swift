/// YAML front matter at the top of a Markdown file, read as flat `key: value` metadata.
///
/// Only the flat subset articles use is read (strings, numbers, dates); nested
/// values are kept as their text. An unterminated block is not front matter.
struct FrontMatter {
    var fields: [(key: String, value: String)]
    /// Byte offset where the body starts (after the closing `---` line).
    var bodyStart: Int

    static func parse(_ text: String) -> FrontMatter? {
        let length = text.utf8.count
        var offset = 0
        var lines: [(text: Substring, end: Int)] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            offset += line.utf8.count
            lines.append((line, offset))
            offset += 1
            if lines.count > 1, line.trimmingTrailingSpaces == "---" || line.trimmingTrailingSpaces == "..." { break }
        }
        guard let first = lines.first, first.text.trimmingTrailingSpaces == "---" else { return nil }
        var fields: [(key: String, value: String)] = []
        for line in lines.dropFirst() {
            let text = line.text.trimmingTrailingSpaces
            if text == "---" || text == "..." {
                return FrontMatter(fields: fields, bodyStart: min(line.end + 1, length))
            }
            guard let colon = text.firstIndex(of: ":"), !text.hasPrefix(" "), !text.hasPrefix("-") else { continue }
            let key = text[..<colon].trimmingTrailingSpaces
            var value = String(text[text.index(after: colon)...]).trimmingTrailingSpaces
            while value.hasPrefix(" ") { value.removeFirst() }
            if value.count >= 2, let quote = value.first, quote == "\"" || quote == "'", value.last == quote {
                value = String(value.dropFirst().dropLast())
            }
            guard !key.isEmpty else { continue }
            fields.append((key: key, value: value))
        }
        return nil
    }

    /// The text with the front matter's bytes blanked (newlines kept), so a Markdown parser
    /// skips it while every later byte keeps its offset.
    static func blanked(_ text: String, upTo end: Int) -> String {
        var bytes = Array(text.utf8)
        for index in 0..<min(end, bytes.count) where bytes[index] != 0x0A { bytes[index] = 0x20 }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var text = String(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
