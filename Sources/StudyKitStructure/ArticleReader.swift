import Foundation
import StudyKitSupport
import StudyKitModel
import StudyKitText
import StudyKitRules

/// Reads an article (plain text or Markdown, from a file or standard input) into a `Document`.
public struct ArticleReader: Sendable {
    public let rules: RuleBook
    /// Inputs larger than this are refused at once (bytes).
    public var maxSize: Int

    /// 32 MiB: about 5 million words, far beyond any article. Analysis holds roughly 35 bytes
    /// per input byte (sentences, words, stems), so larger inputs are refused at once rather
    /// than let memory grow past a gigabyte; `--max-size` raises the limit.
    public static let defaultMaxSize = 32 * 1024 * 1024
    /// The most `--max-size` may allow: word offsets and ids are 32-bit (a 1 GiB text
    /// would need some 35 GiB of memory anyway).
    public static let largestMaxSize = 1 << 30

    /// List bullets and labels: the sentence rules as the segmenter compiled them.
    let listRules: CompiledSentenceRules

    public init(rules: RuleBook, segmenter: SentenceSegmenter, maxSize: Int = ArticleReader.defaultMaxSize) {
        self.rules = rules
        self.maxSize = maxSize
        listRules = segmenter.rules
    }

    /// Reads the file at `path`, or standard input for `-`.
    public func read(path: String, standardInput: () throws -> Data = { FileHandle.standardInput.readDataToEndOfFile() }) throws -> Document {
        try document(text: Self.text(path: path, maxSize: maxSize, standardInput: standardInput), path: path)
    }

    /// The normalised text of a file or of standard input (`-`), refused when over `maxSize`
    /// or not text. Commands that need no structure (`sentences`) stop here.
    public static func text(path: String, maxSize: Int, standardInput: () throws -> Data) throws -> String {
        let bytes = path == "-" ? [UInt8](try standardInput()) : try FileAccess.readInput(path: path, maxSize: maxSize)
        if bytes.count > maxSize {
            throw StudyKitError.badInput(path: path, reason: "too large: \(bytes.count) bytes (limit \(maxSize); see --max-size)")
        }
        return TextNormalizer.normalize(try InputDecoder.decode(bytes, path: path))
    }

    /// Decodes and reads article bytes; `path` names the source in errors and metadata.
    public func read(bytes: [UInt8], path: String) throws -> Document {
        try document(text: TextNormalizer.normalize(try InputDecoder.decode(bytes, path: path)), path: path)
    }

    /// Structure from normalised text: readers, residue, title, sections.
    private func document(text: String, path: String) throws -> Document {
        let format = Self.format(path: path, text: text)
        var blocks: [ReadBlock]
        var fields: [(key: String, value: String)] = []
        switch format {
        case .plainText:
            blocks = PlainTextStructure(headingRules: rules.headings, residue: ResidueDetector(rules: rules.residue), listRules: listRules).blocks(for: text)
        case .markdown:
            (blocks, fields) = MarkdownReader(text: text, rules: rules.markdown, residue: ResidueDetector(rules: rules.residue)).read()
        }
        let frontTitle = fields.first { $0.key.lowercased() == "title" }?.value
        var title = frontTitle
        var titleHeading: Document.TitleHeading?
        if title == nil, let leading = format == .markdown ? Self.markdownTitle(blocks) : Self.leadingHeading(blocks) {
            title = leading.heading.title
            // It leaves the sections only when every later heading sits below it and nothing
            // but a preamble (badges, images, rules) stands before it.
            if leading.leavesSections {
                titleHeading = .init(text: leading.heading.title, span: leading.heading.span)
                blocks.remove(at: leading.index)
            }
        }
        blocks = Self.normalizingLevels(blocks)
        let (sections, removed) = SectionBuilder.sections(from: blocks)
        let metadata = Metadata(
            title: title ?? Self.title(fromPath: path, smallWords: rules.headings.smallWords),
            source: path,
            language: fields.first { $0.key.lowercased() == "lang" || $0.key.lowercased() == "language" }?.value ?? "en",
            author: fields.first { $0.key.lowercased() == "author" }?.value,
            date: fields.first { $0.key.lowercased() == "date" }?.value,
            fields: fields)
        return Document(metadata: metadata, text: text, format: format, sections: sections, removed: removed,
                        titleHeading: titleHeading)
    }

