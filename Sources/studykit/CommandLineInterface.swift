import Foundation
import Synchronization
import StudyKit

/// The `studykit` command line: dispatches to one command type per subcommand and maps
/// every failure to a one-line message and a sysexits code. Never traps on bad input.
enum CommandLineInterface {
    static let version = "0.1.0"

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
    static func run(_ arguments: [String], io: CommandIO) -> Int32 {
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
            io.writeError("studykit: unknown command '\(first)'"
                + NearestName.hint(for: first, among: commands.map { $0.name }) + "\n\(overview)")
            return 64
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            io.writeOutput(command.help + "\n")
            return 0
        }
        let effects = io.effects
        let started = effects.now()
        do {
            let scanned = try ArgumentScanner(rest, spec: command.spec, command: command.name)
            let context = CommandContext(io: io, effects: effects, standardPipeline: { try PipelineCache.shared() },
                                         catalogPath: scanned.values["catalog"])
            let code = try execute(command, arguments: scanned, context: context)
            if effects.variable("STUDYKIT_TIMINGS") == "1" {
                io.writeError(timings(total: effects.now() - started, since: started))
            }
            return code
        } catch let error as StudyKitError {
            io.writeError("studykit: \(error.message)\n")
            return error.exitCode
        } catch {
            io.writeError("studykit: \(error)\n")
            return 70
        }
    }

    /// Validates the arguments into the command and runs it.
    private static func execute(_ command: any Command.Type, arguments: ArgumentScanner,
                                context: CommandContext) throws -> Int32 {
        try command.init(arguments: arguments).run(context)
    }

    /// `STUDYKIT_TIMINGS=1`: how long the rule files took to load (once per process)
    /// and the rest of the command's work (read, analyse, write), for benchmarks that
    /// compare in-process work with tools whose start-up and imports are left out.
    static func timings(total: Duration, since started: ContinuousClock.Instant) -> String {
        // Only a load this command waited for (a process that ran a command before has its rules).
        let load = PipelineCache.loadTime(since: started) ?? .zero
        func milliseconds(_ duration: Duration) -> String {
            String(format: "%.3f", Double(duration.components.seconds) * 1000
                + Double(duration.components.attoseconds) / 1e15)
        }
        return "studykit: timings: load \(milliseconds(load)) ms, work \(milliseconds(total - load)) ms\n"
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
    private static let loaded: (pipeline: Result<Pipeline, StudyKitError>, time: Duration,
                                started: ContinuousClock.Instant) = {
        let started = ContinuousClock.now
        let pipeline: Result<Pipeline, StudyKitError>
        // Warnings go to the effects each command brings (`CommandContext.pipeline`).
        do { pipeline = .success(try Pipeline.standard(effects: .live(warn: { _ in }))) } catch let error as StudyKitError { pipeline = .failure(error) } catch {
            pipeline = .failure(.badDataFile(path: "(bundle)", key: "(root)", reason: "\(error)"))
        }
        return (pipeline, ContinuousClock.now - started, started)
    }()
    private static let wasLoaded = Mutex(false)

    static func shared() throws -> Pipeline {
        wasLoaded.withLock { $0 = true }
        return try loaded.pipeline.get()
    }

    /// How long loading took, if it happened after `instant` (in this command).
    static func loadTime(since instant: ContinuousClock.Instant) -> Duration? {
        guard wasLoaded.withLock({ $0 }), loaded.started >= instant else { return nil }
        return loaded.time
    }
}
