import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitText
@testable import StudyKitAnalysis
@testable import StudyKitExport

/// Output never escapes `--out`, never overwrites an input, leaves unrelated files alone,
/// and appears whole or not at all.
struct OutputSafetyTests {
    @Test(arguments: [
        ("../../etc/passwd", "etc-passwd"),
        ("..", "article"),
        ("/absolute/path", "absolute-path"),
        ("CON", "con-article"),
        ("nul", "nul-article"),
        (".hidden", "hidden"),
        ("tab\tand\u{0007}bell", "tab-and-bell"),
        ("Émoji 🎉 Title", "emoji-title"),
        ("AZ-104 vs AZ-305", "az-104-vs-az-305"),
        ("", "article"),
    ])
    func slugsAreSafeFolderNames(_ name: String, _ expected: String) {
        let slug = Slug.make(name)
        #expect(slug == expected)
        #expect(!slug.contains("/") && !slug.contains("..") && !slug.hasPrefix("."))
    }

    @Test func longNamesAreCut() {
        let slug = Slug.make(String(repeating: "word ", count: 100))
        #expect(slug.count <= 80)
        #expect(!slug.hasSuffix("-"))
    }

    /// Renders a little, or fails, on demand.
    struct ProbeExporter: Exporter {
        let fileName: String
        let fails: Bool
        func render(_ analysis: Analysis, effects: Effects) throws -> Data {
            if fails { throw StudyKitError.cannotCreate(path: fileName, reason: "probe failure") }
            return Data("new \(fileName)\n".utf8)
        }
    }

    /// Exports render side by side for short articles (limit above the size) and one at a time otherwise (limit 0).
    @Test(arguments: [Int.max, 0])
    func aFailingExporterLeavesThePreviousSetWholeAndNoTemporaries(_ parallelLimit: Int) throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("old\n".utf8).write(to: folder.appendingPathComponent("first.md"))
        let analysis = try TestSupport.analysis("Notes\n\nOne paragraph of body text for the probe.\n")
        let exporters: [any Exporter] = [ProbeExporter(fileName: "first.md", fails: false),
                                         ProbeExporter(fileName: "second.md", fails: false),
                                         ProbeExporter(fileName: "third.md", fails: true)]
        #expect(throws: StudyKitError.self) {
            try TestSupport.pipeline.export(analysis, to: folder, exporters: exporters, parallelLimit: parallelLimit)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names == ["first.md"])
        #expect(try String(contentsOf: folder.appendingPathComponent("first.md"), encoding: .utf8) == "old\n")

        let written = try TestSupport.pipeline.export(analysis, to: folder, exporters: Array(exporters.prefix(2)),
                                                      parallelLimit: parallelLimit)
        #expect(written == ["first.md", "second.md"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["first.md", "second.md"])
        #expect(try String(contentsOf: folder.appendingPathComponent("first.md"), encoding: .utf8) == "new first.md\n")
    }

    /// Files a killed run staged are cleared on the next export; a live process's and other hidden files stay.
    @Test func abandonedStagedFilesAreClearedOnTheNextExport() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let gone = Int32.max - 1  // above any pid_max: no such process
        let live = ProcessInfo.processInfo.processIdentifier
        let names = [".first.md.\(gone).A1B2.tmp", "..first.md.\(gone).C3D4.tmp.partial-E5F6",
                     ".first.md.\(live).A1B2.tmp", ".first.md.notapid.tmp", ".keep-me", ".other.md.\(gone).X.tmp"]
        for name in names { try Data("x".utf8).write(to: folder.appendingPathComponent(name)) }
        let analysis = try TestSupport.analysis("Notes\n\nOne paragraph of body text for the probe.\n")
        _ = try TestSupport.pipeline.export(analysis, to: folder, exporters: [ProbeExporter(fileName: "first.md", fails: false)])
        let left = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(left == [".first.md.\(live).A1B2.tmp", ".first.md.notapid.tmp", ".keep-me", ".other.md.\(gone).X.tmp",
                         "first.md"].sorted(), "\(left)")
    }

    @Test func buildLeavesUnrelatedFilesAloneAndWritesNoTemporaries() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("notes.txt")
        try Data("Study Notes\nThis short article has one paragraph of body text in it.\n".utf8).write(to: article)
        let out = folder.appendingPathComponent("out")
        let unrelated = out.appendingPathComponent("notes/keep-me.txt")
        try FileManager.default.createDirectory(at: unrelated.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: unrelated)
        let result = CapturedIO.run(["build", article.path, "--out", out.path])
        #expect(result.code == 0, "\(result.error)")
        #expect(try String(contentsOf: unrelated, encoding: .utf8) == "mine")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.appendingPathComponent("notes").path)
        #expect(files.contains("analysis.json") && files.contains("study-guide.epub"))
        #expect(!files.contains { $0.hasSuffix(".tmp") || $0.hasPrefix(".") })
    }

    @Test func anInputInsideTheOutputFolderIsNeverOverwritten() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out")
        let input = out.appendingPathComponent("summary/summary.md")
        try FileManager.default.createDirectory(at: input.deletingLastPathComponent(), withIntermediateDirectories: true)
        let original = "# My Summary\n\nHand-written notes that must survive.\n"
        try Data(original.utf8).write(to: input)
        let result = CapturedIO.run(["build", input.path, "--out", out.path])
        #expect(result.code == 73)
        #expect(result.error.contains("overwrite the input"))
        #expect(try String(contentsOf: input, encoding: .utf8) == original)
    }

    @Test func unwritableOutputIsCannotCreate() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let blocker = folder.appendingPathComponent("file-not-folder")
        try Data("x".utf8).write(to: blocker)
        let result = CapturedIO.run(["build", TestSupport.seedPath, "--out", blocker.path])
        #expect(result.code == 73)
        #expect(result.error.split(separator: "\n").count == 1)
    }

    @Test func atomicWriteReplacesWholeFiles() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("a.txt")
        try FileAccess.writeAtomically("first version", to: target)
        try FileAccess.writeAtomically("second", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["a.txt"])
    }
}
