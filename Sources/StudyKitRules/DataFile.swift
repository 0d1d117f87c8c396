import Foundation
import StudyKitSupport

/// Loads the rules and lexicons that ship as JSON package resources.
///
/// Every data file is a JSON object with a `schema` number; a file that is
/// missing, malformed or of an unknown schema fails with its path and key,
/// so a bad edit to a lexicon is reported, never a crash.
public enum DataFile {
    /// The schema version this build understands.
    public static let schema = 1

    /// The URL of a bundled data file, e.g. `named: "abbreviations"`.
    public static func url(named name: String) -> URL {
        folder.appendingPathComponent("\(name).json")
    }

    /// Decodes a bundled data file.
    public static func load<T: Decodable>(_ type: T.Type, named name: String) throws -> T {
        try load(type, from: url(named: name))
    }

    static let resourcesName = "StudyKit_StudyKitRules.resources"

    /// The folder of bundled data files, found once. SwiftPM puts them beside the
    /// executable; that is looked at first, with one `access` call rather than making
    /// `Bundle`s and listing folders per lookup. Next, the build tree this binary was
    /// compiled in, as SwiftPM's own `Bundle.module` would try. Unlike that accessor,
    /// which stops the process, a binary copied without its resources then fails with
    /// a one-line error naming the file it expected.
    static let folder = locate(beside: Bundle.main.bundleURL, buildFolders: buildFolders)

    /// The first of `beside` and `buildFolders` that holds the resources, else `beside`'s
    /// (so an error names where they belong).
    static func locate(beside executableFolder: URL, buildFolders: [URL]) -> URL {
        let candidates = ([executableFolder] + buildFolders).map {
            $0.appendingPathComponent("\(resourcesName)/Resources", isDirectory: true)
        }
        return candidates.first { access($0.path, R_OK) == 0 } ?? candidates[0]
    }

    /// `.build/debug` and `.build/release` of the package this file was compiled in,
    /// this build's own configuration first.
    private static var buildFolders: [URL] {
        var root = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { root.deleteLastPathComponent() }  // Sources/StudyKitRules/DataFile.swift
        #if DEBUG
        let configurations = ["debug", "release"]
        #else
        let configurations = ["release", "debug"]
        #endif
        return configurations.map { root.appendingPathComponent(".build/\($0)", isDirectory: true) }
    }

    /// Decodes a data file at any path (bundled or user supplied).
    public static func load<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StudyKitError.cannotOpen(path: path, reason: readFailure(url))
        }
        return try decode(type, from: data, path: path)
    }

    /// Why a data file could not be read. A bundled one that is missing means a binary
    /// copied without its resources folder, and the message says what to copy.
    static func readFailure(_ url: URL, bundledFolder: URL = folder) -> String {
        let isBundled = url.deletingLastPathComponent().standardizedFileURL.path == bundledFolder.standardizedFileURL.path
        return isBundled && access(url.path, F_OK) != 0
            ? "bundled data file missing; copy \(resourcesName) beside the studykit binary"
            : "data file cannot be read"
    }

    /// Decodes data-file bytes, checking the schema and naming the failing key.
    /// One pass: the schema is read by the same decoder that reads the rules.
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        do {
            return try JSONDecoder().decode(Versioned<T>.self, from: data).value
        } catch let problem as SchemaProblem {
            switch problem {
            case .notAnObject:
                throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "expected a JSON object")
            case .missing:
                throw StudyKitError.badDataFile(path: path, key: "schema", reason: "missing schema number")
            case .unsupported(let schema):
                throw StudyKitError.badDataFile(path: path, key: "schema", reason: "unsupported schema \(schema)")
            }
        } catch let error as DecodingError {
            // A syntax error: corrupt at the root, from the parser (not from a rule's own check).
            if case .dataCorrupted(let context) = error, context.codingPath.isEmpty,
               context.underlyingError != nil || context.debugDescription.contains("not valid JSON") {
                throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "not valid JSON")
            }
            throw StudyKitError.badDataFile(path: path, key: error.keyPath, reason: error.reason)
        } catch let error as StudyKitError {
            throw error
        } catch {
            throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "cannot be decoded")
        }
    }

    /// Why a data file's `schema` was refused.
    private enum SchemaProblem: Error {
        case notAnObject, missing, unsupported(Int)
    }

    /// A data file's value, after its `schema` number has been checked.
    private struct Versioned<Value: Decodable>: Decodable {
        var value: Value

        private enum Key: String, CodingKey { case schema }

        init(from decoder: any Decoder) throws {
            guard let container = try? decoder.container(keyedBy: Key.self) else { throw SchemaProblem.notAnObject }
            guard let schema = try? container.decodeIfPresent(Int.self, forKey: .schema) else { throw SchemaProblem.missing }
            guard schema == DataFile.schema else { throw SchemaProblem.unsupported(schema) }
            value = try Value(from: decoder)
        }
    }
}

extension DecodingError {
    /// The dotted path of the key that failed, e.g. `exams.3.domains`.
    var keyPath: String {
        let path: [CodingKey]
        switch self {
        case .keyNotFound(let key, let context): path = context.codingPath + [key]
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            path = context.codingPath
        @unknown default: path = []
        }
        let parts = path.map { $0.intValue.map(String.init) ?? $0.stringValue }
        return parts.isEmpty ? "(root)" : parts.joined(separator: ".")
    }

    /// A short reason without Swift type names where possible.
    var reason: String {
        switch self {
        case .keyNotFound: return "required key is missing"
        case .typeMismatch(let type, _): return "wrong type (expected \(type))"
        case .valueNotFound: return "value is null"
        case .dataCorrupted(let context): return context.debugDescription
        @unknown default: return "cannot be decoded"
        }
    }
}
