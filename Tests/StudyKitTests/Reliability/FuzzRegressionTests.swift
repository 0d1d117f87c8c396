import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitRules
@testable import StudyKitExport

/// Every input that once crashed or hung StudyKit (found with `Tools/fuzz` or the hostile-input
/// tests) stays here as a file under Fixtures/fuzz/. Each must read, analyse and render — or fail
/// with a one-line `StudyKitError` — and do it quickly. The extension picks the reader.
struct FuzzRegressionTests {
    static let folder = TestSupport.fixture("fuzz")

    static let inputs: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted()
    }()

    @Test func everyRecordedInputIsPresent() {
        // Guards against the table silently becoming empty (a renamed folder, a lost resource).
        #expect(Self.inputs.count >= 4, "\(Self.inputs)")
    }

    @Test(.timeLimit(.minutes(1)), arguments: inputs)
    func recordedInputNoLongerFails(_ name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
        let pipeline = TestSupport.pipeline
        let clock = ContinuousClock()
        let started = clock.now
        do {
            let document = try pipeline.reader.read(bytes: bytes, path: name)
            let analysis = pipeline.analyse(document)
            for sentence in analysis.sentences {
                #expect(sentence.span.end <= document.text.utf8.count)
            }
            for exporter in Exporters.all {
                #expect(try !exporter.render(analysis, effects: TestSupport.effects).isEmpty, "\(exporter.fileName)")
            }
        } catch let error as StudyKitError {
            #expect(!error.message.contains("\n"), "\(error)")
        }
        // The hangs these inputs caused were seconds to hours; a linear pass is milliseconds.
        #expect(clock.now - started < .seconds(10), "\(name) took \(clock.now - started)")

        let path = Self.folder.appendingPathComponent(name).path
        let result = CapturedIO.run(["analyze", path])
        #expect(result.code == 0 || (result.code == 65 && result.error.split(separator: "\n").count == 1), "\(result.error)")
    }
}

/// A run of 100 000 dots made the contents-entry expression backtrack for minutes;
/// cheap checks now keep such lines away from it.
struct LongDotRunTests {
    @Test func contentsEntryCheckSkipsHugeLines() throws {
        let rules = try TestSupport.rules.headings
        #expect(rules.isContentsEntry("Welcome ........................ 3"))
        #expect(rules.isContentsEntry("  3.1 Receiving Donations ........ 12"))
        #expect(!rules.isContentsEntry(String(repeating: ".", count: 100_000)))
        #expect(!rules.isContentsEntry(String(repeating: ". ", count: 50) + "7" + String(repeating: " ", count: 200)))
        #expect(!rules.isContentsEntry("Plain sentence that ends with a word."))
    }
}
