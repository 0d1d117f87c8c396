import StudyKitModel
import StudyKitRules

/// The order in which the article recommends taking the exams it discusses.
///
/// The article's own ordering comes first: sentence cues ("start with", "then", "before",
/// "after", "X is a prerequisite for Y", "best start", "skip", "optional"), arrows between
/// exams ("AZ-900 → AZ-104"), lists of exams that an order cue introduces ("Recommended
/// path:" then a list) and lists under a "What's next" heading. The author's own history
/// ("I took AZ-900, then AZ-104") recommends nothing and is skipped. Every step has the
/// sentences behind it. When the article gives no order, the catalogue's prerequisites
/// between the exams it discusses suggest one, each step marked as the catalogue's; with
/// neither, the path is empty and the article is said to recommend no order.
struct StudyPathFinder: Sendable {
    private let cues: [(rule: ExtractionRules.StudyCue, pattern: SentencePattern)]
    private let lists: ExtractionRules.PathLists
    private let orderCues: [[String]]
    private let nextCues: [[String]]
    private let prerequisiteCues: [[String]]
    private let firstPerson: Set<String>
    private let pastVerbs: Set<String>
    private let recommendVerbs: Set<String>
    /// Negation triggers: "not a required first step" is no start.
    private var negations = PhraseIndex<Bool>(mode: .exact)
    private var pseudoNegations = PhraseIndex<Bool>(mode: .exact)

    init(rules: ExtractionRules) {
        for phrase in rules.traitScope.negationBefore { negations.add(phrase, value: true) }
        for phrase in rules.traitScope.pseudoNegations { pseudoNegations.add(phrase, value: true) }
        cues = rules.studyOrder.map { ($0, SentencePattern($0.pattern)) }
        lists = rules.pathLists
        orderCues = rules.pathLists.orderCues.map(ExamNameIndex.keys(of:))
        nextCues = rules.pathLists.nextCues.map(ExamNameIndex.keys(of:))
        prerequisiteCues = rules.pathLists.prerequisiteCues.map(ExamNameIndex.keys(of:))
        firstPerson = Set(rules.narration.firstPerson)
        pastVerbs = Set(rules.narration.pastVerbs)
        recommendVerbs = Set(rules.narration.recommendVerbs)
    }

    /// The study-order rules that fire on a sentence, with the exams they bind (for tests).
    func cueMatches(in sentence: AnalysedSentence, mentions: [ExamMention]) -> [(id: String, exams: [String])] {
        cues.compactMap { cue in cue.pattern.firstMatch(in: sentence, mentions: mentions).map { (cue.rule.id, $0.exams) } }
    }

    /// What the article and the catalogue say about the order, gathered before the steps are laid out.
    private struct Cues {
        var edges: [(from: String, to: String)] = []
        var reasons: [String: [String]] = [:]
        var evidence: [String: [Evidence]] = [:]
        var seen: [String: Set<Evidence>] = [:]
        var flags: [String: Set<ExtractionRules.StudyCue.Effect>] = [:]

        mutating func note(_ code: String, _ why: String, _ sentence: AnalysedSentence?) {
            if !(reasons[code] ?? []).contains(why) { reasons[code, default: []].append(why) }
            if let sentence, seen[code, default: []].insert(Evidence(sentence)).inserted { evidence[code, default: []].append(Evidence(sentence)) }
            if let sentence, firstCue[code] == nil { firstCue[code] = sentence.span.start }
        }

        mutating func order(_ first: String, _ second: String, _ why: String, _ sentence: AnalysedSentence?) {
            guard first != second else { return }
            edges.append((first, second))
            note(first, why, sentence)
            note(second, why, sentence)
        }

        var codes: Set<String> { Set(reasons.keys) }
        /// The exam the last cue was about, and its section: "then X" follows it.
        var lastCued: (code: String, section: Int)?
        /// Where each exam's first cue stands (ties in the order go to the earlier cue).
        var firstCue: [String: Int] = [:]

        /// Exams with a place in the order: an order with another exam, or a start. Flags such as
        /// "optional", "foundation" or "later" only describe exams already placed.
        var placed: Set<String> {
            var result = Set(edges.flatMap { [$0.from, $0.to] })
            for (code, flags) in flags where flags.contains(.first) { result.insert(code) }
            return result
        }
    }

