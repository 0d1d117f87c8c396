import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitStructure

/// Plain-text structure on documents nobody on the team wrote (Tests/Evaluation/headings-plain:
/// RFCs, licences, books, FAQs; headings-flattened: lab guides and blog posts flattened from
/// Markdown), with truth written before the rules met them. A heading counts as found when a
/// section (or the title) starts on its line. Prints per-document precision, recall and F1.
///
/// The held-out quarter (`heldOut` in each manifest) is scored only with STUDYKIT_HELD_OUT=1:
/// it is the figure that says whether the rules generalise, so nobody tunes on it.
struct HeadingEvaluationTests {
    struct Truth: Decodable {
        struct Heading: Decodable {
            var line: Int
            var text: String
            var level: Int
        }
        var title: String?
        var headings: [Heading]
    }

    struct Entry: Decodable {
        var id: String
        var file: String
        var kind: String
        var heldOut: Bool
    }

    struct Score {
        var truePositives = 0, falsePositives = 0, falseNegatives = 0
        var levelsRight = 0, levelsScored = 0
        var precision: Double { Double(truePositives) / Double(max(1, truePositives + falsePositives)) }
        var recall: Double { Double(truePositives) / Double(max(1, truePositives + falseNegatives)) }
        var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }
        var levels: Double { Double(levelsRight) / Double(max(1, levelsScored)) }

