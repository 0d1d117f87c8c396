import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitExport

struct EPUBWriterTests {

    @Test func everyXMLFileIsWellFormed() throws {
        let entries = try EPUBWriter.entries(for: SampleBook.make(), path: "sample.epub")
        let xmlNames = entries.filter { entry in
            [".xhtml", ".opf", ".ncx", ".svg", ".xml"].contains { entry.path.hasSuffix($0) }
        }
        #expect(xmlNames.count == 8)
        for entry in xmlNames {
            let parser = XMLParser(data: Data(entry.data))
            let ok = parser.parse()
            #expect(ok, "\(entry.path): \(parser.parserError.map { "\($0)" } ?? "") line \(parser.lineNumber)")
        }
    }

    @Test func hostileTextIsEscapedAndCleaned() throws {
        let entries = try EPUBWriter.entries(for: SampleBook.make(), path: "sample.epub")
        let chapter = String(decoding: try #require(entries.first { $0.path == "EPUB/chapter.xhtml" }).data, as: UTF8.self)
        #expect(!chapter.contains("<script>"))
        #expect(chapter.contains("&#60;script&#62;alert(&#39;x&#39;)&#60;/script&#62;"))
        #expect(chapter.contains("bellnullnelnoncharend"))
        #expect(chapter.contains(SampleBook.longWord))
        #expect(!chapter.contains("&amp;") && !chapter.contains("&nbsp;"))
    }

    @Test func packageDocumentHasAccessibilityMetadata() throws {
        let entries = try EPUBWriter.entries(for: SampleBook.make(), path: "sample.epub")
        let opf = String(decoding: try #require(entries.first { $0.path == "EPUB/package.opf" }).data, as: UTF8.self)
        for expected in ["unique-identifier=\"book-id\"", "<dc:identifier id=\"book-id\">urn:uuid:",
                         "property=\"dcterms:modified\">2024-05-01T12:00:00Z<",
                         "\"schema:accessMode\">textual<", "\"schema:accessMode\">visual<",
                         "\"schema:accessModeSufficient\">textual<", "\"schema:accessibilityFeature\">alternativeText<",
                         "\"schema:accessibilityHazard\">none<", "\"schema:accessibilitySummary\">",
                         "properties=\"nav\"", "properties=\"cover-image\"", "href=\"chapter.xhtml\" media-type=\"application/xhtml+xml\" properties=\"svg\""] {
            #expect(opf.contains(expected), "missing \(expected)")
        }
    }

    @Test func sameBookGivesSameBytes() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studykit-epub-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.epub"), b = folder.appendingPathComponent("b.epub")
        try EPUBWriter.write(SampleBook.make(), to: a)
        try EPUBWriter.write(SampleBook.make(), to: b)
        #expect(try Data(contentsOf: a) == Data(contentsOf: b))
    }

    @Test func sampleBookPassesEPUBCheck() throws {
        guard EPUBCheck.debianAvailable() else { return }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("studykit-epubcheck-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("sample.epub")
        try EPUBWriter.write(SampleBook.make(), to: url)
        if let keep = ProcessInfo.processInfo.environment["STUDYKIT_KEEP_EPUB"] {
            try? FileManager.default.removeItem(atPath: keep)
            try FileManager.default.copyItem(at: url, to: URL(fileURLWithPath: keep))
        }
        let (status, output) = try EPUBCheck.run(jar: EPUBCheck.debianJar, on: url)
        #expect(status == 0, "\(output)")
        #expect(output.contains("No errors or warnings detected"), "\(output)")
    }

    @Test(arguments: [
        ("identifier", "not a UUID"), ("modified", "2024-05-01"), ("spine", "missing"),
        ("duplicateID", ""), ("href", "../up.xhtml"), ("toc", "nowhere.xhtml"), ("language", "en us"),
    ])
    func invalidBooksAreRejected(field: String, value: String) throws {
        var book = SampleBook.make()
        switch field {
        case "identifier": book.identifier = value
        case "modified": book.modified = value
        case "spine": book.spine.append(value)
        case "duplicateID": book.items.append(book.items[0])
        case "href": book.items[3].href = value
        case "toc": book.tableOfContents.append(TOCEntry(title: "x", href: value))
        default: book.language = value
        }
        #expect(throws: StudyKitError.self) { try EPUBWriter.entries(for: book, path: "x.epub") }
    }

    @Test func failedWriteLeavesNoFile() throws {
        let url = URL(fileURLWithPath: "/nonexistent-\(UUID().uuidString)/book.epub")
        #expect(throws: StudyKitError.self) { try EPUBWriter.write(SampleBook.make(), to: url) }
        #expect(!FileManager.default.fileExists(atPath: url.path))
    }
}
