import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `glossary.md`: the terms the article defines, in alphabetical order, each with its defining
/// sentence, the other spellings the article uses and the sections that use it; exams with the
/// catalogue's description (†); then an index of key terms the article uses without defining.
public struct GlossaryExporter: Exporter {
    public let fileName = "glossary.md"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        let titles = Dictionary(analysis.document.sections.map { ($0.id, $0.title ?? "Introduction") }, uniquingKeysWith: { a, _ in a })
        return Data(markdown(analysis.studyAids.glossary, title: analysis.document.metadata.title, sectionTitles: titles).utf8)
    }

    func markdown(_ glossary: Glossary, title: String, sectionTitles: [String: String]) -> String {
        let esc = { (text: String) in MarkdownText.escapeInline(text) }
        var lines = ["# Glossary: \(esc(title))", ""]
        guard !glossary.entries.isEmpty || !glossary.index.isEmpty else {
            lines.append("The article defines no terms and names no key terms.")
            return lines.joined(separator: "\n") + "\n"
        }
        func used(_ sections: [String]) -> String {
            sections.isEmpty ? "" : " · *Used in:* " + sections.prefix(6).map { esc(sectionTitles[$0] ?? $0) }.joined(separator: "; ")
        }
        if !glossary.entries.isEmpty {
            lines.append("Each term with the article's sentence that defines it. † marks a description from StudyKit's certification catalogue.")
            lines.append("")
            for entry in glossary.entries {
                let aliases = entry.aliases.isEmpty ? "" : " (also: " + entry.aliases.map(esc).joined(separator: ", ") + ")"
                let mark = entry.source == .catalogue ? " †" : ""
                lines.append("**\(esc(entry.term))**\(aliases) — \(esc(entry.definition))\(mark)\(used(entry.sections))")
                lines.append("")
            }
        }
        if !glossary.index.isEmpty {
            lines.append("## Index")
            lines.append("")
            lines.append("Key terms the article uses without defining them, and where.")
            lines.append("")
            for entry in glossary.index {
                lines.append("- **\(esc(entry.term))** — " + entry.sections.prefix(8).map { esc(sectionTitles[$0] ?? $0) }.joined(separator: "; "))
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
