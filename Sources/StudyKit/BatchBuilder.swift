import Foundation

/// Finds the articles of a build and writes each one's exports into its own folder.
public struct BatchBuilder: Sendable {
    /// One article to build and the folder it goes to.
    public struct Article: Sendable, Equatable {
        public var path: String
        public var slug: String
    }

    public let pipeline: Pipeline
    public let output: URL

    public init(pipeline: Pipeline, output: URL) {
        self.pipeline = pipeline
        self.output = output
    }

    /// Expands folders (their article files, sorted by name) and gives each article a unique slug.
    /// Paths that cannot be read are added to `failures` rather than stopping the batch.
    public func articles(in paths: [String], failures: inout [StudyKitError]) -> [Article] {
        var files: [String] = []
        for path in paths {
            if path == "-" { files.append(path); continue }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                failures.append(.cannotOpen(path: path, reason: "no such file or folder"))
                continue
            }
            if isDirectory.boolValue {
                guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
                    failures.append(.cannotOpen(path: path, reason: "folder cannot be listed"))
                    continue
                }
                for name in names.sorted() where !name.hasPrefix(".")
                    && ArticleReader.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    files.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(path)
            }
        }
        // "-2", "-3"… until unused: "foo-2.md", "foo.md", "foo.txt" get foo-2, foo, foo-3.
        var taken = Set<String>()
        return files.map { file in
            let base = Pipeline.slug(forPath: file)
            var slug = base, count = 1
            while !taken.insert(slug).inserted {
                count += 1
                slug = "\(base)-\(count)"
            }
            return Article(path: file, slug: slug)
        }
    }

    /// What building one article gave: its figures, or the error.
    public struct Report: Sendable {
        public var article: Article
        public var sections = 0
        public var words = 0
        public var outputs: [String] = []
        public var seconds = 0.0
        public var error: StudyKitError?
    }

    /// Builds every article, up to `jobs` at a time (and at most one per core), and reports
    /// each as it finishes. One failing article never stops the others; reports come back in
    /// input order. Workers are `ParallelJobs` threads, so the command line needs no
    /// concurrency runtime.
    public func buildAll(_ articles: [Article], jobs: Int, standardInput: @escaping @Sendable () -> Data,
                         finished: @escaping @Sendable (Report, Int) -> Void) -> [Report] {
        let progress = BatchProgress(count: articles.count, finished: finished)
        let builds = articles.indices.map { index -> @Sendable () -> Void in
            { progress.record(self.report(articles[index], standardInput: standardInput), at: index) }
        }
        ParallelJobs.run(builds, width: jobs)
        return progress.reports
    }

    /// Builds one article and measures it, turning a failure into a report.
    func report(_ article: Article, standardInput: @escaping () throws -> Data) -> Report {
        let clock = ContinuousClock()
        let started = clock.now
        var report = Report(article: article)
        do {
            let analysis = try analyse(article, standardInput: standardInput)
            report.sections = analysis.document.sections.count
            report.words = analysis.stats.words
            report.outputs = try write(analysis, for: article)
        } catch let error as StudyKitError {
            report.error = error
        } catch {
            report.error = .io(path: article.path, reason: "\(error)")
        }
        let elapsed = clock.now - started
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }

    private func analyse(_ article: Article, standardInput: @escaping () throws -> Data) throws -> Analysis {
        try checkNotOverwritingInput(article)
        guard article.path != "-", pipeline.parallelLimit > 0 else {
            return pipeline.analyse(try pipeline.document(path: article.path, standardInput: standardInput))
        }
        // The extraction's catalogue indices (a fixed cost, as long as reading a short article) are
        // built side by side with reading, not before analysing: on two cores the topic index on
        // one, the name index and then the article on the other.
        let pipeline = pipeline, path = article.path
        let document = JobResult<Result<Document, Error>>()
        ParallelJobs.run(pipeline.extractor.preparation
                         + [{ document.value = Result { try pipeline.document(path: path, standardInput: { Data() }) } }])
        return pipeline.analyse(try document.value!.get())
    }

    private func write(_ analysis: Analysis, for article: Article) throws -> [String] {
        try pipeline.export(analysis, to: output.appendingPathComponent(article.slug, isDirectory: true))
    }

    private func checkNotOverwritingInput(_ article: Article) throws {
        let folder = output.appendingPathComponent(article.slug, isDirectory: true)
        guard article.path != "-" else { return }
        let input = URL(fileURLWithPath: article.path).standardizedFileURL.resolvingSymlinksInPath().path
        for exporter in Exporters.all
        where folder.appendingPathComponent(exporter.fileName).standardizedFileURL.resolvingSymlinksInPath().path == input {
            throw StudyKitError.cannotCreate(path: input, reason: "output would overwrite the input article")
        }
    }
}

/// The reports of a batch so far, and the `finished` callback, which runs under the
/// lock so progress lines never interleave.
private final class BatchProgress: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private var slots: [BatchBuilder.Report?]
    private let finished: @Sendable (BatchBuilder.Report, Int) -> Void

    init(count: Int, finished: @escaping @Sendable (BatchBuilder.Report, Int) -> Void) {
        slots = Array(repeating: nil, count: count)
        self.finished = finished
    }

    func record(_ report: BatchBuilder.Report, at index: Int) {
        lock.withLock {
            slots[index] = report
            done += 1
            finished(report, done)
        }
    }

    /// Read after every worker has returned.
    var reports: [BatchBuilder.Report] { lock.withLock { slots.compactMap { $0 } } }
}
