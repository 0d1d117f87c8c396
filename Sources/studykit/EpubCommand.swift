import Foundation
import StudyKit

/// `studykit epub FILE [-o OUT.epub] [--title T] [--author A] [--catalog FILE]`:
/// the study guide as one EPUB 3 book.
struct EpubCommand: Command {
    static let name = "epub"
    static let abstract = "Write a study guide as an EPUB 3 book."
    static let help = """
        studykit epub FILE|- [-o OUT.epub] [--title T] [--author A] [--catalog FILE]
          Cover, contents, overview, the article section by section with key points, the exam
          comparison, domains, role traits, the study path with figures, flashcards, a quiz with
          answers and a glossary. Images beside a Markdown article are embedded (PNG, JPEG, GIF,
          WebP, SVG); others, and remote images (never fetched), are replaced by their alt text
          with a warning on stderr.
          -o, --output OUT.epub   where to write; default: <slug>.epub in the current folder
          --title T               book title (default: the article's title)
          --author A              book author (default: front-matter author, if any)
          --catalog FILE          add or override exams with your own catalogue
        The book's date is the front-matter date, else SOURCE_DATE_EPOCH, else 1980-01-01, so
        the same input gives the same bytes. The file is written atomically.
        """
    static let spec = ArgumentScanner.Spec(valued: ["output", "title", "author", "catalog"], aliases: ["o": "output"])

    let input: String
    let output: String?
    let title: String?
    let author: String?

    init(arguments: ArgumentScanner) throws {
        input = try Self.singleInput(arguments)
        output = arguments.values["output"]
        title = arguments.values["title"]
        author = arguments.values["author"]
        for (name, value) in [("output", output), ("title", title)] where value?.trimmingCharacters(in: .whitespaces).isEmpty == true {
            throw StudyKitError.usage("\(Self.name): --\(name) must not be empty")
        }
    }

    func run(_ context: CommandContext) throws -> Int32 {
        // The book's own title and author are the document's, set before analysis: the
        // analysis is finished once made, and the glossary and cards name the title too.
        let pipeline = try context.pipeline()
        var document = try pipeline.document(path: input, standardInput: context.io.readStandardInput)
        if let title { document.metadata.title = title }
        if let author { document.metadata.author = author.isEmpty ? nil : author }
        let path = output ?? defaultOutput(title: document.metadata.title)
        let url = URL(fileURLWithPath: path)
        if input != "-", URL(fileURLWithPath: input).standardizedFileURL.path == url.standardizedFileURL.path {
            throw StudyKitError.cannotCreate(path: path, reason: "output would overwrite the input article")
        }
        let analysis = pipeline.analyse(document)
        let staged = try StudyGuideExporter().stage(analysis, for: url, effects: pipeline.effects)
        try FileAccess.commit(staged, to: url)
        return 0
    }

    /// `<slug>.epub` from the file name (or, for standard input, from the title).
    private func defaultOutput(title: String) -> String {
        let slug = input == "-" ? Slug.make(title) : Pipeline.slug(forPath: input)
        return slug + ".epub"
    }
}