        static func + (a: Score, b: Score) -> Score {
            Score(truePositives: a.truePositives + b.truePositives, falsePositives: a.falsePositives + b.falsePositives,
                  falseNegatives: a.falseNegatives + b.falseNegatives, levelsRight: a.levelsRight + b.levelsRight,
                  levelsScored: a.levelsScored + b.levelsScored)
        }
    }

    /// headings-c to -g were held out until their reports (in their READMEs); since then they are development data.
    static let sets = ["Tests/Evaluation/headings-plain", "Tests/Evaluation/headings-flattened", "Tests/Evaluation/headings-c",
                       "Tests/Evaluation/headings-d", "Tests/Evaluation/headings-e", "Tests/Evaluation/headings-f",
                       "Tests/Evaluation/headings-g"]
    /// Later held-out sets (every entry held out), reported on their own; none is waiting now.
    static let laterSets: [String] = []

    static func entries(heldOut: Bool, sets: [String] = sets) throws -> [(folder: URL, entry: Entry)] {
        try sets.flatMap { set -> [(URL, Entry)] in
            let folder = TestSupport.repositoryRoot.appendingPathComponent(set)
            let manifest = try JSONDecoder().decode([Entry].self, from: Data(contentsOf: folder.appendingPathComponent("manifest.json")))
            return manifest.filter { $0.heldOut == heldOut }.map { (folder, $0) }
        }
    }

    /// The 1-based line of a byte offset.
    static func line(of offset: Int, in text: String) -> Int {
        text.utf8.prefix(offset).reduce(1) { $0 + ($1 == 0x0A ? 1 : 0) }
    }

    /// Found headings by line: every heading section, and the title when it came from a line.
    static func found(_ document: Document) -> [Int: Int] {
        var byLine: [Int: Int] = [:]
        for section in document.sections where section.origin == .heading {
            if let span = section.headingSpan { byLine[line(of: span.start, in: document.text)] = section.level }
        }
        return byLine
    }

    static func score(folder: URL, entry: Entry) throws -> (score: Score, titleRight: Bool, misses: String) {
        let truth = try JSONDecoder().decode(Truth.self, from: Data(contentsOf: folder.appendingPathComponent("truth/\(entry.id).json")))
        let document = try TestSupport.pipeline.reader.read(path: folder.appendingPathComponent(entry.file).path)
        var found = found(document)
        let titleLine = document.titleHeading.map { line(of: $0.span.start, in: document.text) }
        // The truth's title is not a heading: a title line StudyKit kept as a section is a false heading.
        var score = Score()
        var expected: [Int: Int] = [:]
        for heading in truth.headings { expected[heading.line] = heading.level }
        // Levels are relative: both sides shifted so their shallowest matched heading is level 1.
        let matched = Set(expected.keys).intersection(found.keys)
        let foundBase = matched.compactMap { found[$0] }.min() ?? 1, truthBase = matched.compactMap { expected[$0] }.min() ?? 1
        for lineNumber in matched {
            score.levelsScored += 1
            if found[lineNumber]! - foundBase == expected[lineNumber]! - truthBase { score.levelsRight += 1 }
        }
        score.truePositives = matched.count
        score.falseNegatives = expected.count - matched.count
        if let titleLine { found[titleLine] = nil }
        score.falsePositives = Set(found.keys).subtracting(expected.keys).count
        let normalise = { (text: String) in Whitespace.collapse(text).lowercased() }
        let titleRight = truth.title.map { normalise(document.metadata.title) == normalise($0) } ?? (titleLine == nil)
        let lines = document.text.split(separator: "\n", omittingEmptySubsequences: false)
        func text(_ number: Int) -> String { number - 1 < lines.count ? String(lines[number - 1]).trimmingCharacters(in: .whitespaces) : "?" }
        let missed = Set(expected.keys).subtracting(found.keys).sorted().prefix(Int(ProcessInfo.processInfo.environment["STUDYKIT_HEADING_MISSES"] ?? "6") ?? 6).map { "\($0): \(text($0))" }
        let extra = Set(found.keys).subtracting(expected.keys).sorted().prefix(Int(ProcessInfo.processInfo.environment["STUDYKIT_HEADING_MISSES"] ?? "6") ?? 6).map { "\($0): \(text($0))" }
        return (score, titleRight, "missed \(missed), extra \(extra)")
    }

    static func report(heldOut: Bool, sets: [String] = sets) throws -> (micro: Score, worst: Double, titles: (Int, Int), lines: [String]) {
        var total = Score(), worst = 1.0, titlesRight = 0, titles = 0
        var lines: [String] = []
        for (folder, entry) in try entries(heldOut: heldOut, sets: sets) {
            let (score, titleRight, misses) = try score(folder: folder, entry: entry)
            total = total + score
            worst = min(worst, score.f1)
            titles += 1
            if titleRight { titlesRight += 1 }
            lines.append(String(format: "%-40@ %-11@ P %.2f R %.2f F1 %.2f levels %.2f title %@  %@",
                                entry.id as NSString, entry.kind as NSString, score.precision, score.recall, score.f1,
                                score.levels, (titleRight ? "ok" : "WRONG") as NSString, (score.f1 < 1 ? misses : "") as NSString))
        }
        lines.append(String(format: "micro: P %.3f R %.3f F1 %.3f, levels %.3f, worst document F1 %.2f, titles %d/%d",
                            total.precision, total.recall, total.f1, total.levels, worst, titlesRight, titles))
        return (total, worst, (titlesRight, titles), lines)
    }

    /// The goals are F1 ≥ 0.95 on every document, micro F1 ≥ 0.97 and levels ≥ 0.90; not met yet
    /// (see the printed table), so this holds the ground gained: a change that loses it fails.
    /// The floors are the scores with headings-g in the set (micro F1 0.903, P 0.929, levels 0.870,
    /// titles 52/69); without it they were 0.919 / 0.932 / 0.873: the harder documents lower the
    /// average, not a rule.
    @Test func developmentSetKeepsItsScores() throws {
        let result = try Self.report(heldOut: false)
        print("Heading evaluation, development set:\n" + result.lines.joined(separator: "\n"))
        #expect(result.lines.count > 25)
        #expect(result.micro.f1 >= 0.90)
        #expect(result.micro.precision >= 0.925)
        #expect(result.micro.levels >= 0.865)
        #expect(result.titles.0 >= 50)
    }

    @Test func heldOutSetIsReportedWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["STUDYKIT_HELD_OUT"] == "1" else { return }
        let result = try Self.report(heldOut: true)
        print("Heading evaluation, held-out set:\n" + result.lines.joined(separator: "\n"))
        #expect(result.lines.count >= 10)
        for set in Self.laterSets {
            let later = try Self.report(heldOut: true, sets: [set])
            print("Heading evaluation, \(set) (held out):\n" + later.lines.joined(separator: "\n"))
        }
    }
}
