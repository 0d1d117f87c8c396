import Foundation
import StudyKit

/// The table printed after a batch build: one row per article with its figures or its error.
enum BuildSummary {
    static func table(_ reports: [BatchBuilder.Report]) -> String {
        var rows: [[String]] = [["article", "sections", "words", "outputs", "time", "result"]]
        for report in reports {
            let time = String(format: "%.2fs", report.seconds)
            if let error = report.error {
                rows.append([report.article.path, "-", "-", "-", time, "error: \(error.message)"])
            } else {
                rows.append([report.article.path, String(report.sections), String(report.words),
                             String(report.outputs.count), time, "ok"])
            }
        }
        let failed = reports.filter { $0.error != nil }.count
        let widths = (0..<6).map { column in rows.map { $0[column].count }.max() ?? 0 }
        var text = ""
        for (index, row) in rows.enumerated() {
            let cells = row.enumerated().map { column, cell in
                column == 5 ? cell : cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
            }
            text += cells.joined(separator: "  ") + "\n"
            if index == 0 { text += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        text += "\(reports.count - failed) built, \(failed) failed\n"
        return text
    }
}
