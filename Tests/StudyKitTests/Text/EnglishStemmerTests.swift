import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitText

struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    /// The whole Snowball reference vocabulary (voc.txt) against its expected
    /// stems (output.txt); every mismatch is reported with its word.
    @Test func matchesSnowballReferenceVocabulary() throws {
        let words = try Self.fixtureLines("voc")
        let expected = try Self.fixtureLines("output")
        try #require(words.count == expected.count)
        try #require(words.count > 40_000)
        var mismatches: [String] = []
        for (word, stem) in zip(words, expected) {
            let actual = stemmer.stem(word)
            if actual != stem { mismatches.append("\(word): got \(actual), expected \(stem)") }
        }
        let failures = mismatches.count  // counted, so a failure does not print all 42k pairs
        #expect(failures == 0, "\(failures) of \(words.count) differ:\n\(mismatches.prefix(50).joined(separator: "\n"))")
    }

    /// Cases that exercise each part of the algorithm; stems are the reference output.
    @Test(arguments: [
        // step 0 and 1a: possessives and plurals
        ("'s", "'s"), ("'''", "'"), ("caress", "caress"), ("ponies", "poni"), ("ties", "tie"),
        ("cries", "cri"), ("cried", "cri"),
        // step 1b: -ed/-ing with e restored, doubles undone, short stems kept
        ("hoped", "hope"), ("hoping", "hope"), ("hopping", "hop"), ("hopped", "hop"),
        ("yelling", "yell"), ("added", "add"), ("offing", "off"), ("ebbing", "ebb"), ("vying", "vie"),
        // Y marking and step 1c
        ("happy", "happi"), ("sayings", "say"),
        // steps 2-5
        ("conditional", "condit"), ("rational", "ration"), ("operator", "oper"),
        ("hopefulness", "hope"), ("callousness", "callous"), ("geologists", "geolog"),
        ("predicament", "predica"), ("adjustment", "adjust"), ("effective", "effect"),
        ("electrical", "electr"), ("goodness", "good"), ("controll", "control"), ("roll", "roll"),
        ("knightly", "knight"), ("consistency", "consist"),
        // prefixes with their own R1
        ("generously", "generous"), ("communism", "communism"), ("arsenal", "arsenal"),
        ("universal", "universal"), ("university", "universiti"), ("organization", "organiz"),
        ("emergency", "emergenc"), ("international", "internat"), ("paste", "paste"), ("pasted", "paste"),
        // whole-word exceptions and invariants
        ("skies", "sky"), ("skis", "ski"), ("sky", "sky"), ("dying", "die"), ("news", "news"),
        ("atlas", "atlas"), ("gently", "gentl"), ("early", "earli"), ("only", "onli"), ("idly", "idl"),
        ("innings", "inning"), ("proceeding", "proceed"), ("exceeded", "exceed"), ("evenings", "evening"),
    ])
    func notableCase(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    /// Non-ASCII letters count as one consonant each and are kept as written.
    @Test(arguments: [
        ("cafés", "café"), ("résumés", "résumé"), ("naïvely", "naïv"), ("éa", "éa"), ("’s", "’s"),
    ])
    func nonASCIIWord(word: String, stem: String) {
        #expect(stemmer.stem(word) == stem)
    }

    static func fixtureLines(_ name: String) throws -> [String] {
        let url = try #require(
            Bundle.module.url(forResource: name, withExtension: "txt", subdirectory: "Fixtures/snowball-english"))
        let text = try String(contentsOf: url, encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }
}
