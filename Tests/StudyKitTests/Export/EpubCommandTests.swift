import Foundation
import Testing

/// `studykit epub`: writes the book atomically, warns about images, leaves nothing on failure.
struct EpubCommandTests {
    @Test func writesTheBookWhereAsked() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("guide.epub").path
        let result = CapturedIO.run(["epub", TestSupport.fixture("hostile/hostile.md").path, "-o", out, "--title", "Hostile & Co", "--author", "Q. Tester"])
        #expect(result.code == 0, "\(result.error)")
        let data = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(data.starts(with: Array("PK".utf8)))
        #expect(result.error.contains("warning:") && result.error.contains("missing-diagram.png"))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["guide.epub"])
    }

    @Test(arguments: [
        ["epub"], ["epub", "/nonexistent/article.md", "-o", "OUT"], ["epub", "SEED", "-o", "SEED/inside-a-file.epub"],
        ["epub", "SEED", "--title", " ", "-o", "OUT"], ["epub", "SEED", "--bogus"],
    ])
    func failuresLeaveNoFile(arguments: [String]) throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let out = folder.appendingPathComponent("out.epub").path
        let args = arguments.map { $0.replacingOccurrences(of: "OUT", with: out).replacingOccurrences(of: "SEED", with: TestSupport.seedPath) }
        let result = CapturedIO.run(args)
        #expect(result.code != 0)
        #expect(result.error.hasPrefix("studykit: "))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }
}
