import Foundation
import Testing
@testable import StudyKitSupport
@testable import StudyKitExport
@testable import StudyKit
@testable import studykit

/// The CLI contract: exit codes (sysexits), one-line errors naming the file, help and version.
struct CommandLineTests {
    struct FileCase: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]?
        var code: Int32
        var fragment: String
        var testDescription: String { name }
    }

    static let fileCases: [FileCase] = [
        FileCase(name: "missing file", bytes: nil, code: 66, fragment: "no such file"),
        FileCase(name: "empty file", bytes: [], code: 65, fragment: "empty file"),
        FileCase(name: "binary file", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], code: 65, fragment: "binary data"),
        FileCase(name: "invalid UTF-8", bytes: Array("Good text then ".utf8) + [0xFF, 0xFE, 0x41], code: 65, fragment: "invalid UTF-8 at byte offset 15"),
        FileCase(name: "random bytes", bytes: (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }, code: 65, fragment: "in.txt"),
    ]

    @Test(arguments: fileCases)
    func badInputGetsOneLineAndSysexitsCode(_ fileCase: FileCase) throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("in.txt").path
        if let bytes = fileCase.bytes { try Data(bytes).write(to: URL(fileURLWithPath: path)) }
        for command in ["analyze", "outline", "sentences"] {
            let result = CapturedIO.run([command, path])
            #expect(result.code == fileCase.code, "\(command)")
            #expect(result.output.isEmpty)
            #expect(result.error.contains(path))
            #expect(result.error.contains(fileCase.fragment))
            #expect(result.error.split(separator: "\n").count == 1)
        }
    }

    @Test func directoryCannotBeOpened() {
        let result = CapturedIO.run(["analyze", FileManager.default.temporaryDirectory.path])
        #expect(result.code == 66)
        #expect(result.error.contains("is a directory"))
    }

    @Test(arguments: [["analyze", "--bogus", "x.txt"], ["frobnicate"], ["analyze"], ["outline", "a", "b"], ["build", "--out"], []])
    func usageErrorsExit64(_ arguments: [String]) {
        let result = CapturedIO.run(arguments)
        #expect(result.code == 64)
        #expect(!result.error.isEmpty)
        #expect(result.output.isEmpty)
    }

    @Test(arguments: ["build", "analyze", "outline", "sentences"])
    func everyCommandHasHelp(_ command: String) {
        let result = CapturedIO.run([command, "--help"])
        #expect(result.code == 0)
        #expect(result.output.contains("studykit \(command)"))
    }

    @Test func versionAndOverview() {
        #expect(CapturedIO.run(["--version"]).output == "studykit \(CommandLineInterface.version)\n")
        let help = CapturedIO.run(["--help"])
        #expect(help.code == 0)
        #expect(help.output.contains("usage: studykit <command>"))
    }

    @Test func timingsAreReportedOnlyWhenAskedFor() throws {
        let quiet = CapturedIO.run(["summary", TestSupport.seedPath])
        #expect(quiet.code == 0 && quiet.error.isEmpty)
        let timed = CapturedIO.run(["summary", TestSupport.seedPath], environment: ["STUDYKIT_TIMINGS": "1"])
        #expect(timed.code == 0 && timed.output == quiet.output)
        let line = try #require(timed.error.split(separator: "\n").first.map(String.init))
        let figures = line.split(separator: " ").compactMap { Double($0) }
        #expect(line.hasPrefix("studykit: timings: load ") && line.hasSuffix(" ms") && figures.count == 2, "\(line)")
        #expect(figures.allSatisfy { $0 >= 0 } && figures[1] > 0, "\(line)")
    }

    @Test(arguments: [["--sentences", "4"], ["--ratio", "0.05"]])
    func summaryLengthOptionsMatchTheSummariser(_ options: [String]) throws {
        let result = CapturedIO.run(["summary", TestSupport.seedPath] + options)
        #expect(result.code == 0)
        let analysis = TestSupport.pipeline.analyse(try TestSupport.pipeline.document(path: TestSupport.seedPath,
                                                                                     standardInput: { Data() }))
        let summarizer = TestSupport.pipeline.language.ranking.summarizer
        let chosen = options[0] == "--sentences"
            ? summarizer.summary(of: analysis.sentences, count: 4)
            : summarizer.summary(of: analysis.sentences, ratio: 0.05)
        let lines = result.output.split(separator: "\n").map(String.init)
        for index in chosen {
            #expect(lines.contains { $0.contains(MarkdownText.escapeInline(analysis.sentences[index].text)) })
        }
    }

    @Test func analyzeListsTheSeedHeadingsAndIntroduction() throws {
        let result = CapturedIO.run(["analyze", TestSupport.seedPath])
        #expect(result.code == 0)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let sections = try #require(json["sections"] as? [[String: Any]])
        #expect(sections.count == 17)
        #expect(sections.first?["id"] as? String == "introduction")
        #expect(sections.dropFirst().compactMap { $0["title"] as? String } == SeedStructureTests.expectedHeadings)
        let stats = try #require(json["stats"] as? [String: Int])
        #expect(stats["paragraphs"] == 90)
        #expect((stats["words"] ?? 0) > 5000)
        #expect((json["removed"] as? [[String: Any]])?.count == 1)
    }

    @Test func standardInputIsReadForDash() {
        let text = "# Notes\n\nFirst point here. Second point here.\n\n## More\n\nThird point.\n"
        let result = CapturedIO.run(["outline", "-"], input: Data(text.utf8))
        #expect(result.code == 0)
        #expect(result.output.hasPrefix("# Notes\n"))
        #expect(result.output.contains("## More"))
    }

    /// Plain text whose first heading is also the title (more headings follow at its level).
    @Test func outlinePrintsAPlainTextTitleOnce() {
        let text = "LICENCE TERMS\n\nCopyright lines stand here as the first part of the text.\n\nPreamble\n\nThe preamble explains why the licence exists at all.\n"
        let result = CapturedIO.run(["outline", "-"], input: Data(text.utf8))
        #expect(result.code == 0)
        #expect(result.output.hasPrefix("# LICENCE TERMS\n"), "\(result.output)")
        #expect(!result.output.contains("## LICENCE TERMS"), "\(result.output)")
        #expect(result.output.contains("## Preamble") && result.output.contains("- Copyright lines"), "\(result.output)")
    }

    @Test func buildReportsABadArticleAndBuildsTheRest() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try Data("A Good Article\nIt has one paragraph of text that is long enough to read.\n".utf8).write(to: input.appendingPathComponent("good.txt"))
        try Data([0, 1, 2, 3]).write(to: input.appendingPathComponent("bad.txt"))
        try Data("ignored".utf8).write(to: input.appendingPathComponent("notes.pdf"))
        let out = folder.appendingPathComponent("out")
        let result = CapturedIO.run(["build", input.path, "--out", out.path])
        #expect(result.code == 65)
        #expect(result.error.contains("bad.txt"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good/outline.md").path))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("good/analysis.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("bad").path))
        let leftovers = try FileManager.default.subpathsOfDirectory(atPath: out.path).filter { $0.hasSuffix(".tmp") }
        #expect(leftovers.isEmpty)
    }
}

