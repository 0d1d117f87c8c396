import Foundation
import Testing
@testable import StudyKit

@Suite struct SummarizerTests {
    static let seed = analysedSentences((try? fixtureText("az-104-vs-az-305.txt")) ?? "")

    @Test(arguments: [1, 3, 5, 12, 10_000])
    func summaryRespectsCountOrderAndSkipsHeadings(_ count: Int) {
        let chosen = Summarizer().summary(of: Self.seed, count: count)
        let candidates = Self.seed.indices.filter { !Self.seed[$0].isHeading }
        #expect(chosen.count <= count && !chosen.isEmpty)
        if count <= 12 { #expect(chosen.count == count) }
        #expect(chosen.count <= candidates.count)
        #expect(chosen == chosen.sorted() && Set(chosen).count == chosen.count)
        #expect(chosen.allSatisfy { !Self.seed[$0].isHeading })
    }

    @Test(arguments: [0.01, 0.1, 0.3])
    func ratioPicksAboutThatShare(_ ratio: Double) {
        let chosen = Summarizer().summary(of: Self.seed, ratio: ratio)
        let candidates = Self.seed.filter { !$0.isHeading }.count
        #expect(!chosen.isEmpty)
        #expect(Double(chosen.count) <= ratio * Double(candidates) + 1)
        #expect(chosen.allSatisfy { !Self.seed[$0].isHeading })
    }

    @Test func repeatedSentenceIsChosenOnce() {
        let line = "Azure administrators manage storage accounts, virtual networks and identity governance daily."
        let text = [line, "Architects design resilient multi-region systems with disaster recovery plans.", line,
                    "Cost management keeps cloud budgets under control through tagging and budgets."].joined(separator: " ")
        let sentences = analysedSentences(text)
        let chosen = Summarizer().summary(of: sentences, count: 2)
        #expect(chosen.count == 2)
        #expect(Set(chosen.map { sentences[$0].text }).count == 2, "\(chosen)")
    }

    @Test func sectionSummariesGiveOneOrTwoSentencesFromTheirSection() {
        let summaries = Summarizer().sectionSummaries(of: Self.seed)
        let sections = Set(Self.seed.filter { !$0.isHeading }.map(\.sectionIndex))
        #expect(Set(summaries.map(\.sectionIndex)) == sections)
        for summary in summaries {
            #expect((1...2).contains(summary.sentences.count))
            #expect(summary.sentences.allSatisfy { Self.seed[$0].sectionIndex == summary.sectionIndex && !Self.seed[$0].isHeading })
        }
    }

    @Test func emptyInputGivesEmptySummary() {
        #expect(Summarizer().summary(of: [], count: 3).isEmpty)
        #expect(Summarizer().sectionSummaries(of: []).isEmpty)
    }
}
