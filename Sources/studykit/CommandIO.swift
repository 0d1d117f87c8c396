import Foundation
import StudyKit

/// Where a command reads and writes, injected so tests run commands in-process.
struct CommandIO: Sendable {
    var readStandardInput: @Sendable () -> Data
    var writeOutput: @Sendable (String) -> Void
    var writeError: @Sendable (String) -> Void
    /// Progress is drawn only on a terminal.
    var errorIsTerminal: Bool
    var environment: [String: String]

    init(readStandardInput: @escaping @Sendable () -> Data, writeOutput: @escaping @Sendable (String) -> Void,
         writeError: @escaping @Sendable (String) -> Void, errorIsTerminal: Bool, environment: [String: String]) {
        self.readStandardInput = readStandardInput
        self.writeOutput = writeOutput
        self.writeError = writeError
        self.errorIsTerminal = errorIsTerminal
        self.environment = environment
    }

    /// The environment variables StudyKit reads, and only those: copying the whole
    /// environment into a dictionary costs about half a millisecond a process.
    static var variablesRead: [String: String] {
        var found: [String: String] = [:]
        for name in Effects.variableNames {
            if let value = getenv(name) { found[name] = String(cString: value) }
        }
        return found
    }

    /// What a command takes from the world: this IO's environment, real side files and clock,
    /// and warnings as `studykit: warning: …` lines on this IO's stderr (`build` and `epub` alike).
    var effects: Effects {
        var effects = Effects.live(warn: { [writeError] in writeError("studykit: warning: \($0)\n") })
        let environment = self.environment
        effects.variable = { environment[$0] }
        return effects
    }

    /// The process's own standard streams.
    static var standard: CommandIO {
        CommandIO(
            readStandardInput: { FileHandle.standardInput.readDataToEndOfFile() },
            writeOutput: { FileHandle.standardOutput.write(Data($0.utf8)) },
            writeError: { FileHandle.standardError.write(Data($0.utf8)) },
            errorIsTerminal: isatty(STDERR_FILENO) == 1,
            environment: Self.variablesRead)
    }
}
