/// `studykit sentences FILE`: the text split into sentences, one per line.
struct SentencesCommand: Command {
    static let name = "sentences"
    static let abstract = "Print the text split into sentences, one per line."
    static let help = """
        studykit sentences FILE|-
          Prints every sentence of the text as given (headings and all), one per line,
          inner whitespace collapsed to single spaces. Paragraph breaks always end a sentence.
        """
    static let spec = ArgumentScanner.Spec()

    let input: String

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
    }

    func run(_ context: CommandContext) async throws -> Int32 {
        let pipeline = try context.pipeline()
        let document = try context.document(input)
        var output = ""
        for sentence in pipeline.language.sentences(inText: document.text) {
            output += sentence
            output += "\n"
        }
        context.io.writeOutput(output)
        return 0
    }
}
