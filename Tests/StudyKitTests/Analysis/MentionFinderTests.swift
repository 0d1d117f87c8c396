import Testing
@testable import StudyKit
@testable import StudyKitRules
@testable import StudyKitAnalysis

struct MentionFinderTests {
    static let catalog = try! CertificationCatalog.bundled()

    @Test(arguments: [
        ("AZ-104 is for administrators.", ["AZ-104", "AZ-104"]),
        ("Pass az104 first, then AZ 305.", ["AZ-104", "AZ-305"]),
        ("The AZ-305-certified architect designs; the administrator runs it.", ["AZ-305", "AZ-305"]),
        ("After AZ-104, the architect exam AZ-305 follows.", ["AZ-104", "AZ-305", "AZ-305"]),
        ("Microsoft Azure Fundamentals is a gentle start.", ["AZ-900"]),
        ("Take SAA-C03 before you think like a solutions architect.", ["SAA-C03", "SAA-C03"]),
        ("The cloud administration team met.", []),
        ("Security+ (SY0-701) comes after Network+.", ["SY0-701", "SY0-701", "N10-009"]),
        // One name for a certification of two exams names both; a role then resolves to both.
        ("CompTIA A+ needs two exams, then CompTIA A+ Core 2 repeats.", ["220-1201", "220-1202", "220-1202"]),
        ("A+ suits hands-on people. Good support technicians are patient.", ["220-1201", "220-1202", "220-1201", "220-1202"]),
    ])
    func mentions(text: String, expected: [String]) {
        let sentences = TestAnalysis.sentences(from: text)
        let found = MentionFinder(catalog: Self.catalog, names: TestSupport.rules.examNames).mentions(in: sentences).joined().map(\.code)
        #expect(found == expected)
    }

    /// Credential markers are data: one of any spelling (not only words starting with "c", which
    /// a quick pre-test once assumed and trapped on) must load and find what the others find.
    @Test func credentialMarkersMayStartWithAnyLetter() {
        var names = TestSupport.rules.examNames
        names.credentialMarkers += ["accredited", "zertifiziert"]
        let sentences = TestAnalysis.sentences(from: "Security+ (SY0-701) comes after Network+. AZ-104 is for administrators.")
        let found = MentionFinder(catalog: Self.catalog, names: names).mentions(in: sentences).joined().map(\.code)
        #expect(found == ["SY0-701", "SY0-701", "N10-009", "AZ-104", "AZ-104"])
    }
}
