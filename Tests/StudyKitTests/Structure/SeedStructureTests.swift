import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitRules

/// The seed article's structure, exactly: 16 headings, an untitled introduction, one residue line.
struct SeedStructureTests {
    static let expectedHeadings = [
        "Decoding AZ-104: The Building Blocks of Cloud Operations",
        "The Visionary Framework of AZ-305: Crafting Intelligent Azure Architectures",
        "Charting Your Azure Journey: Strategy, Synergy, and the Power of Foundations",
        "Redefining Technical Foundations: The Practical Scope of AZ-104",
        "From On-Prem to Azure: Translating Legacy Skills into Cloud Readiness",
        "The Azure Administrator in the Modern Enterprise: More Than a Technician",
        "Beyond Certification: Evolving from Learner to Cloud Contributor",
        "Stepping Beyond Execution: The Azure Architect’s Strategic Mandate",
        "Designing for Complexity: Where Business Logic Meets Technical Elegance",
        "The Power of Recognition: Earning Trust, Authority, and Professional Ascent",
        "The Azure Architect as Visionary of the Digital Age",
        "The Diverging Roads of Azure Certification: A Decision Rooted in Identity",
        "The Technician and the Thinker: Exploring the Essence of Each Path",
        "The Career Compass: Reading Your Landscape with Clarity",
        "The Purpose of Certification: Building Identity, Not Just Skill",
        "Conclusion",
    ]

    let document: Document

    init() throws {
        document = try TestSupport.pipeline.reader.read(path: TestSupport.seedPath)
    }

    @Test func findsExactlyTheSixteenHeadingsInOrder() {
        let titled = document.sections.filter { $0.origin == .heading }
        #expect(titled.map(\.title) == Self.expectedHeadings)
        #expect(titled.allSatisfy { $0.level == 1 })
    }

    @Test func textBeforeTheFirstHeadingIsAnUntitledIntroduction() throws {
        let first = try #require(document.sections.first)
        #expect(first.origin == .introduction)
        #expect(first.title == nil)
        #expect(first.paragraphs.count == 5)
        #expect(document.sections.count == 17)
    }

    @Test func chatAssistantOfferIsRemovedWithItsReason() throws {
        #expect(document.removed.count == 1)
        let removed = try #require(document.removed.first)
        #expect(removed.text.hasPrefix("Would you like a summary eBook version"))
        #expect(removed.reason == "chat assistant offer")
        #expect(document.source(at: removed.span) == removed.text)
        let allText = document.sections.flatMap(\.paragraphs).map(\.text).joined()
        #expect(!allText.contains("Would you like a summary eBook"))
    }

    @Test func paragraphSpansPointBackIntoTheSource() {
        for paragraph in document.sections.flatMap(\.paragraphs) {
            #expect(document.source(at: paragraph.span) == paragraph.text)
        }
        for section in document.sections.dropFirst() {
            #expect(section.headingSpan.map(document.source(at:)) == section.title)
        }
    }

    @Test func sectionIDsAreUniqueXMLNames() {
        let ids = document.sections.map(\.id)
        #expect(Set(ids).count == ids.count)
        for id in ids {
            #expect(id.first?.isLetter == true)
            #expect(id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        }
    }
}
