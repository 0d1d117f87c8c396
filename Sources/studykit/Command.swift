import StudyKit

/// One `studykit` subcommand: its name, a one-line abstract, its usage and how it runs.
protocol Command {
    static var name: String { get }
    static var abstract: String { get }
    /// The usage line and option help printed by `--help`.
    static var help: String { get }
    static var spec: ArgumentScanner.Spec { get }

    /// Validates the scanned arguments (the `validate()` of swift-argument-parser).
    init(arguments: ArgumentScanner) throws
    /// Runs the command; returns the exit code.
    func run(_ context: CommandContext) throws -> Int32
}

/// What a running command can reach: its streams and the loaded pipeline.
struct CommandContext {
    let io: CommandIO
    /// The command's outside world: its environment, side files, and warnings to its stderr.
    let effects: Effects
    let standardPipeline: () throws -> Pipeline
    /// A user's catalogue file (`--catalog FILE`) merged over the bundled one.
    var catalogPath: String?

    func pipeline() throws -> Pipeline {
        var pipeline = try standardPipeline()
        pipeline.effects = effects
        return try catalogPath.map { try pipeline.withCatalog($0) } ?? pipeline
    }

    func document(_ path: String) throws -> Document {
        try pipeline().document(path: path, standardInput: io.readStandardInput)
    }

    func analysis(_ path: String, stages: Analyzer.Stages = .all, summaryLength: Summarizer.Length? = nil) throws -> Analysis {
        let pipeline = try pipeline()
        return pipeline.analyse(try pipeline.document(path: path, standardInput: io.readStandardInput), stages: stages,
                                summaryLength: summaryLength)
    }
}

/// Commands with exactly one input file (or `-`).
extension Command {
    static func singleInput(_ arguments: ArgumentScanner) throws -> String {
        guard arguments.positionals.count == 1 else {
            throw StudyKitError.usage("\(name): expected one input FILE (or - for standard input)\n\(usageLine)")
        }
        return arguments.positionals[0]
    }

    static var usageLine: String { "usage: " + (help.split(separator: "\n").first.map(String.init) ?? "studykit \(name)") }
}