    /// `items`: a sentence's pattern items (see `SentencePattern.items`), by sentence number.
    func path(text: ExtractionText, sections: [Section], context: ExamContext, exams: [String: NamedExam], discussed: [String],
              table: WordTable, items: (Int) -> [SentencePattern.Item]) -> [StudyStep] {
        let sentences = text.sentences
        var cues = Cues()
        sentenceCues(sentences, places: text.places, context: context, table: table, items: items, into: &cues)
        arrowCues(sentences, context: context, into: &cues)
        listCues(text, sections: sections, context: context, into: &cues)
        let placed = cues.placed
        if !placed.isEmpty {
            let codes = discussed.filter { placed.contains($0) }
            // Where the article leaves two of its steps unordered, the catalogue's prerequisites order them.
            for code in codes {
                for requirement in exams[code]?.entry?.requirements ?? [] where requirement.kind == .required {
                    for prior in requirement.anyOf where codes.contains(prior) {
                        cues.edges.append((prior, code))
                        cues.note(code, "the catalogue lists \(prior) before \(code)", nil)
                    }
                }
            }
            let byCue = discussed.sorted { (cues.firstCue[$0] ?? Int.max, discussed.firstIndex(of: $0)!) < (cues.firstCue[$1] ?? Int.max, discussed.firstIndex(of: $1)!) }
            return order(codes, edges: cues.edges, flags: cues.flags, discussed: byCue).map { code in
                let flags = cues.flags[code] ?? []
                return StudyStep(code: code, optional: flags.contains(.optional) || flags.contains(.skip),
                                 why: (cues.reasons[code] ?? []).joined(separator: "; "), source: .article,
                                 evidence: (cues.evidence[code] ?? []).sorted { $0.span < $1.span })
            }
        }
        return cataloguePath(exams: exams, discussed: discussed)
    }

    // MARK: - The article's cues

    /// Cues in sentences; table rows (link titles, data) are not prose and give none.
    private func sentenceCues(_ sentences: [AnalysedSentence], places: [SentencePlace], context: ExamContext, table: WordTable,
                              items: (Int) -> [SentencePattern.Item], into cues: inout Cues) {
        let patterns = self.cues.map { $0.pattern.bound(to: table) }
        // Cue numbers by kind, so the loops below copy no rule per sentence.
        let examless = self.cues.indices.filter { self.cues[$0].pattern.examSlots == 0 }
        let withExams = self.cues.indices.filter { self.cues[$0].pattern.examSlots > 0 }
        let joiners = Set(["and", "or"].map { table.id(of: $0) }.filter { $0 != WordTable.absent })
        let negations = negations.bound(to: table)
        let pseudoNegations = pseudoNegations.bound(to: table)
        let narration = narrationFlags(table)
        /// Whether a cue is denied: a negation inside the words it matched.
        func denied(_ number: Int, _ words: Range<Int>) -> Bool {
            guard !words.isEmpty else { return false }
            let pseudo = pseudoNegations.allMatches(sentence: number, in: words).map(\.words)
            return negations.allMatches(sentence: number, in: words).contains { trigger in !pseudo.contains { $0.contains(trigger.words.lowerBound) } }
        }
        for number in sentences.indices where !sentences[number].isHeading && places[number].kind != .tableRow {
            // Role names ("the architect") are too loose to order exams by: codes, titles and acronyms only.
            let named = context.mentions[number].filter { $0.kind != .role }
            if named.isEmpty && context.pointedAt(number) == nil { continue }
            if isNarration(sentences[number], lowers: table.lowers[table.start(of: number)...], flags: narration) { continue }
            let sentence = sentences[number]
            // "It is a good starting point", "… pass the Azure Fundamentals exam, but as a first step":
            // a cue with no exam speaks of the one exam the sentence names, else of the one it points back at.
            let subjects = ExamContext.subjects(named)
            let only = subjects.count == 1 && subjects[0].count == 1 ? subjects[0] : named.isEmpty ? context.pointedAt(number) : nil
            if let only, only.count == 1 {
                let items = items(number)
                let present = SentencePattern.Bound.present(in: items)
                for cue in examless {
                    guard let match = patterns[cue].firstMatch(in: items, present: present), !denied(number, match.words) else { continue }
                    apply(self.cues[cue].rule, first: only[0], second: nil, sentence: sentence, into: &cues)
                }
            }
            if named.isEmpty { continue }
            let items = Self.coordinated(SentencePattern.items(sentence, number: number, mentions: named, table: table,
                                                               within: 0..<sentence.words.count), joiners: joiners)
            let namedCodes = ExamContext.subjects(named).flatMap { $0 }
            let present = SentencePattern.Bound.present(in: items)
            for cue in withExams {
                for match in patterns[cue].allMatches(in: items, present: present) where !denied(number, match.words) {
                    for (first, second) in Self.pairs(match) {
                        let rule = self.cues[cue].rule
                        switch rule.effect {
                        case .focusBefore, .focusAfter:
                            // Only when the sentence names just this exam (or the group it stands in, "CKA/CKAD/CKS"):
                            // the other one is the exam it is about.
                            guard namedCodes == [first] || Set(namedCodes) == Set(match.subjects.first ?? []), let focus = context.focus(number, section: sentence.sectionIndex),
                                  focus.count == 1, focus[0] != first else { continue }
                            apply(rule, first: first, second: focus[0], sentence: sentence, into: &cues)
                        default:
                            apply(rule, first: first, second: second, sentence: sentence, into: &cues)
                        }
                    }
                }
            }
        }
    }

