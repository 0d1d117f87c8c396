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

    /// libFuzzer refuses a whole run over one bad dictionary line (a raw "–" stopped `Tools/fuzz`
    /// before its first input): every entry is `"…"` or `name="…"` of printable ASCII, with
    /// `\\`, `\"` and `\xHH` escapes only.
    @Test func theFuzzDictionaryParses() throws {
        let path = TestSupport.repositoryRoot.appendingPathComponent("Tools/fuzz.d/article.dict")
        let lines = String(decoding: try Data(contentsOf: path), as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var entries = 0
        for (number, line) in lines.enumerated() {
            let text = line.drop { $0 == " " || $0 == "\t" }
            if text.isEmpty || text.hasPrefix("#") { continue }
            #expect(Self.isDictionaryEntry(Array(text.utf8)), "article.dict line \(number + 1): \(text)")
            entries += 1
        }
        #expect(entries >= 20)
    }

    /// libFuzzer's dictionary line syntax (FuzzerUtil's ParseOneDictionaryLine).
    static func isDictionaryEntry(_ bytes: [UInt8]) -> Bool {
        guard let open = bytes.firstIndex(of: UInt8(ascii: "\"")), bytes.count >= open + 2, bytes.last == UInt8(ascii: "\"") else { return false }
        let name = bytes[..<open]
        guard name.isEmpty || (name.last == UInt8(ascii: "=") && name.dropLast().allSatisfy { $0 > 0x20 && $0 < 0x7f && $0 != UInt8(ascii: "\"") })
        else { return false }
        var index = open + 1
        let end = bytes.count - 1
        guard index < end else { return false }
        while index < end {
            let byte = bytes[index]
            guard (0x20...0x7e).contains(byte) else { return false }
            if byte == UInt8(ascii: "\\") {
                guard index + 1 < end else { return false }
                let next = bytes[index + 1]
                if next == UInt8(ascii: "\\") || next == UInt8(ascii: "\"") {
                    index += 2
                } else if next == UInt8(ascii: "x"), index + 3 < end,
                          bytes[(index + 2)...(index + 3)].allSatisfy({ UInt8(ascii: "0")...UInt8(ascii: "9") ~= $0 || UInt8(ascii: "a")...UInt8(ascii: "f") ~= $0 || UInt8(ascii: "A")...UInt8(ascii: "F") ~= $0 }) {
                    index += 4
                } else {
                    return false
                }
            } else {
                index += 1
            }
        }
        return true
    }

    @Test(arguments: [
        ("\"# \"", true), ("kw1=\"\\x0a\"", true), ("\" (25\\xe2\\x80\\x9330%)\"", true),
        ("\" (25–30%)\"", false), ("\"\"", false), ("\"a\\q\"", false), ("plain", false),
    ])
    func dictionaryLineSyntax(_ line: String, _ valid: Bool) {
        #expect(Self.isDictionaryEntry(Array(line.utf8)) == valid)
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
