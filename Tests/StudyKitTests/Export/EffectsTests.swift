import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitExport

/// What a run takes from the world goes through `Effects`: a recorded world gives the same
/// book with no disk and no environment, and `build` and `epub` report warnings alike.
struct EffectsTests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC")!

    @Test func imagesAndTheDateComeFromTheRecordedWorld() throws {
        let document = try TestSupport.pipeline.reader.read(
            bytes: Array("# Pictures\n\nSome text about storage.\n\n![A dot](dot.png)\n\n![Gone](gone.png)\n".utf8),
            path: "/nowhere/article.md")
        let analysis = TestSupport.pipeline.analyse(document)
        let log = WarningLog()
        let effects = Effects.recorded(variables: ["SOURCE_DATE_EPOCH": "86400"],
                                       files: ["/nowhere/dot.png": Self.png], log: log)
        let guide = try StudyGuideBuilder(analysis: analysis, effects: effects).build()
        #expect(guide.book.items.contains { $0.id.hasPrefix("article-image") && $0.mediaType == "image/png" })
        #expect(guide.book.modified == "1970-01-02T00:00:00Z")
        // The builder returns warnings; the exporter passes them on to the world.
        _ = try StudyGuideExporter().render(analysis, effects: effects)
        #expect(log.warnings == guide.warnings)
        #expect(log.warnings.count == 1 && log.warnings[0].contains("gone.png") && log.warnings[0].contains("not found"))
    }

    @Test func buildAndEpubReportTheSameWarningsTheSameWay() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = TestSupport.fixture("hostile/hostile.md").path
        let built = CapturedIO.run(["build", article, "--out", folder.appendingPathComponent("out").path])
        let book = CapturedIO.run(["epub", article, "-o", folder.appendingPathComponent("guide.epub").path])
        #expect(built.code == 0 && book.code == 0)
        let warnings = book.error.split(separator: "\n").filter { $0.hasPrefix("studykit: warning: ") }
        #expect(warnings.count == 3)
        for warning in warnings { #expect(built.error.contains(warning), "\(warning)") }
    }
}