    private func apply(_ rule: ExtractionRules.StudyCue, first: String, second: String?, sentence: AnalysedSentence, into cues: inout Cues) {
        let why = rule.why.replacingOccurrences(of: "{first}", with: first).replacingOccurrences(of: "{second}", with: second ?? "")
        switch rule.effect {
        case .before, .after:
            guard let second else { return }
            if rule.effect == .before { cues.order(first, second, why, sentence) } else { cues.order(second, first, why, sentence) }
        case .focusBefore:
            if let focus = second { cues.order(focus, first, why, sentence) }
        case .focusAfter:
            if let focus = second { cues.order(first, focus, why, sentence) }
        case .first, .optional, .foundation, .later, .skip:
            // "Then X": X follows the exam the previous cue in this section was about.
            if rule.effect == .later, let last = cues.lastCued, last.code != first, last.section == sentence.sectionIndex {
                cues.order(last.code, first, "the article puts \(first) after \(last.code)", sentence)
            }
            cues.flags[first, default: []].insert(rule.effect)
            cues.note(first, why, sentence)
        }
        cues.lastCued = (second.flatMap { rule.effect == .before ? $0 : nil } ?? first, sentence.sectionIndex)
    }

    /// "RHCSA and RHCE", "AZ-104 or AZ-204", "CKA, CKAD": exams joined by "and", "or" or only a
    /// comma act as one item, so a cue about them applies to each. `joiners`: the word ids of "and", "or".
    static func coordinated(_ items: [SentencePattern.Item], joiners: Set<Int32>) -> [SentencePattern.Item] {
        var result: [SentencePattern.Item] = []
        var index = 0
        while index < items.count {
            guard case .exam(var codes, let words) = items[index] else {
                result.append(items[index])
                index += 1
                continue
            }
            var end = words.upperBound
            var next = index + 1
            while next < items.count {
                var skip = 0
                if case .word(let lower, _, _) = items[next], joiners.contains(lower) { skip = 1 }
                guard next + skip < items.count, case .exam(let more, let moreWords) = items[next + skip] else { break }
                codes += more.filter { !codes.contains($0) }
                end = moreWords.upperBound
                next += skip + 1
            }
            result.append(.exam(codes: codes, words: words.lowerBound..<end))
            index = next
        }
        return result
    }

    /// "AZ-900 → AZ-104 → AZ-305": two exams with only an arrow between them.
    private func arrowCues(_ sentences: [AnalysedSentence], context: ExamContext, into cues: inout Cues) {
        let arrows = Set(lists.arrows)
        for number in sentences.indices where context.mentions[number].count >= 2 {
            let sentence = sentences[number]
            let groups = ExamContext.spans(context.mentions[number])
            for (left, right) in zip(groups, groups.dropFirst()) where left.codes != right.codes {
                let gap = left.words.upperBound..<right.words.lowerBound
                guard !gap.isEmpty, gap.allSatisfy({ sentence.words[$0].kind == .punctuation }) else { continue }
                let mark = gap.map { sentence.words[$0].text }.joined()
                guard arrows.contains(mark) else { continue }
                for first in left.codes {
                    for second in right.codes { cues.order(first, second, "the article draws \(first) → \(second)", sentence) }
                }
            }
        }
    }

