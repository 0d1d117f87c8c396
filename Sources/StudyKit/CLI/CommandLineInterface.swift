import Foundation
import Synchronization

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
    public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
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
        let started = ContinuousClock.now
        do {
            let scanned = try ArgumentScanner(rest, spec: command.spec, command: command.name)
            let instance = try command.init(arguments: scanned)
            let context = CommandContext(io: io, standardPipeline: { try PipelineCache.shared() },
                                         catalogPath: scanned.values["catalog"])
            let code = try instance.run(context)
            if io.environment["STUDYKIT_TIMINGS"] == "1" {
                io.writeError(timings(total: ContinuousClock.now - started, since: started))
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
        do { pipeline = .success(try Pipeline.standard()) } catch let error as StudyKitError { pipeline = .failure(error) } catch {
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
