import Foundation
@testable import StudyKitModel
@testable import StudyKitAnalysis
@testable import StudyKit
@testable import studykit

/// Paths and helpers shared by the tests.
enum TestSupport {
    /// The package root, found from this file's path so tests run from any folder.
    static let repositoryRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedPath = repositoryRoot.appendingPathComponent("Corpus/az-104-vs-az-305.txt").path

    static func fixture(_ relative: String) -> URL {
        Bundle.module.url(forResource: "Fixtures", withExtension: nil)!.appendingPathComponent(relative)
    }

    /// The bundled rules and lexicons, loaded once for every test.
    static let rules: RuleBook = try! RuleBook.bundled()

    /// A fixed outside world for exporters: no environment, no side files.
    static let effects = Effects.recorded()

    /// The bundled pipeline in a fixed world: no environment, no side files; warnings kept in `warnings`.
    static let warnings = WarningLog()
    static let pipeline: Pipeline = try! Pipeline(rules: rules, effects: .recorded(log: warnings))

    static func document(_ text: String, path: String = "test.txt") throws -> Document {
        try pipeline.reader.read(bytes: Array(text.utf8), path: path)
    }

    static func analysis(_ text: String, path: String = "test.txt") throws -> Analysis {
        pipeline.analyse(try document(text, path: path))
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("studykit-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Captures what a command writes, for in-process CLI tests.
final class CapturedIO: @unchecked Sendable {
    private let lock = NSLock()
    private var out = ""
    private var err = ""
    let input: Data

    let environment: [String: String]

    init(input: Data = Data(), environment: [String: String] = [:]) {
        self.input = input
        self.environment = environment
    }

    var output: String { lock.withLock { out } }
    var error: String { lock.withLock { err } }

    var io: CommandIO {
        CommandIO(
            readStandardInput: { self.input },
            writeOutput: { text in self.lock.withLock { self.out += text } },
            writeError: { text in self.lock.withLock { self.err += text } },
            errorIsTerminal: false,
            environment: environment)
    }

    /// Runs `studykit` with `arguments`; returns the exit code.
    static func run(_ arguments: [String], input: Data = Data(),
                    environment: [String: String] = [:]) -> (code: Int32, output: String, error: String) {
        let captured = CapturedIO(input: input, environment: environment)
        let code = CommandLineInterface.run(arguments, io: captured.io)
        return (code, captured.output, captured.error)
    }
}
