import Foundation
import StudyKitSupport
import StudyKitModel
import StudyKitAnalysis

/// `summary.md`: the whole-article summary, then one or two sentences per section,
/// sentences in document order and never a heading.
public struct SummaryExporter: Exporter {
    public let fileName = "summary.md"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        Data(markdown(analysis, summary: analysis.summarySentences).utf8)
    }

    /// The Markdown for a given whole-article summary (the CLI may ask for another length).
    public func markdown(_ analysis: Analysis, summary: [AnalysedSentence]) -> String {
        let document = analysis.document
        var lines = ["# Summary: \(MarkdownText.escapeInline(document.metadata.title))", ""]
        let minutes = analysis.stats.readingMinutes
        lines.append("*\(analysis.stats.words) words, about \(minutes) minute\(minutes == 1 ? "" : "s") to read; "
                     + "this summary keeps \(summary.count) of \(analysis.stats.sentences) sentences.*")
        lines.append("")
        if !analysis.keyphrases.isEmpty {
            let terms = analysis.keyphrases.prefix(8).map { MarkdownText.escapeInline($0.phrase) }
            lines.append("**Key terms:** " + terms.joined(separator: ", "))
            lines.append("")
        }
        lines.append(summary.map { MarkdownInline.sentence($0, in: analysis) }.joined(separator: " "))
        lines.append("")
        let sectioned = document.sections.indices.filter { !analysis.keyPoints(ofSection: $0).isEmpty }
        if sectioned.count > 1 {
            lines.append("## Section by section")
            lines.append("")
            for index in sectioned {
                let title = document.sections[index].title ?? "Introduction"
                lines.append("### \(MarkdownText.escapeInline(title))")
                lines.append("")
                lines.append(analysis.keyPoints(ofSection: index).map { MarkdownInline.sentence($0, in: analysis) }.joined(separator: " "))
                lines.append("")
            }
        }
        return lines.joined(separator: "\n")
    }
}
