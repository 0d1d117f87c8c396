import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `study-guide.epub`: the article and everything StudyKit made from it as one
/// EPUB 3 book (see `StudyGuideBuilder` for the contents). `stage` has
/// `EPUBWriter` write the zip straight into the staged file; `render` (bytes, for tests
/// and library users) writes it to a private temporary file and reads it back, because
/// only `ZipArchive` talks to libzip.
public struct StudyGuideExporter: Exporter {
    public let fileName = "study-guide.epub"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("studykit-epub-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StudyKitError.cannotCreate(path: folder.path, reason: "temporary folder cannot be created")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = try stage(analysis, for: folder.appendingPathComponent(fileName), effects: effects)
        do {
            return try Data(contentsOf: file)
        } catch {
            throw StudyKitError.io(path: file.path, reason: "written book cannot be read back")
        }
    }

    /// Writes the book straight into the staged file, without reading it back; images left
    /// out are reported through `effects.warn`, in page order.
    public func stage(_ analysis: Analysis, for url: URL, effects: Effects) throws -> URL {
        let guide = try StudyGuideBuilder(analysis: analysis, effects: effects).build()
        for warning in guide.warnings { effects.warn(warning) }
        return try FileAccess.stage(for: url, writer: { try EPUBWriter.write(guide.book, to: $0, reportedPath: url.path) })
    }
}
