import Foundation

/// `study-guide.epub`: the article and everything StudyKit made from it as one
/// EPUB 3 book (see `StudyGuideBuilder` for the contents). `stage` has
/// `EPUBWriter` write the zip straight into the staged file; `render` (bytes)
/// writes it to a private temporary file and reads it back, because only
/// `ZipArchive` talks to libzip.
public struct StudyGuideExporter: Exporter {
    public let fileName = "study-guide.epub"
    /// `SOURCE_DATE_EPOCH` as found when the exporter was made (used only when the
    /// article has no front-matter date); nil ignores it.
    public var sourceDateEpoch: String?

    public init(sourceDateEpoch: String? = getenv("SOURCE_DATE_EPOCH").map { String(cString: $0) }) {
        self.sourceDateEpoch = sourceDateEpoch
    }

    public func render(_ analysis: Analysis) throws -> Data {
        try build(analysis).data
    }

    /// Writes the book straight into the staged file, without reading it back.
    public func stage(_ analysis: Analysis, for url: URL) throws -> URL {
        let guide = try StudyGuideBuilder(analysis: analysis, sourceDateEpoch: sourceDateEpoch).build()
        return try FileAccess.stage(for: url, writer: { try EPUBWriter.write(guide.book, to: $0, reportedPath: url.path) })
    }

    /// The book's bytes and the warnings met on the way (images left out, with why).
    public func build(_ analysis: Analysis) throws -> (data: Data, warnings: [String]) {
        let guide = try StudyGuideBuilder(analysis: analysis, sourceDateEpoch: sourceDateEpoch).build()
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("studykit-epub-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw StudyKitError.cannotCreate(path: folder.path, reason: "temporary folder cannot be created")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(fileName)
        try EPUBWriter.write(guide.book, to: file)
        do {
            return (try Data(contentsOf: file), guide.warnings)
        } catch {
            throw StudyKitError.io(path: file.path, reason: "written book cannot be read back")
        }
    }
}