    /// Lists of exams that an order cue introduces, lists under a "next" heading, and lists of
    /// prerequisites.
    private func listCues(_ text: ExtractionText, sections: [Section], context: ExamContext, into cues: inout Cues) {
        var byList: [Int: [(item: Int, sentence: Int)]] = [:]
        for (number, place) in text.places.enumerated() where place.kind == .listItem {
            byList[place.group, default: []].append((place.item, number))
        }
        for (_, members) in byList.sorted(by: { $0.key < $1.key }) {
            // One exam per item, in item order.
            var sequence: [(code: String, sentence: Int)] = []
            var itemsWithText: [Int] = []
            for item in Set(members.map(\.item)).sorted() {
                let numbers = members.filter { $0.item == item }.map(\.sentence)
                itemsWithText += numbers
                let subjects = ExamContext.subjects(numbers.flatMap { context.mentions[$0] })
                guard let first = subjects.first, subjects.allSatisfy({ $0 == first }), first.count == 1 else { continue }
                if !sequence.contains(where: { $0.code == first[0] }) { sequence.append((first[0], numbers[0])) }
            }
            guard let firstSentence = members.first?.sentence else { continue }
            let section = text.sentences[firstSentence].sectionIndex
            let title = sections.indices.contains(section) ? sections[section].title ?? "" : ""
            let titleKeys = ExamNameIndex.keys(of: title)
            if !sequence.isEmpty, contains(nextCues, in: titleKeys),
               let focus = context.focus(firstSentence, section: section) ?? context.mainExam.map({ [$0] }), focus.count == 1,
               !sequence.contains(where: { $0.code == focus[0] }) {
                for step in sequence {
                    cues.order(focus[0], step.code, "the article lists \(step.code) as a next step after \(focus[0])", text.sentences[step.sentence])
                }
                continue
            }
            // The section title and the sentence just before the list (its lead-in).
            let leadIn = firstSentence > 0 && text.places[firstSentence - 1].kind != .listItem ? text.sentences[firstSentence - 1] : nil
            let leadKeys = titleKeys + (leadIn.map(keys) ?? [])
            // A list under "Prerequisites:" names what the section's exam needs first; "There are no
            // prerequisites for …" (the trait rules' negation triggers) lists none.
            if !sequence.isEmpty, contains(prerequisiteCues, in: leadKeys), !(leadIn.map(isNegated) ?? false),
               let focus = context.focus(firstSentence, section: section) ?? context.mainExam.map({ [$0] }), focus.count == 1,
               !sequence.contains(where: { $0.code == focus[0] }) {
                for step in sequence {
                    cues.order(step.code, focus[0], "the article lists \(step.code) among the prerequisites of \(focus[0])", text.sentences[step.sentence])
                }
                continue
            }
            guard sequence.count >= lists.minimumExams else { continue }
            // The sentence just before the list, the section title, or the items themselves must speak of order.
            var cueKeys = leadKeys
            for number in itemsWithText { cueKeys += keys(text.sentences[number]) }
            guard contains(orderCues, in: cueKeys) else { continue }
            for (left, right) in zip(sequence, sequence.dropFirst()) {
                cues.order(left.code, right.code, "the article's ordered list puts \(left.code) before \(right.code)", text.sentences[right.sentence])
                cues.note(left.code, "the article's ordered list puts \(left.code) before \(right.code)", text.sentences[left.sentence])
            }
        }
    }

    /// A negation trigger that no pseudo-negation ("not only") covers.
    private func isNegated(_ sentence: AnalysedSentence) -> Bool {
        let pseudo = pseudoNegations.longestMatches(in: sentence.words).map(\.words)
        return negations.longestMatches(in: sentence.words).contains { trigger in !pseudo.contains { $0.contains(trigger.words.lowerBound) } }
    }

