import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `outline.md`: the title as H1, each section as a heading at its level, and
/// under each its key points as bullets.
public struct OutlineExporter: Exporter {
    public let fileName = "outline.md"
    /// Key points per section.
    public var pointsPerSection = 2

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        Data(markdown(analysis).utf8)
    }

    public func markdown(_ analysis: Analysis) -> String {
        var lines = ["# \(MarkdownText.escapeInline(analysis.document.metadata.title))", ""]
        for (index, section) in analysis.document.sections.enumerated() {
            // A plain-text title that also heads the first section is printed once, as the H1.
            let repeatsTitle = index == 0 && section.title == analysis.document.metadata.title
            if let title = section.title, !repeatsTitle {
                let hashes = String(repeating: "#", count: min(6, section.level + 1))
                lines.append("\(hashes) \(MarkdownText.escapeInline(title))")
                lines.append("")
            }
            let points = analysis.keyPoints(ofSection: index, limit: pointsPerSection)
            guard !points.isEmpty else { continue }
            for point in points {
                lines.append("- \(MarkdownInline.sentence(point, in: analysis))")
            }
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
