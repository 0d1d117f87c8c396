import StudyKit

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

    func run(_ context: CommandContext) throws -> Int32 {
        // Only the segmenter is needed: no structure, no other rule files.
        let segmenter = try SentenceSegmenter(rules: RuleFile.sentences.load())
        let text = try ArticleReader.text(path: input, maxSize: ArticleReader.defaultMaxSize,
                                          standardInput: context.io.readStandardInput)
        var output = ""
        output.reserveCapacity(text.utf8.count + text.utf8.count / 16)
        for sentence in TextSentences.sentences(in: text, segmenter: segmenter) {
            output += sentence
            output += "\n"
        }
        context.io.writeOutput(output)
        return 0
    }
}
