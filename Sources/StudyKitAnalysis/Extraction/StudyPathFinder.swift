import StudyKitModel
import StudyKitRules

/// The order in which to take the exams the article discusses.
///
/// Order comes from the article's own cues ("begin with", "before", "first",
/// "optional", "natural evolution") and the catalogue's prerequisites; ties
/// fall back to exam level, then to the order the article names them. Only
/// exams the article gives a study-order cue for become steps, so every step
/// has sentences behind it.
struct StudyPathFinder: Sendable {
    private let catalog: CertificationCatalog
    private let cues: [(rule: ExtractionRules.StudyCue, pattern: SentencePattern)]
    private let levels: ExtractionRules.LevelRanks

    init(catalog: CertificationCatalog, rules: ExtractionRules) {
        self.catalog = catalog
        levels = rules.levelRanks
        cues = rules.studyOrder.map { ($0, SentencePattern($0.pattern)) }
    }

    /// The study-order rules that fire on a sentence, with the exams they bind (for tests).
    func cueMatches(in sentence: AnalysedSentence, mentions: [ExamMention]) -> [(id: String, exams: [String])] {
        cues.compactMap { cue in cue.pattern.firstMatch(in: sentence, mentions: mentions).map { (cue.rule.id, $0.exams) } }
    }

    /// `items`: a sentence's pattern items (see `SentencePattern.items`), by sentence number.
    func path(sentences: [AnalysedSentence], context: ExamContext, discussed: [String],
              table: WordTable, items: (Int) -> [SentencePattern.Item]) -> [StudyStep] {
        let patterns = cues.map { $0.pattern.bound(to: table) }
        var edges: [(from: String, to: String)] = []
        var reasons: [String: [String]] = [:]
        var evidence: [String: [Evidence]] = [:]
        // Membership beside the ordered lists: scanning them per cue would be quadratic.
        var seen: [String: Set<Evidence>] = [:]
        var flags: [String: Set<ExtractionRules.StudyCue.Effect>] = [:]
        func note(_ code: String, _ why: String, _ sentence: AnalysedSentence?) {
            if !(reasons[code] ?? []).contains(why) { reasons[code, default: []].append(why) }
            if let sentence, seen[code, default: []].insert(Evidence(sentence)).inserted { evidence[code, default: []].append(Evidence(sentence)) }
        }
        for number in sentences.indices where !sentences[number].isHeading {
            // A match binds no exam pair without an exam item (see `pairs`): skip sentences naming none.
            if context.mentions[number].isEmpty { continue }
            let items = items(number)
            if items.allSatisfy({ !$0.isExam }) { continue }
            let sentence = sentences[number]
            for (cue, pattern) in zip(cues, patterns) {
                for match in pattern.allMatches(in: items) {
                    for (first, second) in Self.pairs(match) {
                        let why = cue.rule.why.replacingOccurrences(of: "{first}", with: first)
                            .replacingOccurrences(of: "{second}", with: second ?? "")
                        switch cue.rule.effect {
                        case .before, .after:
                            guard let second else { continue }
                            edges.append(cue.rule.effect == .before ? (first, second) : (second, first))
                            note(first, why, sentence)
                            note(second, why, sentence)
                        case .first, .optional, .foundation, .later:
                            flags[first, default: []].insert(cue.rule.effect)
                            note(first, why, sentence)
                        }
                    }
                }
            }
        }
        let steps = discussed.filter { evidence[$0] != nil }
        var ordered: [(String, String)] = []
        for code in steps {
            guard let exam = catalog.exam(code: code) else { continue }
            for prior in exam.prerequisites where steps.contains(prior) {
                ordered.append((prior, code))
                note(prior, "\(code) requires \(prior) (catalogue)", nil)
            }
            for prior in exam.recommendedPrior where steps.contains(prior) {
                ordered.append((prior, code))
                note(prior, "the vendor recommends \(prior) before \(code) (catalogue)", nil)
            }
        }
        // Catalogue facts first, then the article's cues unless they contradict them.
        var graph: [String: Set<String>] = [:]
        for (from, to) in ordered + edges where from != to && !reaches(graph, from: to, to: from) {
            graph[from, default: []].insert(to)
        }
        return topologicalOrder(steps, graph: graph, flags: flags, discussed: discussed).map { code in
            StudyStep(code: code, optional: flags[code]?.contains(.optional) ?? false,
                      why: (reasons[code] ?? []).joined(separator: "; "),
                      evidence: (evidence[code] ?? []).sorted { $0.span < $1.span })
        }
    }

    private func topologicalOrder(_ codes: [String], graph: [String: Set<String>],
                                  flags: [String: Set<ExtractionRules.StudyCue.Effect>], discussed: [String]) -> [String] {
        var incoming: [String: Int] = Dictionary(uniqueKeysWithValues: codes.map { ($0, 0) })
        for (_, targets) in graph { for target in targets where incoming[target] != nil { incoming[target]! += 1 } }
        func rank(_ code: String) -> (Double, Int) {
            var level = levels.rank(of: catalog.exam(code: code)?.level)
            let cues = flags[code] ?? []
            if cues.contains(.first) || cues.contains(.foundation) { level -= 0.5 }
            if cues.contains(.later) { level += 0.5 }
            return (level, discussed.firstIndex(of: code) ?? Int.max)
        }
        var result: [String] = []
        var ready = codes.filter { incoming[$0] == 0 }
        while !ready.isEmpty {
            ready.sort { rank($0) < rank($1) }
            let next = ready.removeFirst()
            result.append(next)
            for target in (graph[next] ?? []).sorted() where incoming[target] != nil {
                incoming[target]! -= 1
                if incoming[target] == 0 { ready.append(target) }
            }
        }
        return result
    }

    /// (first, second) exam pairs a cue binds; a subject of several exams ("A+")
    /// takes the cue for each of them.
    private static func pairs(_ match: SentencePattern.Match) -> [(String, String?)] {
        guard let firsts = match.subjects.first else { return [] }
        let seconds: [String?] = match.subjects.count > 1 ? match.subjects[1] : [nil]
        return firsts.flatMap { first in seconds.filter { $0 != first }.map { (first, $0) } }
    }

    private func reaches(_ graph: [String: Set<String>], from: String, to: String) -> Bool {
        var stack = [from]
        var seen = Set<String>()
        while let node = stack.popLast() {
            if node == to { return true }
            guard seen.insert(node).inserted else { continue }
            stack += graph[node] ?? []
        }
        return false
    }
}
