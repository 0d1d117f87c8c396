import StudyKit

/// `studykit summary FILE [--sentences N | --ratio R]`: an extractive summary in Markdown.
struct SummaryCommand: Command {
    static let name = "summary"
    static let abstract = "Print an extractive summary in Markdown (whole article and per section)."
    static let help = """
        studykit summary FILE|- [--sentences N | --ratio R]
          Prints the article's most central sentences, in document order, then 1–2 per section.
          --sentences N   how many sentences for the whole article (default: about 1 in 40, 3 to 10)
          --ratio R       or a share of the article's sentences, 0 < R <= 1
        """
    static let spec = ArgumentScanner.Spec(valued: ["sentences", "ratio"])

    let input: String
    let count: Int?
    let ratio: Double?

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
        count = try arguments.integer("sentences", command: Self.name, in: 1...100_000)
        if let text = arguments.values["ratio"] {
            guard let value = Double(text), value > 0, value <= 1 else {
                throw StudyKitError.usage("\(Self.name): --ratio must be a number above 0 and at most 1, not '\(text)'")
            }
            ratio = value
        } else {
            ratio = nil
        }
        if count != nil && ratio != nil {
            throw StudyKitError.usage("\(Self.name): give --sentences or --ratio, not both")
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let length = count.map(Summarizer.Length.sentences) ?? ratio.map(Summarizer.Length.ratio)
        let analysis = try context.analysis(input, stages: .summaries, summaryLength: length)
        context.io.writeOutput(SummaryExporter().markdown(analysis, summary: analysis.summarySentences))
        return 0
    }
}
