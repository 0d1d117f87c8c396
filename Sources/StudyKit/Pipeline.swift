import Foundation

/// The whole job in one place: Structure → Analysis → Export.
/// Rules and lexicons load once; every call after that is pure apart from file I/O, and
/// what a run takes from the world (environment, side files, warnings) goes through `effects`.
public struct Pipeline: Sendable {
    public private(set) var rules: RuleBook
    public let language: LanguageKit
    /// Finds exams, domains, traits and the study path, using the certification catalogue.
    public var extractor: KnowledgeExtractor
    public var effects: Effects
    public var maxSize: Int
    /// The longest article (bytes) whose analysis stages and exports run side by side
    /// (see `ParallelJobs`); 0 runs everything one at a time (`build --jobs 1`).
    public var parallelLimit = ParallelJobs.articleSizeLimit

    public init(rules: RuleBook, effects: Effects, maxSize: Int = ArticleReader.defaultMaxSize) throws {
        self.rules = rules
        self.language = try LanguageKit(rules: rules)
        self.extractor = KnowledgeExtractor(rules: rules)
        self.effects = effects
        self.maxSize = maxSize
    }

    /// The pipeline with StudyKit's bundled data.
    public static func standard(effects: Effects) throws -> Pipeline {
        try Pipeline(rules: RuleBook.bundled(), effects: effects)
    }

    /// The same pipeline with the bundled catalogue extended or overridden by a user's file.
    public func withCatalog(_ path: String) throws -> Pipeline {
        var copy = self
        copy.rules = try rules.withCatalog(path)
        copy.extractor = KnowledgeExtractor(rules: copy.rules)
        return copy
    }

    public var reader: ArticleReader { ArticleReader(rules: rules, segmenter: language.segmenter, maxSize: maxSize) }

    public func document(path: String, standardInput: @escaping () throws -> Data) throws -> Document {
        try reader.read(path: path, standardInput: standardInput)
    }

    public func analyse(_ document: Document, stages: Analyzer.Stages = .all,
                        summaryLength: Summarizer.Length? = nil) -> Analysis {
        var analyzer = Analyzer(language: language, extractor: extractor, glossaryRules: rules.glossary)
        analyzer.parallelLimit = parallelLimit
        return analyzer.analyse(document, stages: stages, summaryLength: summaryLength)
    }

    /// The folder name for an article: its file name made safe (see `Slug`).
    public static func slug(forPath path: String) -> String {
        Slug.make(((path as NSString).lastPathComponent as NSString).deletingPathExtension)
    }

    /// Writes every export of one article into `folder`, each file atomically.
    /// Returns the file names written.
    ///
    /// Each export is rendered straight into a temporary file; only when every
    /// one succeeded are they renamed into place, so a failing exporter leaves
    /// the previous set untouched. (A rename failing midway, e.g. a full disk,
    /// can still leave the files renamed before it replaced.)
    @discardableResult
    public func export(_ analysis: Analysis, to folder: URL, exporters: [any Exporter] = Exporters.all) throws -> [String] {
        try export(analysis, to: folder, exporters: exporters, parallelLimit: parallelLimit)
    }

    /// `parallelLimit`: the longest article (in bytes) whose exports render side by side;
    /// a longer one renders them one at a time, so a book's exports are never in memory together.
    func export(_ analysis: Analysis, to folder: URL, exporters: [any Exporter], parallelLimit: Int) throws -> [String] {
        FileAccess.removeAbandonedStagedFiles(in: folder, names: exporters.map(\.fileName))
        let staged = exporters.map { _ in JobResult<Result<URL, any Error>>() }
        let jobs = exporters.indices.map { index -> @Sendable () -> Void in
            let exporter = exporters[index], slot = staged[index]
            return { slot.value = Result { try exporter.stage(analysis, for: folder.appendingPathComponent(exporter.fileName), effects: effects) } }
        }
        if ParallelJobs.suitsParallel(analysis.document.text, limit: parallelLimit) {
            ParallelJobs.run(jobs)
        } else {
            for (job, slot) in zip(jobs, staged) {
                job()
                if case .failure = slot.value { break }
            }
        }
        let temporaries = staged.compactMap { try? $0.value?.get() }
        // The first failure in exporter order, as a serial run would report it; nothing is renamed.
        for slot in staged {
            if case .failure(let error) = slot.value {
                for temporary in temporaries { FileAccess.discard(temporary) }
                throw error
            }
        }
        for (index, temporary) in temporaries.enumerated() {
            do {
                try FileAccess.commit(temporary, to: folder.appendingPathComponent(exporters[index].fileName))
            } catch {
                for later in temporaries.dropFirst(index + 1) { FileAccess.discard(later) }
                throw error
            }
        }
        return exporters.map(\.fileName)
    }
}
