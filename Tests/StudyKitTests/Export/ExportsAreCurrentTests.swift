import Foundation
import Testing

/// `Exports/` is committed; it must be exactly what `build` makes from `Corpus/` today.
/// To re-record after an intended change: `Tools/run` (or `studykit build`), then review the diff.
struct ExportsAreCurrentTests {
    @Test func committedExportsMatchAFreshBuild() throws {
        let root = TestSupport.repositoryRoot
        let fresh = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: fresh) }
        let corpus = root.appendingPathComponent("Corpus").path
        let result = CapturedIO.run(["build", corpus, "--out", fresh.path])
        #expect(result.code == 0, "\(result.error)")

        let committed = root.appendingPathComponent("Exports")
        let committedFiles = try Set(FileManager.default.subpathsOfDirectory(atPath: committed.path)
            .filter { !$0.hasPrefix(".") && !Self.isDirectory(committed.appendingPathComponent($0)) })
        let freshFiles = try Set(FileManager.default.subpathsOfDirectory(atPath: fresh.path)
            .filter { !Self.isDirectory(fresh.appendingPathComponent($0)) })
        #expect(!freshFiles.isEmpty)
        #expect(committedFiles == freshFiles, "files differ: run Tools/run to re-record Exports/")
        for file in freshFiles.sorted() where committedFiles.contains(file) {
            let old = try Data(contentsOf: committed.appendingPathComponent(file))
            let new = try Data(contentsOf: fresh.appendingPathComponent(file))
            #expect(old == new, "Exports/\(file) is stale: run Tools/run and review the diff")
        }
    }

    static func isDirectory(_ url: URL) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &flag) && flag.boolValue
    }
}
