import Foundation

/// The `studykit` command line: dispatches to one command type per subcommand and maps
/// every failure to a one-line message and a sysexits code. Never traps on bad input.
public enum CommandLineInterface {
    public static let version = "0.1.0"

    static var commands: [any Command.Type] { [
        BuildCommand.self,
        AnalyzeCommand.self,
        OutlineCommand.self,
        SentencesCommand.self,
        KeyphrasesCommand.self,
        SummaryCommand.self,
        CompareCommand.self,
        EpubCommand.self,
    ] }

    /// Runs `studykit` with `arguments` (without the program name); returns the exit code.
    public static func run(_ arguments: [String], io: CommandIO) async -> Int32 {
        guard let first = arguments.first else {
            io.writeError(overview)
            return 64
        }
        if first == "--help" || first == "-h" || first == "help" {
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                io.writeOutput(command.help + "\n")
            } else {
                io.writeOutput(overview)
            }
            return 0
        }
        if first == "--version" {
            io.writeOutput("studykit \(version)\n")
            return 0
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            io.writeError("studykit: unknown command '\(first)'\n\(overview)")
            return 64
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            io.writeOutput(command.help + "\n")
            return 0
        }
        do {
            let scanned = try ArgumentScanner(rest, spec: command.spec, command: command.name)
            let instance = try command.init(arguments: scanned)
            let context = CommandContext(io: io, standardPipeline: { try PipelineCache.shared() },
                                         catalogPath: scanned.values["catalog"])
            return try await instance.run(context)
        } catch let error as StudyKitError {
            io.writeError("studykit: \(error.message)\n")
            return error.exitCode
        } catch {
            io.writeError("studykit: \(error)\n")
            return 70
        }
    }

    static var overview: String {
        var text = "usage: studykit <command> [options]\n\nTurns articles (plain text or Markdown) into study materials.\n\ncommands:\n"
        for command in commands {
            text += "  " + command.name.padding(toLength: 12, withPad: " ", startingAt: 0) + command.abstract + "\n"
        }
        text += "\nRun 'studykit <command> --help' for a command's options; 'studykit --version' for the version.\n"
        return text
    }
}

/// Loads the bundled rules once per process.
enum PipelineCache {
    private static let loaded: Result<Pipeline, StudyKitError> = {
        do { return .success(try Pipeline.standard()) } catch let error as StudyKitError { return .failure(error) } catch {
            return .failure(.badDataFile(path: "(bundle)", key: "(root)", reason: "\(error)"))
        }
    }()

    static func shared() throws -> Pipeline { try loaded.get() }
}
