import Foundation

/// `studykit build [PATH...] [--out DIR]`: every article into `DIR/<slug>/`.
struct BuildCommand: Command {
    static let name = "build"
    static let abstract = "Build study materials for articles (default: Corpus/ into Exports/)."
    static let help = """
        studykit build [PATH...] [--out DIR] [--verbose]
          PATH        article files or folders of articles (*.txt, *.md); default: Corpus
          --out DIR   where to write one folder per article; default: Exports
          --verbose   print a progress line per article even when stderr is not a terminal
          --catalog FILE   add or override exams with your own catalogue
        One bad article is reported and the rest still build; the exit code then says some failed.
        """
    static let spec = ArgumentScanner.Spec(valued: ["out", "catalog"], flags: ["verbose"])

    let paths: [String]
    let output: String
    let verbose: Bool

    init(arguments: ArgumentScanner) throws {
        paths = arguments.positionals.isEmpty ? ["Corpus"] : arguments.positionals
        output = arguments.values["out"] ?? "Exports"
        verbose = arguments.flags.contains("verbose")
    }

    func run(_ context: CommandContext) throws -> Int32 {
        let pipeline = try context.pipeline()
        let batch = BatchBuilder(pipeline: pipeline, output: URL(fileURLWithPath: output))
        var failures: [StudyKitError] = []
        let articles = batch.articles(in: paths, failures: &failures)
        for failure in failures { context.io.writeError("studykit: \(failure.message)\n") }
        let showProgress = verbose || (context.io.errorIsTerminal && articles.count > 1)
        for (position, article) in articles.enumerated() {
            if showProgress {
                context.io.writeError("[\(position + 1)/\(articles.count)] \(article.path)\n")
            }
            do {
                try batch.build(article, standardInput: context.io.readStandardInput)
            } catch let error as StudyKitError {
                context.io.writeError("studykit: \(error.message)\n")
                failures.append(error)
            }
        }
        if articles.isEmpty && failures.isEmpty {
            throw StudyKitError.badInput(path: paths.joined(separator: " "), reason: "no articles (*.txt, *.md) found")
        }
        return failures.first?.exitCode ?? 0
    }
}
