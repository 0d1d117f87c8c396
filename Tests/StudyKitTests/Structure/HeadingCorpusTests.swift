import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel

/// Heading precision and recall on plain-text documents written for testing
/// (Fixtures/headings: numbered, wrapped, question, ALL CAPS, sentence case, contents lists).
struct HeadingCorpusTests {
    struct Score {
        var truePositives = 0
        var falsePositives = 0
        var falseNegatives = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
    }

    /// The headings StudyKit finds: the title (when it opened the text) and every section title.
    static func foundHeadings(_ document: Document) -> [String] {
        var found = document.sections.filter { $0.origin == .heading }.compactMap(\.title)
        let text = document.text.drop { $0.isWhitespace }
        if let title = document.titleHeading?.text, !found.contains(title) {
            found.insert(title, at: 0)
        } else if !found.contains(document.metadata.title), text.hasPrefix(document.metadata.title) {
            found.insert(document.metadata.title, at: 0)
        }
        return found
    }

    static func score(folder: String) throws -> (Score, [String]) {
        let url = TestSupport.fixture(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".txt") }.sorted()
        var score = Score()
        var misses: [String] = []
        for name in names {
            let base = url.appendingPathComponent(String(name.dropLast(4)))
            let expected = try String(contentsOf: base.appendingPathExtension("headings"), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            let document = try TestSupport.pipeline.reader.read(path: url.appendingPathComponent(name).path)
            let found = foundHeadings(document)
            let hits = Set(expected).intersection(found).count
            score.truePositives += hits
            score.falsePositives += found.count - hits
            score.falseNegatives += expected.count - hits
            if Set(expected) != Set(found) {
                misses.append("\(name): missed \(Set(expected).subtracting(found).sorted()), extra \(Set(found).subtracting(expected).sorted())")
            }
        }
        return (score, misses)
    }

    @Test func developmentSetPrecisionAndRecall() throws {
        let (score, misses) = try Self.score(folder: "headings")
        #expect(score.truePositives > 100)
        #expect(score.precision >= 0.97, "\(misses)")
        #expect(score.recall >= 0.97, "\(misses)")
    }

    /// Written by a second author as a held-out set; after its first measurement
    /// (precision 0.83, recall 0.83) it was used to improve the rules, so it is now a second
    /// development set. Its labels count a contents title ("CONTENTS") as a heading; StudyKit
    /// sets the whole table of contents aside, which costs two misses by design.
    @Test func secondDevelopmentSetPrecisionAndRecall() throws {
        let (score, misses) = try Self.score(folder: "headings-2")
        #expect(score.truePositives > 100)
        #expect(score.precision >= 0.97, "\(misses)")
        #expect(score.recall >= 0.95, "\(misses)")
    }

    /// A third author's set, measured once untouched (precision 0.945, recall 0.972 on 106
    /// headings), then used for a few data-only fixes (dates, addresses, name lines).
    @Test func thirdDevelopmentSetPrecisionAndRecall() throws {
        let (score, misses) = try Self.score(folder: "headings-3")
        #expect(score.truePositives > 90)
        #expect(score.precision >= 0.95, "\(misses)")
        #expect(score.recall >= 0.95, "\(misses)")
    }

    @Test func residueFilesListWhatIsRemoved() throws {
        let url = TestSupport.fixture("headings")
        let names = try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".residue") }
        #expect(!names.isEmpty)
        for name in names {
            let expected = try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8)
                .split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            let article = url.appendingPathComponent(String(name.dropLast(8)) + ".txt")
            let document = try TestSupport.pipeline.reader.read(path: article.path)
            let removed = document.removed.filter { $0.reason.hasPrefix("chat assistant") }.map(\.text)
            #expect(Set(removed) == Set(expected), "\(name)")
        }
    }

    @Test func articleWithoutHeadingsIsOneIntroduction() throws {
        let document = try TestSupport.pipeline.reader.read(path: TestSupport.fixture("headings/no-headings-essay.txt").path)
        #expect(document.sections.filter { $0.origin == .heading }.isEmpty)
    }
}
