import Foundation

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

    /// The folder of bundled data files. SwiftPM's `Bundle.module` looks beside the
    /// executable first; so does this, with one `access` call instead of making
    /// `Bundle`s and listing folders on every lookup. Anywhere else, `Bundle.module` decides.
    static let folder: URL = {
        let beside = Bundle.main.bundleURL
            .appendingPathComponent("StudyKit_StudyKit.resources/Resources", isDirectory: true)
        if access(beside.path, R_OK) == 0 { return beside }
        return Bundle.module.bundleURL.appendingPathComponent("Resources", isDirectory: true)
    }()

    /// Decodes a bundled data file.
    public static func load<T: Decodable>(_ type: T.Type, named name: String) throws -> T {
        try load(type, from: url(named: name))
    }

    /// Decodes a data file at any path (bundled or user supplied).
    public static func load<T: Decodable>(_ type: T.Type, from url: URL) throws -> T {
        let path = url.path
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw StudyKitError.cannotOpen(path: path, reason: "data file cannot be read")
        }
        return try decode(type, from: data, path: path)
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
