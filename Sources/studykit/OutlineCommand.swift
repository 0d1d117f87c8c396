import StudyKit

/// `studykit outline FILE`: the Markdown outline on standard output.
struct OutlineCommand: Command {
    static let name = "outline"
    static let abstract = "Print a Markdown outline: sections and their key points."
    static let help = """
        studykit outline FILE|-
          Prints the title as H1, each section as a heading at its level, and its key points as bullets.
        """
    static let spec = ArgumentScanner.Spec()

    let input: String

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
    }

    func run(_ context: CommandContext) throws -> Int32 {
        context.io.writeOutput(OutlineExporter().markdown(try context.analysis(input, stages: .ranking)))
        return 0
    }
}
