import Foundation
import StudyKit

/// `studykit build [PATH...] [--out DIR]`: every article into `DIR/<slug>/`, in parallel.
struct BuildCommand: Command {
    static let name = "build"
    static let abstract = "Build study materials for articles (default: Corpus/ into Exports/)."
    static let help = """
        studykit build [PATH...] [--out DIR] [--jobs N] [--max-size BYTES] [--verbose] [--catalog FILE]
          PATH              article files or folders of articles (*.txt, *.md); default: Corpus
          --out DIR         where to write one folder per article; default: Exports
          --jobs N          articles built at once; default: the number of cores (1 also runs each
                            article's stages one at a time)
          --max-size BYTES  refuse larger inputs at once (default 32 MiB; suffixes K, M, G)
          --verbose         a line per article even when stderr is not a terminal
          --catalog FILE    add or override exams with your own catalogue
        A terminal shows a progress bar; a summary table follows on stdout when there are several
        articles (or with --verbose). One bad article is reported and the rest still build; the exit
        code then is the first failure's (65 bad input, 66 cannot open, 73 cannot create, 74 I/O).
        """
    static let spec = ArgumentScanner.Spec(valued: ["out", "catalog", "jobs", "max-size"], flags: ["verbose"])

    let paths: [String]
    let output: String
    let verbose: Bool
    let jobs: Int
    let maxSize: Int?

    init(arguments: ArgumentScanner) throws {
        paths = arguments.positionals.isEmpty ? ["Corpus"] : arguments.positionals
        output = arguments.values["out"] ?? "Exports"
        verbose = arguments.flags.contains("verbose")
        jobs = try arguments.integer("jobs", command: Self.name, in: 1...256) ?? ParallelJobs.processorCount
        maxSize = try arguments.values["max-size"].map { try Self.byteCount($0) }
    }

    /// "50M" → 52 428 800.
    static func byteCount(_ text: String) throws -> Int {
        let units: [Character: Int] = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30]
        var digits = text.uppercased()
        var factor = 1
        if let last = digits.last, let unit = units[last] { factor = unit; digits.removeLast() }
        guard let value = Int(digits), value > 0, value <= ArticleReader.largestMaxSize / factor else {
            throw StudyKitError.usage("\(name): --max-size must be a positive size up to 1G, such as 500000 or 50M, not '\(text)'")
        }
        return value * factor
    }

    func run(_ context: CommandContext) throws -> Int32 {
        var pipeline = try context.pipeline()
        if let maxSize { pipeline.maxSize = maxSize }
        if jobs == 1 { pipeline.parallelLimit = 0 }
        let batch = BatchBuilder(pipeline: pipeline, output: URL(fileURLWithPath: output))
        var failures: [StudyKitError] = []
        let articles = batch.articles(in: paths, failures: &failures)
        for failure in failures { context.io.writeError("studykit: \(failure.message)\n") }
        if articles.isEmpty && failures.isEmpty {
            throw StudyKitError.badInput(path: paths.joined(separator: " "), reason: "no articles (*.txt, *.md) found")
        }
        let progress = BuildProgress(io: context.io, total: articles.count,
                                     mode: context.io.errorIsTerminal ? .bar : (verbose ? .lines : .quiet))
        let reports = batch.buildAll(articles, jobs: jobs, standardInput: context.io.readStandardInput) { report, done in
            progress.finished(report, done: done)
        }
        progress.close()
        for report in reports {
            if let error = report.error {
                failures.append(error)
                if !context.io.errorIsTerminal && !verbose { context.io.writeError("studykit: \(error.message)\n") }
            }
        }
        if articles.count > 1 || verbose {
            context.io.writeOutput(BuildSummary.table(reports))
        }
        return failures.first?.exitCode ?? 0
    }
}
