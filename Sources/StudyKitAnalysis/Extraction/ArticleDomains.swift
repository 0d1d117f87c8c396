import Foundation
import StudyKitModel
import StudyKitRules

/// A domain the article itself states for an exam.
struct StatedDomain: Sendable, Equatable {
    var name: String
    /// The weight as the article writes it, normalised ("25–30%"); nil for a domain listed without one.
    var weight: String?
    /// The sentence (or table row, or heading) that states it.
    var sentence: Int
}

/// Finds the domains an article states: short lines pairing a name with one weight
/// ("Manage identity and access (25–30%)", "Domain 1: Design Resilient Architectures 30%",
/// a table row "Cost Control | 12.5%", a heading "Troubleshooting – 30%"), each given to
/// the exam its sentence is about; and, for an exam the catalogue lacks, the items of a
/// list under a heading such as "Exam objectives".
struct ArticleDomains: Sendable {
    private let rules: ExtractionRules.DomainStatements
    private let notInNames: Set<String>
    private let listHeadings: [[String]]
    // NSRegularExpression is immutable and safe to share.
    nonisolated(unsafe) private let numbering: NSRegularExpression
    /// "Domain 3: Technology": a numbering word, a number and a separator before the name.
    nonisolated(unsafe) private let numberedHeading: NSRegularExpression
    private static let edges = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "|()[]:-–—*_,.•·"))

    init(rules: ExtractionRules.DomainStatements) {
        self.rules = rules
        notInNames = Set(rules.notInNames.map { $0.lowercased() })
        listHeadings = rules.listHeadings.map(ExamNameIndex.keys(of:))
        let words = rules.numbering.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        numbering = try! NSRegularExpression(pattern: #"^(?:(?:\#(words))\s*)?\d+(?:\.\d+)*\s*[.:)\-–—]?\s*"#, options: [.caseInsensitive])
        numberedHeading = try! NSRegularExpression(pattern: #"^(?:\#(words))\s*\d+(?:\.\d+)*\s*[.:)\-–—]\s*([^%]+)$"#, options: [.caseInsensitive])
    }

    /// The domain a line states, if it is such a line: (name, weight).
    func statement(_ text: String) -> (name: String, weight: String)? {
        guard text.utf8.count < 200 else { return nil }
        let weights = WeightText.all(in: text)
        guard weights.count == 1, let weight = weights.first else { return nil }
        let string = text as NSString
        let before = string.substring(to: weight.range.location).trimmingCharacters(in: Self.edges)
        let after = string.substring(from: weight.range.location + weight.range.length).trimmingCharacters(in: Self.edges)
        var name: String
        if after.isEmpty { name = before } else if before.isEmpty { name = after } else { return nil }
        let full = NSRange(location: 0, length: (name as NSString).length)
        name = numbering.stringByReplacingMatches(in: name, range: full, withTemplate: "").trimmingCharacters(in: Self.edges)
        let words = name.split(whereSeparator: { $0 == " " })
        guard (1...rules.maxNameWords).contains(words.count), let first = name.unicodeScalars.first,
              first.properties.isUppercase else { return nil }
        for word in words {
            let bare = word.lowercased().trimmingCharacters(in: Self.edges)
            if notInNames.contains(bare) { return nil }
        }
        return (name, WeightText.format(low: weight.low, high: weight.high))
    }

    /// Stated domains per exam code, in article order; an exam needs `minimumStatements` of them
    /// (one weighted line alone may be anything).
    func find(in text: ExtractionText, context: ExamContext, sections: [Section], uncatalogued: Set<String>) -> [String: [StatedDomain]] {
        var found: [String: [StatedDomain]] = [:]
        var seen: [String: Set<String>] = [:]
        for (number, sentence) in text.sentences.enumerated() where context.mentions[number].isEmpty {
            guard Self.mayHoldWeight(sentence.text),
                  let (name, weight) = statement(sentence.text) else { continue }
            let subjects = context.coverageSubjects(number)
            guard subjects.count == 1 else { continue }
            if seen[subjects[0], default: []].insert(name.lowercased()).inserted {
                found[subjects[0], default: []].append(StatedDomain(name: name, weight: weight, sentence: number))
            }
        }
        // "Domain 3: Technology": a numbered domain heading states a domain without a weight.
        for (number, sentence) in text.sentences.enumerated() where sentence.isHeading && context.mentions[number].isEmpty {
            guard let name = numberedDomain(sentence.text) else { continue }
            let subjects = context.coverageSubjects(number).isEmpty ? (context.focus(number, section: sentence.sectionIndex) ?? []) : context.coverageSubjects(number)
            guard subjects.count == 1, seen[subjects[0], default: []].insert(name.lowercased()).inserted else { continue }
            found[subjects[0], default: []].append(StatedDomain(name: name, weight: nil, sentence: number))
        }
        for key in Array(found.keys) { found[key]!.sort { $0.sentence < $1.sentence } }
        found = found.filter { $0.value.count >= rules.minimumStatements }
        // Unweighted lists under an objectives heading, for exams the catalogue cannot fill in.
        var items: [Int: [Int: [Int]]] = [:]  // list group → item → sentences
        for (number, place) in text.places.enumerated() where place.kind == .listItem && place.depth == 1 {
            let section = text.sentences[number].sectionIndex
            guard sections.indices.contains(section), let title = sections[section].title, isListHeading(title) else { continue }
            items[place.group, default: [:]][place.item, default: []].append(number)
        }
        for (_, list) in items.sorted(by: { $0.key < $1.key }) where list.count >= 3 {
            let firsts = list.keys.sorted().compactMap { list[$0]?.first }
            let subjects = Set(firsts.flatMap { context.coverageSubjects($0) })
            guard subjects.count == 1, let exam = subjects.first, uncatalogued.contains(exam), found[exam] == nil else { continue }
            let names = firsts.map { text.sentences[$0].text.trimmingCharacters(in: Self.edges) }
            guard names.allSatisfy({ $0.split(separator: " ").count <= rules.maxNameWords && !$0.isEmpty }) else { continue }
            found[exam] = zip(names, firsts).map { StatedDomain(name: $0, weight: nil, sentence: $1) }
        }
        return found
    }

    /// A byte test before any pattern: a "%" or the letters "ercent" somewhere in the text.
    static func mayHoldWeight(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(UInt8(ascii: "%")) { return true }
        let tail = Array("ercent".utf8)
        guard bytes.count >= tail.count else { return false }
        for start in 0...(bytes.count - tail.count) where bytes[start] == tail[0] && Array(bytes[start..<(start + tail.count)]) == tail { return true }
        return false
    }

    /// The name in a heading such as "Domain 3: Technology" or "Section 2 – Networking", if it is one.
    func numberedDomain(_ text: String) -> String? {
        let range = NSRange(location: 0, length: (text as NSString).length)
        guard let match = numberedHeading.firstMatch(in: text, range: range),
              let name = Range(match.range(at: 1), in: text) else { return nil }
        let trimmed = text[name].trimmingCharacters(in: Self.edges)
        guard !trimmed.isEmpty, trimmed.split(separator: " ").count <= rules.maxNameWords else { return nil }
        return trimmed
    }

    private func isListHeading(_ title: String) -> Bool {
        let keys = ExamNameIndex.keys(of: title)
        return listHeadings.contains { phrase in
            !phrase.isEmpty && keys.count >= phrase.count
                && (0...(keys.count - phrase.count)).contains { Array(keys[$0..<($0 + phrase.count)]) == phrase }
        }
    }
}
