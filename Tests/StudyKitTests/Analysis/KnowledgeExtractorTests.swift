import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitAnalysis

/// Runs the extractor over each fixture article and compares with its expected.json.
struct KnowledgeExtractorTests {
    struct Expected: Decodable {
        var certifications: [String]
        var studyPath: [String]
        var optional: [String]?
        var domains: [String: [String]]
        var traits: [String: [String]]?
    }

    static let articles = ["az-104-vs-az-305", "aws-saa-c03-vs-soa-c02", "az-204-vs-az-500",
                           "comptia-a-plus-network-security-path", "gcp-associate-cloud-engineer", "aws-developer-path"]

    static func load(_ name: String) throws -> (text: String, knowledge: Knowledge, expected: Expected) {
        let folder = Bundle.module.resourceURL!.appendingPathComponent("Fixtures/articles")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let article = files.sorted().first(where: { $0.hasPrefix(name + ".") && ($0.hasSuffix(".txt") || $0.hasSuffix(".md")) }) else {
            throw StudyKitError.cannotOpen(path: name, reason: "fixture article missing")
        }
        let text = try String(contentsOf: folder.appendingPathComponent(article), encoding: .utf8)
        let expected = try JSONDecoder().decode(Expected.self, from: Data(contentsOf: folder.appendingPathComponent(name + ".expected.json")))
        let parsed = TestAnalysis.article(from: text, path: article)
        let knowledge = KnowledgeExtractor(rules: TestSupport.rules).extract(sentences: parsed.sentences, sections: parsed.sections)
        return (text, knowledge, expected)
    }

    @Test(arguments: articles)
    func findsExpectedCertificationsAndStudyPath(_ name: String) throws {
        let (_, knowledge, expected) = try Self.load(name)
        #expect(Set(knowledge.certifications.map(\.code)) == Set(expected.certifications))
        #expect(knowledge.studyPath.map(\.code) == expected.studyPath)
        for code in expected.optional ?? [] {
            #expect(knowledge.studyPath.first { $0.code == code }?.optional == true, "\(code) should be optional")
        }
        for step in knowledge.studyPath {
            #expect(!step.evidence.isEmpty && !step.why.isEmpty, "\(step.code) has no evidence")
        }
    }

    @Test(arguments: articles)
    func coversExpectedDomainsWithEvidence(_ name: String) throws {
        let (_, knowledge, expected) = try Self.load(name)
        for (code, domains) in expected.domains.sorted(by: { $0.key < $1.key }) {
            let finding = knowledge.certifications.first { $0.code == code }
            for domain in domains {
                let found = finding?.domains.first { $0.name == domain }
                #expect(found.map { !$0.evidence.isEmpty && $0.coverage > 0 } == true, "\(code): \(domain)")
            }
        }
    }

    @Test(arguments: articles)
    func findsExpectedRoleTraits(_ name: String) throws {
        let (_, knowledge, expected) = try Self.load(name)
        for (code, traits) in (expected.traits ?? [:]).sorted(by: { $0.key < $1.key }) {
            let role = knowledge.roles.first { $0.certification == code }
            let found = Set(role?.traits.map(\.trait) ?? [])
            for trait in traits { #expect(found.contains(trait), "\(code): \(trait)") }
        }
    }

    /// Nothing is asserted without evidence, and evidence is the article's own text at its span.
    @Test(arguments: articles)
    func evidenceIsVerbatim(_ name: String) throws {
        let (text, knowledge, _) = try Self.load(name)
        var evidence: [Evidence] = []
        for finding in knowledge.certifications {
            evidence += finding.domains.flatMap(\.evidence)
            evidence += finding.unmatchedTopics.flatMap(\.evidence)
        }
        evidence += knowledge.roles.flatMap { $0.traits.flatMap(\.evidence) }
        evidence += knowledge.studyPath.flatMap(\.evidence)
        #expect(!evidence.isEmpty)
        let bytes = Array(text.utf8)
        for item in evidence {
            // The sentence text is the source with line breaks collapsed to spaces.
            let source = String(decoding: bytes[item.span.start..<item.span.end], as: UTF8.self)
            #expect(source.replacingOccurrences(of: "\n", with: " ") == item.text)
        }
        for role in knowledge.roles { #expect(role.traits.allSatisfy { !$0.evidence.isEmpty }) }
    }

    @Test func outputIsDeterministic() throws {
        let first = try Self.load("az-104-vs-az-305").knowledge
        let second = try Self.load("az-104-vs-az-305").knowledge
        #expect(first == second)
    }
}
