import Foundation

/// Where a command reads and writes, injected so tests run commands in-process.
public struct CommandIO: Sendable {
    public var readStandardInput: @Sendable () -> Data
    public var writeOutput: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    /// Progress is drawn only on a terminal.
    public var errorIsTerminal: Bool
    public var environment: [String: String]

    public init(readStandardInput: @escaping @Sendable () -> Data, writeOutput: @escaping @Sendable (String) -> Void,
                writeError: @escaping @Sendable (String) -> Void, errorIsTerminal: Bool, environment: [String: String]) {
        self.readStandardInput = readStandardInput
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
        self.environment = environment
    }

    /// The environment variables StudyKit reads, and only those: copying the whole
    /// environment into a dictionary costs about half a millisecond a process.
    static let variableNames = ["SOURCE_DATE_EPOCH", "STUDYKIT_TIMINGS"]

    static var variablesRead: [String: String] {
        var found: [String: String] = [:]
        for name in variableNames {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }

    /// The process's own standard streams.
    public static var standard: CommandIO {
        CommandIO(
            readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            errorIsTerminal: isatty(STDERR_FILENO) == 1,
            environment: Self.variablesRead)
    }
}
