import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitChecks

/// Every input the fuzzer starts from or kept, replayed through the fuzz target's own checks
/// (`InvariantChecks`) without a sanitizer: the seeds in Tools/fuzz.d/seeds/, the saved
/// regression inputs in Fixtures/fuzz/, and `.build-fuzz/corpus/` when a fuzz run left one.
/// A stale invariant or a seed that traps fails here, in every test run, not only when fuzzing.
struct FuzzReplayTests {
    static let seeds = TestSupport.repositoryRoot.appendingPathComponent("Tools/fuzz.d/seeds")
    static let keptCorpus = TestSupport.repositoryRoot.appendingPathComponent(".build-fuzz/corpus")

    static func files(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    @Test func theSeedsAreThere() {
        #expect(Self.files(in: Self.seeds).count >= 8)
    }

    /// Seeds and kept inputs are raw fuzzer inputs: the first byte picks the reader.
    @Test(.timeLimit(.minutes(10)), arguments: [seeds, keptCorpus])
    func fuzzInputsKeepEveryInvariant(_ folder: URL) throws {
        for file in Self.files(in: folder) {
            let input = [UInt8](try Data(contentsOf: file))
            let broken = InvariantChecks.violations(fuzzInput: input, pipeline: TestSupport.pipeline)
            #expect(broken.isEmpty, "\(file.lastPathComponent): \(broken)")
        }
    }

    /// Saved regression inputs are articles: their extension picks the reader.
    @Test(arguments: FuzzRegressionTests.inputs)
    func regressionInputsKeepEveryInvariant(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: FuzzRegressionTests.folder.appendingPathComponent(name)))
        let broken = InvariantChecks.violations(bytes: bytes, path: name, pipeline: TestSupport.pipeline)
        #expect(broken.isEmpty, "\(name): \(broken)")
    }

    /// The checks themselves can fail: a document whose sentence points past its text is caught.
    @Test func aBrokenAnalysisIsReported() throws {
        var analysis = try TestSupport.analysis("Title Line\n\nOne sentence here. Another one there.\n")
        analysis.sentences[1].span = TextSpan(start: 0, end: analysis.document.text.utf8.count + 5)
        analysis.sentences[2].sectionIndex = 7
        var broken: [String] = []
        InvariantChecks.checkAnalysis(analysis) { condition, message in if !condition { broken.append(message()) } }
        #expect(broken.contains { $0.contains("outside") })
        #expect(broken.contains { $0.contains("in section 7") })
    }
}
