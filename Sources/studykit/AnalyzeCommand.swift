import StudyKit

/// `studykit analyze FILE`: the analysis as JSON on standard output.
struct AnalyzeCommand: Command {
    static let name = "analyze"
    static let abstract = "Print the analysis of an article as JSON."
    static let help = """
        studykit analyze FILE|- [--catalog FILE]
          Prints the analysis (title, stats, sections, keyphrases, summary, certifications, roles,
          study path, removed text) as JSON; keys are listed in the README.
          --catalog FILE   add or override exams with your own catalogue (JSON, same schema as the bundled one)
        """
    static let spec = ArgumentScanner.Spec(valued: ["catalog"])

    let input: String

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let analysis = try context.analysis(input, stages: [.ranking, .knowledge])
        // In pieces: a book's analysis need not be held whole as text.
        AnalysisJSONExporter().json(analysis).write { context.io.writeOutput(String(decoding: $0, as: UTF8.self)) }
        return 0
    }
}
