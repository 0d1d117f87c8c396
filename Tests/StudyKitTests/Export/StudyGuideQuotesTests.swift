import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitExport
@testable import StudyKitAnalysis

/// A sentence shown again and again teaches nothing more: outside its own chapter, no article
/// sentence appears in the guide more than twice (key points, evidence, answers, definitions).
struct StudyGuideQuotesTests {
    @Test(arguments: ["Corpus/az-104-vs-az-305.txt", "Tests/StudyKitTests/Fixtures/articles/az-204-vs-az-500.md"])
    func noSentenceIsQuotedMoreThanTwice(path: String) throws {
        let pipeline = TestSupport.pipeline
        let analysis = pipeline.analyse(try pipeline.document(path: TestSupport.repositoryRoot.appendingPathComponent(path).path,
                                                                standardInput: { Data() }))
        let book = try StudyGuideBuilder(analysis: analysis, effects: TestSupport.effects).build().book
        let pages = book.items.filter { $0.mediaType == "application/xhtml+xml" }
        // Text of every page, markup stripped, entities for the quote marks left as they are.
        let text = pages.map { page in
            String(decoding: page.data, as: UTF8.self).replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "&amp;", with: "&")
        }
        let joined = text.joined(separator: "\n")
        var checked = 0
        for sentence in analysis.sentences where !sentence.isHeading && sentence.wordCount >= 8 && !sentence.text.contains("<") {
            let escaped = sentence.text.replacingOccurrences(of: "&", with: "&")
            let count = joined.components(separatedBy: escaped).count - 1
            // Its own chapter prints it once; at most two quotes elsewhere.
            #expect(count <= 3, "“\(sentence.text)” appears \(count) times")
            checked += 1
        }
        #expect(checked > 10)
    }
}
