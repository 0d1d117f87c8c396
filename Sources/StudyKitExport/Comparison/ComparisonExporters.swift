import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// Renders a comparison table in one of three formats.
public enum ComparisonFormat: String, CaseIterable, Sendable {
    case markdown = "md", csv, html

    public func render(_ table: ComparisonTable, title: String) -> String {
        switch self {
        case .markdown: return ComparisonMarkdown.render(table, title: title)
        case .csv: return ComparisonCSV.render(table)
        case .html: return ComparisonHTML.render(table, title: title)
        }
    }
}

/// `comparison.md`, `comparison.csv`, `comparison.html`.
public struct ComparisonExporter: Exporter {
    public let format: ComparisonFormat
    public var fileName: String { "comparison.\(format.rawValue)" }

    public init(format: ComparisonFormat) {
        self.format = format
    }

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        let table = ComparisonTable(analysis: analysis, catalog: analysis.catalog)
        return Data(format.render(table, title: analysis.document.metadata.title).utf8)
    }
}

/// GFM pipe table; every cell carries its source mark, explained under the table.
enum ComparisonMarkdown {
    static func render(_ table: ComparisonTable, title: String) -> String {
        var lines = ["# Comparison: \(MarkdownText.escapeInline(title))", "", table.caption, ""]
        guard !table.columns.isEmpty else { return lines.joined(separator: "\n") + "\n" }
        lines.append("| Aspect | " + table.columns.map(cell).joined(separator: " | ") + " |")
        lines.append("|---|" + table.columns.map { _ in "---|" }.joined())
        for row in table.rows {
            let cells = row.cells.map { cell($0.text) + " " + $0.source.mark }
            lines.append("| **\(row.aspect)** | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append(ComparisonTable.Source.legend)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Escapes pipes and markup so a cell stays one cell.
    static func cell(_ text: String) -> String {
        MarkdownText.escapeInline(text).replacingOccurrences(of: "\n", with: " ")
    }
}

/// RFC 4180: CRLF line ends, every field quoted, quotes doubled; a source column per exam.
enum ComparisonCSV {
    static func render(_ table: ComparisonTable) -> String {
        var records: [[String]] = [["Aspect"] + table.codes.flatMap { [$0, "\($0) source"] }]
        for row in table.rows {
            records.append([row.aspect] + row.cells.flatMap { [$0.text, $0.source.rawValue] })
        }
        return records.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    static func field(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

/// A standalone, accessible HTML page: caption, column and row headers with scope.
enum ComparisonHTML {
    static func render(_ table: ComparisonTable, title: String) -> String {
        let esc = XMLText.escape
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Comparison: \(esc(title))</title>
            <style>
            body { font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.45; color: #1b1b1b; }
            table { border-collapse: collapse; width: 100%; }
            caption { text-align: left; font-weight: 600; padding: 0.5rem 0; }
            th, td { border: 1px solid #9aa5b1; padding: 0.5rem; vertical-align: top; text-align: left; }
            thead th { background: #e8eef5; }
            tbody th { background: #f5f7fa; white-space: nowrap; }
            .catalogue { color: #3d4a57; font-style: italic; }
            .none { color: #5f6b77; }
            .legend { font-size: 0.9rem; color: #3d4a57; }
            </style>
            </head>
            <body>
            <main>
            <h1>Comparison: \(esc(title))</h1>

            """
        if table.columns.isEmpty {
            html += "<p>\(esc(table.caption))</p>\n"
        } else {
            html += "<table>\n<caption>\(esc(table.caption))</caption>\n<thead>\n<tr><th scope=\"col\">Aspect</th>"
            for column in table.columns { html += "<th scope=\"col\">\(esc(column))</th>" }
            html += "</tr>\n</thead>\n<tbody>\n"
            for row in table.rows {
                html += "<tr><th scope=\"row\">\(esc(row.aspect))</th>"
                for cell in row.cells {
                    html += "<td class=\"\(cell.source.rawValue)\">\(esc(cell.text)) <abbr title=\"\(Self.meaning(cell.source))\">\(cell.source.mark)</abbr></td>"
                }
                html += "</tr>\n"
            }
            html += "</tbody>\n</table>\n"
            html += "<p class=\"legend\">\(esc(ComparisonTable.Source.legend)) Catalogue cells are in italics.</p>\n"
        }
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    static func meaning(_ source: ComparisonTable.Source) -> String {
        switch source {
        case .article: return "from the article"
        case .catalogue: return "from the certification catalogue"
        case .both: return "from the article and the catalogue"
        case .none: return "stated by neither"
        }
    }
}
