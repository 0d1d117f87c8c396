import StudyKit

/// `studykit keyphrases FILE [--top N]`: the article's keyphrases, best first.
struct KeyphrasesCommand: Command {
    static let name = "keyphrases"
    static let abstract = "Print the article's keyphrases, best first, with scores."
    static let help = """
        studykit keyphrases FILE|- [--top N]
          Prints one keyphrase per line, best first: the phrase, a tab, its score (0–1).
          --top N   how many (default 10, at most 500)
        """
    static let spec = ArgumentScanner.Spec(valued: ["top"])

    let input: String
    let top: Int

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
        top = try arguments.integer("top", command: Self.name, in: 1...500) ?? 10
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let pipeline = try context.pipeline()
        let document = try context.document(input)
        let sentences = pipeline.analyse(document, stages: []).sentences
        var output = ""
        let vocabulary = pipeline.extractor.examVocabulary(
            in: sentences, minShare: pipeline.language.ranking.keyphrases.rules.examVocabularyMinShare)
        for phrase in pipeline.language.ranking.keyphrases.keyphrases(in: sentences, top: top, vocabulary: vocabulary) {
            output += "\(phrase.phrase)\t\(JSONValue.format(phrase.score))\n"
        }
        context.io.writeOutput(output)
        return 0
    }
}
