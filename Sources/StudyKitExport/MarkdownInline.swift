import StudyKitModel
import StudyKitAnalysis

/// A sentence written back as Markdown with the markup its paragraph had: emphasis, strong,
/// strikethrough, code and web links survive into `summary.md` and `outline.md`. The sentence's
/// bytes of its paragraph's text are matched to the inlines that made them (the reader built
/// the text from the inlines in order), so only the sentence's own stretch is written.
enum MarkdownInline {
    /// The sentence as Markdown, or its escaped text when its paragraph has no markup.
    static func sentence(_ sentence: AnalysedSentence, in analysis: Analysis) -> String {
        guard let paragraph = analysis.paragraph(of: sentence), !paragraph.inlines.isEmpty,
              !sentence.rangeInParagraph.isEmpty else { return MarkdownText.escapeInline(sentence.text) }
        var writer = Writer(range: sentence.rangeInParagraph)
        let markdown = writer.write(paragraph.inlines)
        let collapsed = markdown.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        return collapsed.isEmpty ? MarkdownText.escapeInline(sentence.text) : collapsed
    }

    private struct Writer {
        let range: Range<Int>
        /// Bytes of paragraph text passed so far (as the reader counted them).
        var offset = 0

        init(range: Range<Int>) { self.range = range }

        mutating func write(_ inlines: [Inline]) -> String {
            inlines.map { write($0) }.joined()
        }

        /// The part of `text` (starting at `offset`) inside the range.
        mutating func clip(_ text: String) -> String {
            let bytes = Array(text.utf8)
            let start = offset
            offset += bytes.count
            let low = max(range.lowerBound, start) - start, high = min(range.upperBound, offset) - start
            guard low < high else { return "" }
            return String(decoding: bytes[low..<high], as: UTF8.self)
        }

        mutating func wrap(_ mark: String, _ children: [Inline]) -> String {
            let inner = write(children)
            let trimmed = inner.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty else { return inner }
            // Marks hug the text: "**bold** rest", never "** bold**".
            let lead = inner.prefix { $0 == " " }, trail = String(inner.reversed().prefix { $0 == " " })
            return lead + mark + trimmed + mark + trail
        }

        mutating func write(_ inline: Inline) -> String {
            switch inline {
            case .text(let text): return MarkdownText.escapeInline(clip(text), leading: false)
            case .code(let text):
                let part = clip(text)
                guard !part.isEmpty else { return "" }
                let fence = part.contains("`") ? "``" : "`"
                return fence + (part.hasPrefix("`") ? " " : "") + part + (part.hasSuffix("`") ? " " : "") + fence
            case .emphasis(let children): return wrap("*", children)
            case .strong(let children): return wrap("**", children)
            case .strikethrough(let children): return wrap("~~", children)
            case .keyboard(let children), .superscript(let children), .subscript(let children): return write(children)
            case .link(let target, _, let children):
                let text = write(children)
                let absolute = target.hasPrefix("http://") || target.hasPrefix("https://")
                guard absolute, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return text }
                return "[\(text)](\(HrefEscape.escape(target)))"
            case .softBreak, .lineBreak: return clip("\n").isEmpty ? "" : " "
            case .image, .footnoteReference: return ""
            }
        }
    }
}