    /// File extensions read as Markdown and as plain text; `build` takes both from folders.
    public static let markdownExtensions: Set<String> = ["md", "markdown", "mdown", "mkd", "mkdn"]
    public static let plainTextExtensions: Set<String> = ["txt", "text"]
    public static var articleExtensions: Set<String> { markdownExtensions.union(plainTextExtensions) }

    /// Markdown by extension; for standard input or unknown extensions, by its look.
    static func format(path: String, text: String) -> Document.Format {
        let ext = (path as NSString).pathExtension.lowercased()
        if markdownExtensions.contains(ext) { return .markdown }
        if plainTextExtensions.contains(ext) { return .plainText }
        return MarkdownSniffer.looksLikeMarkdown(text) ? .markdown : .plainText
    }

    /// The heading that names the article, where it stands, and whether it leaves the sections.
    typealias TitleCandidate = (heading: Heading, index: Int, leavesSections: Bool)

    /// Plain text: the title line the heading detector found (level 0: the first heading-shaped
    /// line before any body text), else a heading that opens the article.
    private static func leadingHeading(_ blocks: [ReadBlock]) -> TitleCandidate? {
        if let index = blocks.firstIndex(where: { if case .heading(let heading) = $0 { return heading.level == 0 }; return false }),
           case .heading(let heading) = blocks[index], heading.title.contains(where: { !$0.isWhitespace }) {
            return (heading, index, true)
        }
        guard let index = blocks.firstIndex(where: { if case .removed = $0 { return false }; return true }),
              case .heading(let heading) = blocks[index], heading.title.contains(where: { !$0.isWhitespace }) else { return nil }
        return (heading, index, outranks(heading, after: index, in: blocks))
    }

    /// Markdown: the first level-1 heading, even after HTML blocks or badges, else the first
    /// heading. It leaves the sections when only a preamble stands before it.
    private static func markdownTitle(_ blocks: [ReadBlock]) -> TitleCandidate? {
        let headings = blocks.indices.compactMap { index -> (Heading, Int)? in
            if case .heading(let heading) = blocks[index], heading.title.contains(where: { !$0.isWhitespace }) { return (heading, index) }
            return nil
        }
        guard let (heading, index) = headings.first(where: { $0.0.level == 1 }) ?? headings.first else { return nil }
        let preamble = blocks[..<index].allSatisfy { block in
            switch block {
            case .removed, .body(.image), .body(.rule): return true
            case .body(.paragraph(let paragraph)): return paragraph.text.split(separator: " ").count <= 12
            default: return false
            }
        }
        return (heading, index, preamble && outranks(heading, after: index, in: blocks))
    }

    /// Every later heading sits below `heading`.
    private static func outranks(_ heading: Heading, after index: Int, in blocks: [ReadBlock]) -> Bool {
        blocks[(index + 1)...].allSatisfy { block in
            if case .heading(let other) = block { return other.level > heading.level }
            return true
        }
    }

    /// Shifts heading levels so the shallowest is 1.
    private static func normalizingLevels(_ blocks: [ReadBlock]) -> [ReadBlock] {
        let levels = blocks.compactMap { block -> Int? in
            if case .heading(let heading) = block { return heading.level }
            return nil
        }
        guard let shallowest = levels.min(), shallowest > 1 else { return blocks }
        return blocks.map { block in
            guard case .heading(var heading) = block else { return block }
            heading.level -= shallowest - 1
            return .heading(heading)
        }
    }

    /// "az-104-vs-az-305.txt" → "AZ-104 vs AZ-305".
    /// `smallWords` stay lower case after the first word (the heading rules' title-case list).
    public static func title(fromPath path: String, smallWords: Set<String>) -> String {
        if path == "-" { return "Untitled article" }
        let name = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let pieces = name.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == " " }).map(String.init)
        var words: [String] = []
        var index = 0
        while index < pieces.count {
            let piece = pieces[index]
            if index + 1 < pieces.count, piece.count <= 4, piece.allSatisfy(\.isLetter),
               pieces[index + 1].first?.isNumber == true, pieces[index + 1].count <= 5 {
                words.append(piece.uppercased() + "-" + pieces[index + 1].uppercased())
                index += 2
                continue
            }
            let lowered = piece.lowercased()
            words.append(smallWords.contains(lowered) && !words.isEmpty
                         ? lowered : piece.prefix(1).uppercased() + piece.dropFirst())
            index += 1
        }
        return words.isEmpty ? "Untitled article" : words.joined(separator: " ")
    }
}
