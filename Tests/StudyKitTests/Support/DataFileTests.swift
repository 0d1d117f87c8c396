import Foundation
import Testing
@testable import StudyKit

/// Every data file is read in one pass that checks `schema` first; each way a file can be
/// wrong must still give its own reason and key.
struct DataFileTests {
    struct Lexicon: Decodable {
        var words: [String]
    }

    @Test(arguments: [
        ("the, a, an", "(root)", "not valid JSON"),
        (#"["the"]"#, "(root)", "expected a JSON object"),
        (#"{"words": ["a"]}"#, "schema", "missing schema number"),
        (#"{"schema": "1", "words": ["a"]}"#, "schema", "missing schema number"),
        (#"{"schema": 2, "words": ["a"]}"#, "schema", "unsupported schema 2"),
        (#"{"schema": 1, "words": "a"}"#, "words", "wrong type"),
        (#"{"schema": 1}"#, "words", "required key is missing"),
    ])
    func badFileGivesKeyAndReason(json: String, key: String, reason: String) {
        let path = "bad/lexicon.json"
        #expect {
            _ = try DataFile.decode(Lexicon.self, from: Data(json.utf8), path: path)
        } throws: { error in
            guard case .badDataFile(let errorPath, let errorKey, let errorReason) = error as? StudyKitError else { return false }
            return errorPath == path && errorKey == key && errorReason.hasPrefix(reason)
        }
    }

    @Test func goodFileDecodes() throws {
        let lexicon = try DataFile.decode(Lexicon.self, from: Data(#"{"schema": 1, "words": ["a", "b"]}"#.utf8), path: "x")
        #expect(lexicon.words == ["a", "b"])
    }

    @Test func bundledFilesAreFoundBesideTheBinaryOrInTheBundle() throws {
        let url = DataFile.url(named: "stopwords-en")
        #expect(FileManager.default.isReadableFile(atPath: url.path), "\(url.path)")
    }
}
