import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitRules
@testable import StudyKitStructure

/// Runs the `examples` carried by the rule files: each heading example, placed before
/// a body paragraph, must become a heading; each counter-example must not.
struct HeadingRulesExamplesTests {
    static let rules = try! TestSupport.rules.headings
    static let residue = try! ResidueDetector(rules: TestSupport.rules.residue)
    static let body = "This paragraph is ordinary body text, long enough to read as prose and ending with a full stop."

    static func headings(in text: String) throws -> [String] {
        try TestSupport.document(text).sections.filter { $0.origin == .heading }.compactMap(\.title)
    }

    @Test(arguments: rules.examples!.headings)
    func headingExampleIsDetected(_ line: String) throws {
        let text = "\(Self.body)\n\(line)\n\(Self.body)\n"
        #expect(try Self.headings(in: text) == [line])
    }

    @Test(arguments: rules.examples!.notHeadings)
    func counterExampleIsNotAHeading(_ line: String) throws {
        let text = "\(Self.body)\n\(line)\n\(Self.body)\n"
        #expect(try Self.headings(in: text).isEmpty)
    }

    @Test(arguments: residue.rules.examples!.residue)
    func residueExampleIsRemoved(_ line: String) {
        #expect(Self.residue.reason(for: line) != nil)
    }

    @Test(arguments: residue.rules.examples!.notResidue)
    func residueCounterExampleIsKept(_ line: String) {
        #expect(Self.residue.reason(for: line) == nil)
    }

    @Test func numberedListIsNotARunOfHeadings() throws {
        let text = """
            \(Self.body)
            1. Open the portal
            2. Create a resource group
            3. Assign a policy
            \(Self.body)
            """
        #expect(try Self.headings(in: text).isEmpty)
    }

    @Test func numberedHeadingsNestByDepth() throws {
        let text = "1. Getting Started\n\(Self.body)\n1.1 Installing the Tools\n\(Self.body)\n2. Going Further\n\(Self.body)\n"
        let sections = try TestSupport.document(text).sections.filter { $0.origin == .heading }
        #expect(sections.map(\.level) == [1, 2, 1])
    }

    @Test func wrappedHeadingIsJoined() throws {
        let text = "\(Self.body)\n\nMoving From On-Premises Servers to\nthe Cloud Without Losing Sleep\n\n\(Self.body)\n"
        #expect(try Self.headings(in: text) == ["Moving From On-Premises Servers to the Cloud Without Losing Sleep"])
    }

    @Test func tableOfContentsIsNotTurnedIntoSections() throws {
        let text = """
            Contents
            Getting Started
            Daily Operations
            Looking Ahead
            Getting Started
            \(Self.body)
            Daily Operations
            \(Self.body)
            Looking Ahead
            \(Self.body)
            """
        let document = try TestSupport.document(text)
        #expect(document.sections.filter { $0.origin == .heading }.compactMap(\.title) == ["Getting Started", "Daily Operations", "Looking Ahead"])
        #expect(document.removed.filter { $0.reason == "table of contents" }.count == 4)
    }

    @Test func malformedRuleFileNamesItsKey() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("heading-rules.json")
        try Data(#"{"schema": 1, "maxWords": "many"}"#.utf8).write(to: file)
        #expect(throws: StudyKitError.badDataFile(path: file.path, key: "maxWords", reason: "wrong type (expected Int)")) {
            _ = try HeadingRules.load(from: file)
        }
    }
}
