import Foundation

/// Finds the articles of a build and writes each one's exports into its own folder.
public struct BatchBuilder: Sendable {
    /// One article to build and the folder it goes to.
    public struct Article: Sendable, Equatable {
        public var path: String
        public var slug: String
    }

    public static let articleExtensions: Set<String> = ["txt", "text", "md", "markdown", "mdown", "mkd"]

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
                    && Self.articleExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    files.append((path as NSString).appendingPathComponent(name))
                }
            } else {
                files.append(path)
            }
        }
        var used: [String: Int] = [:]
        return files.map { file in
            let base = Pipeline.slug(forPath: file)
            let count = used[base, default: 0] + 1
            used[base] = count
            return Article(path: file, slug: count == 1 ? base : "\(base)-\(count)")
        }
    }

    /// Reads, analyses and exports one article.
    public func build(_ article: Article, standardInput: @escaping () throws -> Data) throws {
        let folder = output.appendingPathComponent(article.slug, isDirectory: true)
        if article.path != "-" {
            let input = URL(fileURLWithPath: article.path).standardizedFileURL.path
            for exporter in Exporters.all where folder.appendingPathComponent(exporter.fileName).standardizedFileURL.path == input {
                throw StudyKitError.cannotCreate(path: input, reason: "output would overwrite the input article")
            }
        }
        let document = try pipeline.document(path: article.path, standardInput: standardInput)
        try pipeline.export(pipeline.analyse(document), to: folder)
    }
}
