import Foundation

/// The whole job in one place: Ingest → Structure → Analysis → Export.
/// Rules and lexicons load once; every call after that is pure apart from file I/O.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let language: LanguageKit
    /// Finds exams, domains, traits and the study path, using the certification catalogue.
    public var extractor: KnowledgeExtractor
    public var maxSize: Int
    /// The longest article (bytes) whose analysis stages and exports run side by side
    /// (see `ParallelJobs`); 0 runs everything one at a time (`build --jobs 1`).
    public var parallelLimit = ParallelJobs.articleSizeLimit

    public init(rules: RuleSet, language: LanguageKit, extractor: KnowledgeExtractor,
                maxSize: Int = ArticleReader.defaultMaxSize) {
        self.rules = rules
        self.language = language
        self.extractor = extractor
        self.maxSize = maxSize
    }

    /// The pipeline with StudyKit's bundled data.
    /// The three rule sets load side by side (a third of a short run's time is loading them).
    public static func standard() throws -> Pipeline {
        let rules = JobResult<Result<RuleSet, any Error>>()
        let language = JobResult<Result<LanguageKit, any Error>>()
        let extractor = JobResult<Result<KnowledgeExtractor, any Error>>()
        // Longest first (the catalogue, ~5 ms): on two cores the other two then run one after
        // the other beside it, instead of it starting last.
        ParallelJobs.run([
            { extractor.value = Result { try KnowledgeExtractor(catalog: .bundled()) } },
            { rules.value = Result { try RuleSet.standard() } },
            { language.value = Result { try LanguageKit.standard() } },
        ])
        // The first failure in a fixed order, so the same broken install always reports the same error.
        return Pipeline(rules: try rules.value!.get(), language: try language.value!.get(),
                        extractor: try extractor.value!.get())
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

    public func analyse(_ document: Document, stages: Analyzer.Stages = .all,
                        summaryLength: Summarizer.Length? = nil) -> Analysis {
        var analyzer = Analyzer(language: language, extractor: extractor)
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
            return { slot.value = Result { try exporter.stage(analysis, for: folder.appendingPathComponent(exporter.fileName)) } }
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
