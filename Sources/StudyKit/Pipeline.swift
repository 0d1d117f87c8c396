import Foundation

/// The whole job in one place: Ingest → Structure → Analysis → Export.
/// Rules and lexicons load once; every call after that is pure apart from file I/O.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let language: LanguageKit
    /// Finds exams, domains, traits and the study path, using the certification catalogue.
    public var extractor: KnowledgeExtractor
    public var maxSize: Int

    public init(rules: RuleSet, language: LanguageKit, extractor: KnowledgeExtractor,
                maxSize: Int = ArticleReader.defaultMaxSize) {
        self.rules = rules
        self.language = language
        self.extractor = extractor
        self.maxSize = maxSize
    }

    /// The pipeline with StudyKit's bundled data.
    public static func standard() throws -> Pipeline {
        Pipeline(rules: try RuleSet.standard(), language: try LanguageKit.standard(),
                 extractor: try KnowledgeExtractor(catalog: .bundled()))
    }

    /// The same pipeline with the bundled catalogue extended or overridden by a user's file.
    public func withCatalog(_ path: String) throws -> Pipeline {
        var copy = self
        copy.extractor = try KnowledgeExtractor(catalog: .load(userFile: URL(fileURLWithPath: path)))
        return copy
    }

    public var reader: ArticleReader { ArticleReader(rules: rules, maxSize: maxSize) }

    public func document(path: String, standardInput: @escaping () throws -> Data) throws -> Document {
        try reader.read(path: path, standardInput: standardInput)
    }

    public func analyse(_ document: Document, stages: Analyzer.Stages = .all) -> Analysis {
        Analyzer(language: language, extractor: extractor).analyse(document, stages: stages)
    }

    /// The folder name for an article: its file name made safe (see `Slug`).
    public static func slug(forPath path: String) -> String {
        Slug.make(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// Writes every export of one article into `folder`, each file atomically.
    /// Returns the file names written.
    ///
    /// Each export is rendered and written to a temporary file before the next
    /// is rendered (so a book's exports are not all in memory at once); only
    /// when every one succeeded are they renamed into place, so a failing
    /// exporter leaves no partial set behind.
    @discardableResult
    public func export(_ analysis: Analysis, to folder: URL, exporters: [any Exporter] = Exporters.all) throws -> [String] {
        var staged: [(name: String, temporary: URL)] = []
        do {
            for exporter in exporters {
                let url = folder.appendingPathComponent(exporter.fileName)
                staged.append((exporter.fileName, try exporter.stage(analysis, for: url)))
            }
            for (index, file) in staged.enumerated() {
                do {
                    try FileAccess.commit(file.temporary, to: folder.appendingPathComponent(file.name))
                } catch {
                    staged.removeFirst(index + 1)
                    throw error
                }
            }
        } catch {
            for file in staged { FileAccess.discard(file.temporary) }
            throw error
        }
        return staged.map(\.name)
    }
}