    private func keys(_ sentence: AnalysedSentence) -> [String] {
        sentence.words.filter { $0.kind != .punctuation }.map { ExamNameIndex.key($0.lower) }
    }

    private func contains(_ phrases: [[String]], in keys: [String]) -> Bool {
        phrases.contains { phrase in
            !phrase.isEmpty && keys.count >= phrase.count
                && (0...(keys.count - phrase.count)).contains { Array(keys[$0..<($0 + phrase.count)]) == phrase }
        }
    }

    /// The narration word lists by word id (1 recommend verb, 2 first person, 4 past verb), so
    /// the check below compares numbers instead of hashing every word of every sentence.
    private func narrationFlags(_ table: WordTable) -> [UInt8] {
        var flags = [UInt8](repeating: 0, count: table.count)
        for (words, flag) in [(recommendVerbs, UInt8(1)), (firstPerson, 2), (pastVerbs, 4)] {
            for word in words {
                let id = table.id(of: word)
                if id != WordTable.absent { flags[Int(id)] |= flag }
            }
        }
        return flags
    }

    /// The author telling their own history: a first-person subject with a past-tense verb
    /// within five words ("Our group at Rackspace started with…"), and nothing recommending.
    /// `lowers` are the sentence's word ids in the document's table.
    private func isNarration(_ sentence: AnalysedSentence, lowers: ArraySlice<Int32>, flags: [UInt8]) -> Bool {
        let words = sentence.words
        let base = lowers.startIndex
        func flag(_ index: Int) -> UInt8 { flags[Int(lowers[base + index])] }
        if words.indices.contains(where: { flag($0) & 1 != 0 && words[$0].kind != .punctuation }) { return false }
        for index in words.indices where flag(index) & 2 != 0 {
            var seen = 0
            var next = index + 1
            while next < words.count, seen < 5 {
                if words[next].kind != .punctuation {
                    if flag(next) & 4 != 0 { return true }
                    seen += 1
                }
                next += 1
            }
        }
        return false
    }

    // MARK: - Laying out the steps

    /// Exams in an order that keeps every edge (later edges that would make a cycle are
    /// dropped); among exams free to go next, those the article calls a start come first,
    /// those it calls later come last, then the order the article names them.
    private func order(_ codes: [String], edges: [(from: String, to: String)],
                       flags: [String: Set<ExtractionRules.StudyCue.Effect>], discussed: [String]) -> [String] {
        var graph: [String: Set<String>] = [:]
        for (from, to) in edges where from != to && codes.contains(from) && codes.contains(to) && !reaches(graph, from: to, to: from) {
            graph[from, default: []].insert(to)
        }
        var incoming: [String: Int] = Dictionary(uniqueKeysWithValues: codes.map { ($0, 0) })
        for (_, targets) in graph { for target in targets where incoming[target] != nil { incoming[target]! += 1 } }
        func rank(_ code: String) -> (Int, Int) {
            let cues = flags[code] ?? []
            var level = 0
            if cues.contains(.first) || cues.contains(.foundation) { level -= 1 }
            if cues.contains(.later) { level += 1 }
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

    /// The catalogue's suggestion when the article gives no order: the discussed exams one of
    /// them requires or recommends, before it; nothing when the catalogue relates none of them.
    private func cataloguePath(exams: [String: NamedExam], discussed: [String]) -> [StudyStep] {
        var cues = Cues()
        for code in discussed {
            guard let entry = exams[code]?.entry else { continue }
            for requirement in entry.requirements {
                let present = requirement.anyOf.filter { discussed.contains($0) }
                guard !present.isEmpty else { continue }
                // "One of": the first the article names stands for the choice.
                let prior = present[0]
                let why = requirement.anyOf.count > 1
                    ? "the catalogue asks for one of \(requirement.anyOf.joined(separator: ", ")) before \(code) (\(requirement.kind.rawValue))"
                    : "the catalogue lists \(prior) before \(code) (\(requirement.kind.rawValue))"
                cues.order(prior, code, why, nil)
            }
        }
        let codes = discussed.filter { cues.codes.contains($0) }
        return order(codes, edges: cues.edges, flags: [:], discussed: discussed).map { code in
            StudyStep(code: code, optional: false, why: (cues.reasons[code] ?? []).joined(separator: "; "), source: .catalogue, evidence: [])
        }
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
