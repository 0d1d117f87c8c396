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
        Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Resources")
            ?? Bundle.module.bundleURL.appendingPathComponent("Resources/\(name).json")
    }

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
    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, path: String) throws -> T {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "not valid JSON")
        }
        guard let root = object as? [String: Any] else {
            throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "expected a JSON object")
        }
        guard let schema = root["schema"] as? Int else {
            throw StudyKitError.badDataFile(path: path, key: "schema", reason: "missing schema number")
        }
        guard schema == Self.schema else {
            throw StudyKitError.badDataFile(path: path, key: "schema", reason: "unsupported schema \(schema)")
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw StudyKitError.badDataFile(path: path, key: error.keyPath, reason: error.reason)
        } catch {
            throw StudyKitError.badDataFile(path: path, key: "(root)", reason: "cannot be decoded")
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
