import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// One study material written from an analysis. Each exporter is one type,
/// registered once in `Exporters.all`, so `build` and the CLI stay in step.
public protocol Exporter: Sendable {
    /// The file name inside `Exports/<slug>/`.
    var fileName: String { get }
    /// The file's bytes; the same analysis (and the same `effects`) always gives the same bytes.
    /// Warnings (an image left out) go to `effects.warn`.
    func render(_ analysis: Analysis, effects: Effects) throws -> Data
    /// Writes the file's bytes to a temporary file beside `url` (see `FileAccess.stage`)
    /// and returns it. By default `render` then one write; a large export may stream instead.
    func stage(_ analysis: Analysis, for url: URL, effects: Effects) throws -> URL
}

extension Exporter {
    public func stage(_ analysis: Analysis, for url: URL, effects: Effects) throws -> URL {
        try FileAccess.stage(try render(analysis, effects: effects), for: url)
    }
}

/// The table of exporters that `build` runs, in order.
public enum Exporters {
    public static let all: [any Exporter] = [
        OutlineExporter(),
        AnalysisJSONExporter(),
        SummaryExporter(),
        ComparisonExporter(format: .markdown),
        ComparisonExporter(format: .csv),
        ComparisonExporter(format: .html),
        FlashcardsExporter(),
        QuizExporter(),
        GlossaryExporter(),
        MindmapExporter(),
        StudyGuideExporter(),
    ]
}
