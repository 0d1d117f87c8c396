/// Guesses whether text of unknown origin (standard input) is Markdown.
enum MarkdownSniffer {
    /// Markdown when it has ATX headings, front matter, fences, Setext underlines or links.
    static func looksLikeMarkdown(_ text: String) -> Bool {
        var signals = 0
        var previousNonBlank = false
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(2000).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if number == 0 && trimmed == "---" { signals += 2 }
            if trimmed.hasPrefix("#"), let after = trimmed.drop(while: { $0 == "#" }).first, after == " " { signals += 2 }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") { signals += 2 }
            if previousNonBlank, trimmed.count >= 3, trimmed.allSatisfy({ $0 == "=" }) { signals += 2 }
            if trimmed.contains("](") || trimmed.contains("**") { signals += 1 }
            previousNonBlank = !trimmed.isEmpty
            if signals >= 2 { return true }
        }
        return false
    }
}
