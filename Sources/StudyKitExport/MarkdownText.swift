/// Escaping for text placed into generated Markdown.
enum MarkdownText {
    /// Escapes characters that would start markup mid-line, and a leading `#`, `>`, `-` or number+dot.
    static func escapeInline(_ text: String) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { output.append("\\") }
            output.append(character)
        }
        if let first = output.first, "#>+-=".contains(first) { output.insert("\\", at: output.startIndex) }
        return output
    }
}
