/// YAML front matter at the top of a Markdown file, read as flat `key: value` metadata.
///
/// Only the flat subset articles use is read (strings, numbers, dates); nested
/// values are kept as their text. An unterminated block is not front matter.
struct FrontMatter {
    var fields: [(key: String, value: String)]
    /// Byte offset where the body starts.
    var bodyStart: Int

    static func parse(_ lines: [MarkdownReader.Line]) -> FrontMatter? {
        guard let first = lines.first, first.text.trimmingTrailingSpaces == "---" else { return nil }
        var fields: [(key: String, value: String)] = []
        for line in lines.dropFirst() {
            let text = line.text.trimmingTrailingSpaces
            if text == "---" || text == "..." {
                return FrontMatter(fields: fields, bodyStart: line.end)
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
}

extension StringProtocol {
    var trimmingTrailingSpaces: String {
        var text = String(self)
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
