import StudyKit

/// `studykit compare FILE [--format md|csv|html]`: the exams side by side.
struct CompareCommand: Command {
    static let name = "compare"
    static let abstract = "Print a comparison table of the exams an article discusses."
    static let help = """
        studykit compare FILE|- [--format md|csv|html] [--catalog FILE]
          One column per exam found, rows for role, level, focus, who it suits, core domains with
          weights, skills and tools, prerequisites, career outcomes and where to start. Cells from
          the catalogue rather than the article are marked.
          --format F       md (GFM table, default), csv (RFC 4180) or html (standalone page)
          --catalog FILE   add or override exams with your own catalogue
        """
    static let spec = ArgumentScanner.Spec(valued: ["format", "catalog"])

    let input: String
    let format: ComparisonFormat

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
        let name = arguments.values["format"] ?? "md"
        guard let format = ComparisonFormat(rawValue: name == "markdown" ? "md" : name) else {
            throw StudyKitError.usage("\(Self.name): --format must be md, csv or html, not '\(name)'")
        }
        self.format = format
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let analysis = try context.analysis(input, stages: .knowledge)
        let table = ComparisonTable(analysis: analysis, catalog: analysis.catalog)
        context.io.writeOutput(format.render(table, title: analysis.document.metadata.title))
        return 0
    }
}
