import Foundation
import Synchronization
import Testing
@testable import StudyKit

/// Exporters share what they derive from one analysis; each kind is made once, even
/// when several exporters ask at the same time.
struct DerivedCacheTests {
    @Test func eachTypeIsMadeOnceAndKeptApart() {
        let cache = DerivedCache()
        let made = Mutex(0)
        let jobs = (0..<8).map { index -> @Sendable () -> Void in
            {
                if index.isMultiple(of: 2) {
                    #expect(cache.value { made.withLock { $0 += 1 }; return 42 } == 42)
                } else {
                    #expect(cache.value { made.withLock { $0 += 1 }; return "text" } == "text")
                }
            }
        }
        ParallelJobs.run(jobs)
        #expect(made.withLock { $0 } == 2)
    }

    @Test func studyAidsAreSharedByTheirExportersAndTheGuide() throws {
        let analysis = StudyAidsTests.seed
        let cards = try FlashcardDeck.shared(for: analysis)
        #expect(!cards.isEmpty)
        #expect(try FlashcardDeck.shared(for: analysis) == cards)
        #expect(cards == FlashcardDeck.cards(for: analysis, glossary: try Glossary.shared(for: analysis)))
        let quiz = try Quiz.shared(for: analysis)
        #expect(quiz == Quiz(analysis: analysis, glossary: try Glossary.shared(for: analysis)))
    }
}
