/// Escaping for text placed into generated Markdown.
enum MarkdownText {
    /// Escapes characters that would start markup mid-line, and a leading `#`, `>`, `-` or number+dot.
    /// `leading: false` for a piece inside a line (nothing it starts with can open a block).
    static func escapeInline(_ text: String, leading: Bool = true) -> String {
        var output = ""
        for character in text {
            if "\\`*_[]<>|".contains(character) { output.append("\\") }
            output.append(character)
        }
        if leading, let first = output.first, "#>+-=".contains(first) { output.insert("\\", at: output.startIndex) }
        return output
    }
}
