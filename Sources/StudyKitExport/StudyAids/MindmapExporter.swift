import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `mindmap.md`: the outline as Mermaid `mindmap` source in a fenced block —
/// the title at the root, sections by level, and under each section one or two
/// shortened key points and its leading keyphrases.
public struct MindmapExporter: Exporter {
    public let fileName = "mindmap.md"
    static let keyPointWords = 9
    static let keyphrasesPerSection = 3

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        Data(markdown(analysis).utf8)
    }

    func markdown(_ analysis: Analysis) -> String {
        let title = analysis.document.metadata.title
        var lines = ["# Mind map: \(MarkdownText.escapeInline(title))", "", "```mermaid", "mindmap"]
        var counter = 0
        func node(_ text: String, depth: Int, shape: (String, String) = ("[\"", "\"]")) {
            counter += 1
            let indent = String(repeating: "  ", count: depth)
            lines.append(indent + "n\(counter)" + shape.0 + Self.label(text) + shape.1)
        }
        node(title, depth: 1, shape: ("((\"", "\"))"))
        let sections = analysis.document.sections
        var depthOfLevel: [Int] = []   // section depth by nesting, so skipped levels do not break the tree
        for (index, section) in sections.enumerated() {
            while let last = depthOfLevel.last, last >= section.level { depthOfLevel.removeLast() }
            depthOfLevel.append(section.level)
            let depth = 1 + depthOfLevel.count
            node(section.title ?? "Introduction", depth: depth)
            for point in analysis.keyPoints(ofSection: index, limit: 2) {
                node(Self.shorten(point.text, words: Self.keyPointWords), depth: depth + 1, shape: ("(\"", "\")"))
            }
            let phrases = analysis.sectionKeyphrases.indices.contains(index) ? analysis.sectionKeyphrases[index] : []
            for phrase in phrases.prefix(Self.keyphrasesPerSection) {
                node(phrase.phrase, depth: depth + 1, shape: ("{{\"", "\"}}"))
            }
        }
        lines.append("```")
        lines.append("")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The first `words` words, with an ellipsis when cut.
    static func shorten(_ text: String, words: Int) -> String {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" })
        guard parts.count > words else { return text }
        var cut = parts.prefix(words).joined(separator: " ")
        while let last = cut.last, ",;:—–-".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// Text inside a quoted Mermaid label: Mermaid entity codes for characters it
    /// (or the Markdown it applies to labels) would read as syntax; line breaks become spaces.
    static func label(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "#": out += "#35;"
            case "\"": out += "#quot;"
            case "&": out += "#amp;"
            case "<": out += "#lt;"
            case ">": out += "#gt;"
            case "`": out += "#96;"
            case "*": out += "#42;"
            case "_": out += "#95;"
            case "[": out += "#91;"
            case "]": out += "#93;"
            case "(": out += "#40;"
            case ")": out += "#41;"
            case "{": out += "#123;"
            case "}": out += "#125;"
            case "\n", "\r", "\t": out += " "
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out.isEmpty ? "#32;" : out
    }
}