/// Batch builds: parallel jobs, size limit, summary table.
struct BatchBuildTests {
    @Test(arguments: [("500000", 500_000), ("50M", 50 << 20), ("1g", 1 << 30), ("2K", 2048)])
    func maxSizeAcceptsSuffixes(_ text: String, _ bytes: Int) throws {
        #expect(try BuildCommand.byteCount(text) == bytes)
    }

    @Test(arguments: [["build", "--jobs", "0"], ["build", "--jobs", "many"], ["build", "--max-size", "-5"], ["build", "--max-size", "10X"], ["build", "--max-size", "2G"]])
    func badBatchOptionsAreUsageErrors(_ arguments: [String]) {
        let result = CapturedIO.run(arguments)
        #expect(result.code == 64)
    }

    @Test func slugsStayUniqueWhenANumberedNameIsAlsoAnArticle() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["foo.md", "foo.txt", "foo-2.md"] {
            try Data("Title\n\nSome text.\n".utf8).write(to: folder.appendingPathComponent(name))
        }
        var failures: [StudyKitError] = []
        let batch = BatchBuilder(pipeline: TestSupport.pipeline, output: folder.appendingPathComponent("out"))
        let slugs = batch.articles(in: [folder.path], failures: &failures).map(\.slug)
        #expect(failures.isEmpty)
        #expect(slugs == ["foo-2", "foo", "foo-3"], "\(slugs)")  // sorted: foo-2.md, foo.md, foo.txt
        #expect(Set(slugs).count == 3)
    }

    @Test func tooLargeInputIsRefusedAtOnceAndOthersStillBuild() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = String(repeating: "A sentence of moderate length that repeats. ", count: 400)
        try Data(big.utf8).write(to: folder.appendingPathComponent("big.txt"))
        try Data("Small Article\nJust one short paragraph here.\n".utf8).write(to: folder.appendingPathComponent("small.txt"))
        let out = folder.appendingPathComponent("out")
        let result = CapturedIO.run(["build", folder.path, "--out", out.path, "--max-size", "4K", "--jobs", "2"])
        #expect(result.code == 65)
        #expect(result.error.contains("big.txt"))
        #expect(result.error.contains("too large"))
        #expect(result.output.contains("1 built, 1 failed"))
        #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("small/analysis.json").path))
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("big").path))
    }

    @Test func parallelBuildGivesTheSameBytesAsSerial() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let articles = TestSupport.fixture("articles").path
        _ = CapturedIO.run(["build", articles, "--out", folder.appendingPathComponent("serial").path, "--jobs", "1"])
        _ = CapturedIO.run(["build", articles, "--out", folder.appendingPathComponent("parallel").path, "--jobs", "4"])
        let serialFiles = try FileManager.default.subpathsOfDirectory(atPath: folder.appendingPathComponent("serial").path).sorted()
        #expect(serialFiles.count > 10)
        for file in serialFiles {
            let a = FileManager.default.contents(atPath: folder.appendingPathComponent("serial/\(file)").path)
            let b = FileManager.default.contents(atPath: folder.appendingPathComponent("parallel/\(file)").path)
            #expect(a == b, "\(file)")
        }
    }
}
