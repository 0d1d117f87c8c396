import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StudyKit
@testable import StudyKitStructure
@testable import StudyKitExport

/// The comparison table of the seed in its three formats, and `--catalog` on the command line.
struct ComparisonTests {
    static let analysis = try! TestSupport.pipeline.analyse(TestSupport.pipeline.reader.read(path: TestSupport.seedPath))
    static let table = ComparisonTable(analysis: analysis, catalog: analysis.catalog)

    @Test func seedColumnsFollowTheStudyPath() {
        #expect(Self.table.codes == ["AZ-900", "AZ-104", "AZ-305"])
        #expect(Self.table.rows.map(\.aspect) == ["Role", "Level", "Focus", "Who it suits", "Core domains (weight)",
                                                  "Skills and tools", "Prerequisites", "Career outcomes", "Where to start"])
        #expect(Self.table.rows.allSatisfy { $0.cells.count == 3 })
    }

    @Test func articleCellsCarryEvidenceAndCatalogueCellsAreMarked() throws {
        for row in Self.table.rows {
            for cell in row.cells where cell.source == .article {
                #expect(!cell.evidence.isEmpty, "\(row.aspect): \(cell.text)")
                for item in cell.evidence {
                    #expect(Self.analysis.document.source(at: item.span).contains(item.text.prefix(20)))
                }
            }
        }
        let suits = try #require(Self.table.rows.first { $0.aspect == "Who it suits" })
        #expect(suits.cells[1].text.contains("hands-on"))
        #expect(suits.cells[2].text.contains("strategic") || suits.cells[2].text.contains("big-picture"))
        let markdown = ComparisonFormat.markdown.render(Self.table, title: "T")
        #expect(markdown.contains("Associate (Microsoft) †"))
        #expect(markdown.contains("|---|---|---|---|"))
    }

    @Test(arguments: [("plain", "\"plain\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a,b\nc", "\"a,b\nc\"")])
    func csvFieldsFollowRFC4180(_ input: String, _ expected: String) {
        #expect(ComparisonCSV.field(input) == expected)
    }

    @Test func csvHasOneRecordPerAspectWithCRLF() {
        let csv = ComparisonFormat.csv.render(Self.table, title: "T")
        let records = csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(records.count == 10)
        #expect(records[0] == "\"Aspect\",\"AZ-900\",\"AZ-900 source\",\"AZ-104\",\"AZ-104 source\",\"AZ-305\",\"AZ-305 source\"")
    }

    @Test func htmlIsWellFormedWithCaptionAndScopedHeaders() throws {
        let html = ComparisonFormat.html.render(Self.table, title: "A <b> & \"c\"")
        #expect(html.contains("<caption>"))
        #expect(html.contains("<th scope=\"col\">AZ-104"))
        #expect(html.contains("<th scope=\"row\">Role</th>"))
        #expect(html.contains("A &#60;b&#62; &#38; &#34;c&#34;") || html.contains("A &lt;b&gt; &amp;"))
        let body = try #require(html.range(of: "<html"))
        let parser = XMLParser(data: Data(html[body.lowerBound...].utf8))
        #expect(parser.parse(), "\(String(describing: parser.parserError))")
    }

    @Test func compareCommandFormatsAndBadFormat() {
        #expect(CapturedIO.run(["compare", TestSupport.seedPath, "--format", "csv"]).output.hasPrefix("\"Aspect\""))
        let bad = CapturedIO.run(["compare", TestSupport.seedPath, "--format", "pdf"])
        #expect(bad.code == 64)
        #expect(bad.error.contains("--format"))
    }

    @Test func badCatalogFileIsReportedWithItsPathAndKey() throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mine.json")
        try Data(#"{"schema": 1, "exams": [{"code": "X-1"}]}"#.utf8).write(to: file)
        let result = CapturedIO.run(["analyze", TestSupport.seedPath, "--catalog", file.path])
        #expect(result.code == 65)
        #expect(result.error.contains(file.path))
        #expect(result.error.contains("exams.0"))
        #expect(result.error.split(separator: "\n").count == 1)
    }
}
