import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitRules
@testable import StudyKitAnalysis

@Suite struct SummarizerTests {
    static let seed = analysedSentences((try? fixtureText("az-104-vs-az-305.txt")) ?? "")

    @Test(arguments: [1, 3, 5, 12, 10_000])
    func summaryRespectsCountOrderAndSkipsHeadings(_ count: Int) throws {
        let chosen = (try Summarizer(rules: TestSupport.rules.summaries)).summary(of: Self.seed, count: count)
        let candidates = Self.seed.indices.filter { !Self.seed[$0].isHeading }
        #expect(chosen.count <= count && !chosen.isEmpty)
        if count <= 12 { #expect(chosen.count == count) }
        #expect(chosen.count <= candidates.count)
        #expect(chosen == chosen.sorted() && Set(chosen).count == chosen.count)
        #expect(chosen.allSatisfy { !Self.seed[$0].isHeading })
    }

    @Test(arguments: [0.01, 0.1, 0.3])
    func ratioPicksAboutThatShare(_ ratio: Double) throws {
        let chosen = (try Summarizer(rules: TestSupport.rules.summaries)).summary(of: Self.seed, ratio: ratio)
        let candidates = Self.seed.filter { !$0.isHeading }.count
        #expect(!chosen.isEmpty)
        #expect(Double(chosen.count) <= ratio * Double(candidates) + 1)
        #expect(chosen.allSatisfy { !Self.seed[$0].isHeading })
    }

    @Test func repeatedSentenceIsChosenOnce() throws {
        let line = "Azure administrators manage storage accounts, virtual networks and identity governance daily."
        let text = [line, "Architects design resilient multi-region systems with disaster recovery plans.", line,
                    "Cost management keeps cloud budgets under control through tagging and budgets."].joined(separator: " ")
        let sentences = analysedSentences(text)
        let chosen = (try Summarizer(rules: TestSupport.rules.summaries)).summary(of: sentences, count: 2)
        #expect(chosen.count == 2)
        #expect(Set(chosen.map { sentences[$0].text }).count == 2, "\(chosen)")
    }

    @Test func sectionSummariesGiveOneOrTwoSentencesFromTheirSection() throws {
        let summaries = (try Summarizer(rules: TestSupport.rules.summaries)).sectionSummaries(of: Self.seed)
        let sections = Set(Self.seed.filter { !$0.isHeading }.map(\.sectionIndex))
        #expect(Set(summaries.map(\.sectionIndex)) == sections)
        for summary in summaries {
            #expect((1...2).contains(summary.sentences.count))
            #expect(summary.sentences.allSatisfy { Self.seed[$0].sectionIndex == summary.sectionIndex && !Self.seed[$0].isHeading })
        }
    }

    @Test(arguments: [0, 4])
    func oneRankingGivesWhatTheSeparateCallsGive(_ count: Int) throws {
        let summarizer = try Summarizer(rules: TestSupport.rules.summaries)
        let both = summarizer.summaries(of: Self.seed, count: count)
        #expect(both.summary == summarizer.summary(of: Self.seed, count: count))
        #expect(both.sections == summarizer.sectionSummaries(of: Self.seed))
        #expect(both.summary.count == count && !both.sections.isEmpty)
    }

    @Test func emptyInputGivesEmptySummary() throws {
        #expect((try Summarizer(rules: TestSupport.rules.summaries)).summary(of: [], count: 3).isEmpty)
        #expect((try Summarizer(rules: TestSupport.rules.summaries)).sectionSummaries(of: []).isEmpty)
    }

    /// (sentence, may a summary choose it?)
    static let endings: [(String, Bool)] = [
        ("Azure administrators manage storage accounts and virtual networks.", true),
        ("Which exam should a new cloud engineer take first?", true),
        ("“Which exam is easier for cloud engineers?”", true),
        ("Governance keeps the cloud estate tidy and compliant (mostly).", true),
        ("Paper Ledgers Came First Before Software Spreadsheets", false),
        ("Key takeaways for busy cloud engineers:", false),
    ]

    @Test(arguments: endings.indices)
    func onlyPunctuatedSentencesAreChosen(_ index: Int) throws {
        let (line, expected) = Self.endings[index]
        let filler = "Cloud engineers plan storage, networking and identity for every project they run."
        let sentences = analysedSentences(filler + "\n" + line, oneSentencePerLine: true)
        let chosen = try Summarizer(rules: TestSupport.rules.summaries).summary(of: sentences, count: 2)
        #expect(chosen.contains(1) == expected, "\(line) → \(chosen)")
        #expect(chosen.contains(0))
    }

    @Test func unpunctuatedTextStillGetsASummary() throws {
        let items = ["Paper ledgers came first in every office", "VisiCalc made recalculation instant for everyone",
                     "Lotus made the personal computer a business machine"]
        let sentences = analysedSentences(items.joined(separator: "\n"), oneSentencePerLine: true)
        #expect(try Summarizer(rules: TestSupport.rules.summaries).summary(of: sentences, count: 1).count == 1)
    }
}
