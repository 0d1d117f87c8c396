import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitRules

struct CertificationCatalogTests {
    static func fixture(_ name: String) -> URL {
        Bundle.module.url(forResource: "Fixtures/catalogs/\(name)", withExtension: "json")!
    }

    @Test func bundledCatalogLoadsAndIsConsistent() throws {
        let catalog = try CertificationCatalog.bundled()
        #expect(catalog.exams.count >= 20)
        #expect(catalog.version != nil && catalog.asOf != nil)
        try catalog.validateReferences(path: "bundled")
        for exam in catalog.exams {
            #expect(!exam.outline.source.isEmpty && !exam.outline.asOf.isEmpty, "\(exam.code) lacks a source")
            #expect(exam.domains.allSatisfy { !$0.keywords.isEmpty }, "\(exam.code) has a domain without keywords")
        }
    }

    @Test(arguments: [
        ("bad-json", "(root)", "not valid JSON"),
        ("missing-key", "exams.0.title", "required key is missing"),
        ("bad-weight", "exams.0.domains.0.weight", "'about half'"),
        ("bad-bounds", "exams.0.domains.0.low", "disagree"),
        ("bad-sum", "exams.0.domains", "cannot add up to 100%"),
        ("duplicate-code", "exams.1.code", "duplicate code 'x-1'"),
    ])
    func badCatalogNamesFileAndKey(name: String, key: String, reason: String) throws {
        let url = Self.fixture(name)
        do {
            _ = try CertificationCatalog.load(from: url)
            Issue.record("\(name) loaded without error")
        } catch let error as StudyKitError {
            guard case .badDataFile(let path, let foundKey, let foundReason) = error else {
                Issue.record("unexpected error \(error)"); return
            }
            #expect(path == url.path)
            #expect(foundKey == key)
            #expect(foundReason.contains(reason), "\(foundReason)")
            #expect(error.message.hasPrefix(url.path))
        }
    }

    @Test func userFileOverridesByCodeAndAddsNewExams() throws {
        let bundled = try CertificationCatalog.bundled()
        let merged = try CertificationCatalog.load(userFile: Self.fixture("override"))
        #expect(merged.exams.count == bundled.exams.count + 1)
        #expect(merged.exam(code: "AZ-104")?.title == "T")
        #expect(merged.exam(code: "ZZ-999") != nil)
        #expect(merged.exam(code: "AZ-305") == bundled.exam(code: "AZ-305"))
    }

    @Test func userFileWithUnknownPrerequisiteIsRejected() throws {
        let url = Self.fixture("unknown-prerequisite")
        #expect(throws: StudyKitError.badDataFile(path: url.path, key: "exams.0.requires.0.anyOf", reason: "unknown exam code 'NOPE-1'")) {
            try CertificationCatalog.load(userFile: url)
        }
    }

    @Test(arguments: [("20–25%", 20, 25), ("30%", 30, 30), ("5-10%", 5, 10)])
    func weightsParse(text: String, low: Int, high: Int) {
        let parsed = CertificationCatalog.parseWeight(text)
        #expect(parsed?.0 == low && parsed?.1 == high)
    }

    @Test(arguments: ["20–25", "~20%", "25–20%", "abc%", "", "10–20–30%"])
    func malformedWeightsAreRejected(text: String) {
        #expect(CertificationCatalog.parseWeight(text) == nil)
    }
}
