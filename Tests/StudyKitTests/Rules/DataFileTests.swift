import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitRules

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

    @Test func resourcesAreLookedForBesideTheBinaryThenInTheBuildTree() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("studykit-datafile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = root.appendingPathComponent("bin"), build = root.appendingPathComponent("build")
        let inBuild = build.appendingPathComponent("\(DataFile.resourcesName)/Resources")
        try FileManager.default.createDirectory(at: binary, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: inBuild, withIntermediateDirectories: true)
        let besideBinary = binary.appendingPathComponent("\(DataFile.resourcesName)/Resources")
        #expect(DataFile.locate(beside: binary, buildFolders: [build]).path == inBuild.path)
        // Copied without them and no build tree: the folder they belong in, for the error to name.
        #expect(DataFile.locate(beside: binary, buildFolders: [root.appendingPathComponent("gone")]).path == besideBinary.path)
        try FileManager.default.createDirectory(at: besideBinary, withIntermediateDirectories: true)
        #expect(DataFile.locate(beside: binary, buildFolders: [build]).path == besideBinary.path)
    }

    @Test func aMissingBundledFileSaysWhatToCopy() {
        let folder = URL(fileURLWithPath: "/nonexistent-studykit/\(DataFile.resourcesName)/Resources")
        let missing = folder.appendingPathComponent("heading-rules.json")
        #expect(DataFile.readFailure(missing, bundledFolder: folder).contains("copy \(DataFile.resourcesName) beside"))
        #expect(DataFile.readFailure(URL(fileURLWithPath: "/nonexistent-studykit/mine.json"), bundledFolder: folder)
                == "data file cannot be read")
    }
}
