import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `glossary.md`: key terms in alphabetical order, each with the sentence that
/// defines it (or, failing that, the first informative sentence that uses it).
public struct GlossaryExporter: Exporter {
    public let fileName = "glossary.md"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        Data(markdown(analysis.studyAids.glossary, title: analysis.document.metadata.title).utf8)
    }

    func markdown(_ glossary: Glossary, title: String) -> String {
        let esc = { (text: String) in MarkdownText.escapeInline(text) }
        var lines = ["# Glossary: \(esc(title))", ""]
        guard !glossary.entries.isEmpty else {
            lines.append("No key terms were found.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append("Terms in *italics* have no defining sentence in the article; the sentence shown uses the term. "
                     + "† marks a description from StudyKit's certification catalogue.")
        lines.append("")
        for entry in glossary.entries {
            let term = esc(entry.term)
            switch entry.source {
            case .definition: lines.append("**\(term)** — \(esc(entry.definition))")
            case .mention: lines.append("***\(term)*** — \(esc(entry.definition))")
            case .catalogue: lines.append("***\(term)*** — \(esc(entry.definition)) †")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
