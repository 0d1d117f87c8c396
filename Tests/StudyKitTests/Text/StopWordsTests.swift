import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitText
@testable import StudyKitRules

struct StopWordsTests {
    @Test(arguments: [
        ("the", true), ("of", true), ("themselves", true), ("would", true), ("however", true),
        ("don't", true), ("don’t", true), ("they’re", true), ("n’t", true), ("'s", true),
        ("study", false), ("photosynthesis", false), ("dont", false), ("", false), ("the’", false),
    ])
    func standardList(word: String, isStopWord: Bool) throws {
        #expect(try TestSupport.rules.stopWords.contains(word) == isStopWord)
    }

    /// The should-match / should-not-match examples written in the data file.
    @Test func examplesInDataFile() throws {
        let file = try RuleFile.stopWords.load(StopWords.File.self)
        let examples = try #require(file.examples)
        try #require(!examples.shouldMatch.isEmpty && !examples.shouldNotMatch.isEmpty)
        let stopWords = try TestSupport.rules.stopWords
        for word in examples.shouldMatch { #expect(stopWords.contains(word), "\(word) should be a stop word") }
        for word in examples.shouldNotMatch { #expect(!stopWords.contains(word), "\(word) should not be a stop word") }
    }

    @Test func bundledFileIsSortedAndLarge() throws {
        let file = try RuleFile.stopWords.load(StopWords.File.self)
        #expect(file.words == file.words.sorted())
        #expect(file.words.count > 200)
    }

    @Test(arguments: [
        (["Can’t"], "can’t", true), (["can't"], "can’t", true), (["can’t"], "can't", true),
        (["topic"], "topic", true), (["topic"], "topics", false), ([], "the", false),
    ])
    func customList(words: [String], word: String, isStopWord: Bool) {
        #expect(StopWords(words: words).contains(word) == isStopWord)
    }

    @Test(arguments: [
        (#"{"schema": 1, "words": "the"}"#, "words"),
        (#"{"schema": 1}"#, "words"),
        (#"{"schema": 1, "words": ["a", 3]}"#, "words.1"),
        (#"{"schema": 2, "words": ["a"]}"#, "schema"),
        (#"{"schema": 1, "words": ["a", "The"]}"#, "words.1"),
        (#"{"schema": 1, "words": ["a", ""]}"#, "words.1"),
        (#"{"schema": 1, "words": ["a", "b", "a"]}"#, "words.2"),
        (#"{"schema": 1, "words": ["don’t"]}"#, "words.0"),
        (#"{"schema": 1, "words": ["of course"]}"#, "words.0"),
        (#"{"schema": 1, "words": ["a"], "examples": {"shouldMatch": []}}"#, "examples.shouldNotMatch"),
        (#"["the"]"#, "(root)"),
        ("the, a, an", "(root)"),
    ])
    func malformedFileNamesTheKey(json: String, key: String) {
        let path = "bad/stopwords-en.json"
        #expect {
            _ = try StopWords.decode(Data(json.utf8), path: path)
        } throws: { error in
            guard case .badDataFile(let errorPath, let errorKey, _) = error as? StudyKitError else { return false }
            return errorPath == path && errorKey == key
        }
    }
}
