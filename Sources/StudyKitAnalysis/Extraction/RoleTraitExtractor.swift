import StudyKitModel
import StudyKitRules

/// What the article says each certified role is like: dispositions, responsibilities,
/// skills and outcomes, each affirmed or denied, with the sentences that say so.
///
/// A trait word counts for a role only where the role is the clear subject: the clause
/// names exactly one exam or role, or points back at one ("they", "the exam"), or a trait
/// frame ("If you are X, Y and Z … AZ-104") binds the words to it; and the nearest subject
/// before the word is not the author ("I managed to…"). Negation triggers before the word
/// (NegEx style, within a few words and the same clause) or after it ("… is not required")
/// deny the trait; hedges ("might") drop it. Words match as written, never by stem, so
/// "virtually" is no sign of virtualization. A skill tied to one vendor's products goes
/// only to that vendor's exams.
struct RoleTraitExtractor: Sendable {
    private struct Term: Sendable {
        var trait: String
        var kind: String
        var vendor: String?
    }

    private let frames: [SentencePattern]
    private let clauseBreaks: Set<String>
    private var terms = PhraseIndex<Term>(mode: .exact)
    private var negationBefore = PhraseIndex<Bool>(mode: .exact)
    private var negationAfter = PhraseIndex<Bool>(mode: .exact)
    private var hedges = PhraseIndex<Bool>(mode: .exact)
    private var pseudo = PhraseIndex<Bool>(mode: .exact)
    private let authorWords: Set<String>
    private let subjectWords: Set<String>
    private let scopeEnds: Set<String>
    private let scopeWords: Int
    /// Words before a noun ("a plan", "the design"): a responsibility is a verb, not that noun.
    private let nounMarkers: Set<String>
    /// Nouns for study material and tools ("course", "book"): a sentence about them describes no role.
    private let resourceWords: Set<String>
    /// Sentence openers that make advice to the reader ("be", "stay").
    private let imperatives: Set<String>
    /// Words of section titles that list study material ("resources", "courses", "links").
    private let resourceTitles: Set<String>
    /// Words for exams and certifications: a duty done to one ("maintain the certification") is no duty of the role.
    private let cueWords: Set<String>

    init(rules: ExtractionRules, names: ExamNameRules, lexicon: RoleTraitLexicon) {
        frames = rules.traitFrames.map { SentencePattern($0.pattern) }
        clauseBreaks = Set(rules.clauseBreaks)
        for kind in lexicon.kinds {
            for trait in kind.traits {
                for form in trait.forms { terms.add(form, value: Term(trait: trait.trait, kind: kind.kind, vendor: trait.vendor)) }
            }
        }
        let scope = rules.traitScope
        for phrase in scope.negationBefore { negationBefore.add(phrase, value: true) }
        for phrase in scope.negationAfter { negationAfter.add(phrase, value: true) }
        for phrase in scope.hedges { hedges.add(phrase, value: true) }
        for phrase in scope.pseudoNegations { pseudo.add(phrase, value: true) }
        authorWords = Set(scope.authorWords)
        subjectWords = Set(scope.subjectWords)
        scopeEnds = Set(scope.scopeEnds)
        scopeWords = scope.scopeWords
        nounMarkers = Set(scope.nounMarkers)
        resourceWords = Set(scope.resourceWords)
        imperatives = Set(scope.imperatives)
        resourceTitles = Set(scope.resourceSectionWords.map(ExamNameIndex.key))
        cueWords = Set(names.cueWords)
    }

    /// Traits of a lexicon found in free text (used by the lexicon's example test).
    func traits(in sentence: AnalysedSentence) -> [String] {
        let table = WordTable(sentences: [sentence])
        let matches = terms.bound(to: table).longestMatches(sentence: 0, in: 0..<sentence.words.count)
        return Array(Set(matches.map(\.value.trait))).sorted()
    }

    /// `items`: a sentence's pattern items (see `SentencePattern.items`), by sentence number.
    /// Table rows (link lists, data), resource lists and sections of resources ("Courses", "Further
    /// reading") are not prose about a role and give no traits.
    func roles(sentences: [AnalysedSentence], places: [SentencePlace], sections: [Section], context: ExamContext, exams: [String: NamedExam], discussed: [String],
               table: WordTable, items: (Int) -> [SentencePattern.Item]) -> [RoleFinding] {
        let terms = terms.bound(to: table)
        let negationBefore = negationBefore.bound(to: table)
        let negationAfter = negationAfter.bound(to: table)
        let hedges = hedges.bound(to: table)
        let pseudo = pseudo.bound(to: table)
        let frames = frames.map { $0.bound(to: table) }
        var breaks = [Bool](repeating: false, count: table.count)
        for word in clauseBreaks where table.id(of: word) != WordTable.absent { breaks[Int(table.id(of: word))] = true }
        var found: [String: [String: (kind: String, polarity: TraitFinding.Polarity, evidence: [Evidence])]] = [:]
        let resourceSections = Set(sections.indices.filter { index in
            ExamNameIndex.keys(of: sections[index].title ?? "").contains { resourceTitles.contains($0) }
        })
        for number in sentences.indices where !sentences[number].isHeading && places[number].kind != .tableRow && !places[number].isResource
            && !resourceSections.contains(sentences[number].sectionIndex)
            && (!context.mentions[number].isEmpty || context.pointedAt(number) != nil) {
            let sentence = sentences[number]
            // Frames bind an exam item: a sentence naming none needs no items.
            let attributed = attributions(number, sentence: sentence, inList: places[number].kind == .listItem, context: context,
                                          frames: frames, items: context.mentions[number].isEmpty ? [] : items(number),
                                          clauses: clauses(of: number, count: sentence.words.count, table: table, breaks: breaks))
            if attributed.isEmpty { continue }
            // Trait words first: the scope scans below run only for sentences that have some.
            let termMatches = attributed.map { terms.longestMatches(sentence: number, in: $0.1) }
            if termMatches.allSatisfy(\.isEmpty) { continue }
            let whole = 0..<sentence.words.count
            let pseudoWords = pseudo.allMatches(sentence: number, in: whole).map(\.words)
            let before = negationBefore.allMatches(sentence: number, in: whole).map(\.words)
                .filter { trigger in !pseudoWords.contains { $0.contains(trigger.lowerBound) } }
            let after = negationAfter.allMatches(sentence: number, in: whole).map(\.words)
            let hedged = hedges.allMatches(sentence: number, in: whole).map(\.words)
            for ((exam, words), matches) in zip(attributed, termMatches) {
                let vendor = exams[exam]?.vendor
                for match in matches {
                    // Words that name the exam itself are no trait of its role.
                    if context.mentions[number].contains(where: { $0.code == exam && $0.words.overlaps(match.words) }) { continue }
                    if let owner = match.value.vendor, owner != vendor { continue }
                    if isAuthors(match.words.lowerBound, in: sentence, from: words.lowerBound, mentions: context.mentions[number]) { continue }
                    if insideName(match.words, in: sentence, mentions: context.mentions[number]) { continue }
                    // "a plan", "my master plan": a noun marker within two words before makes the word a noun.
                    if match.value.kind == "responsibility",
                       (max(0, match.words.lowerBound - 2)..<match.words.lowerBound).contains(where: { nounMarkers.contains(sentence.words[$0].lower) }) { continue }
                    // "Be patient, as …", "Ensure you have …": advice to the reader, not what the role is like.
                    if let first = sentence.words.first(where: { $0.kind != .punctuation }), imperatives.contains(first.lower) { continue }
                    // "Kubernetes Certified Kubernetes Security Specialist": a word beside an exam's name is part of it.
                    if context.mentions[number].contains(where: { $0.words.lowerBound == match.words.upperBound || $0.words.upperBound == match.words.lowerBound }) { continue }
                    // "… with confidence": how something is done, not what the certification brings.
                    if match.value.kind == "outcome", match.words.lowerBound > 0, sentence.words[match.words.lowerBound - 1].lower == "with" { continue }
                    // "maintain the certification": the duty's object is the exam, not a system.
                    if match.value.kind == "responsibility",
                       (match.words.upperBound..<min(sentence.words.count, match.words.upperBound + 3)).contains(where: { cueWords.contains(sentence.words[$0].lower) }) { continue }
                    if resourceOpens(words, in: sentence, mentions: context.mentions[number]) { continue }
                    if hedged.contains(where: { inScope(trigger: $0, of: match.words, in: sentence) }) { continue }
                    let denied = before.contains { inScope(trigger: $0, of: match.words, in: sentence) }
                        || after.contains { $0.lowerBound >= match.words.upperBound && $0.lowerBound - match.words.upperBound <= 3
                            && !endsScope(match.words.upperBound..<$0.lowerBound, in: sentence) }
                    let polarity: TraitFinding.Polarity = denied ? .negated : .affirmed
                    let key = match.value.trait + (denied ? "\u{1}not" : "")
                    // In place: copying a long evidence list per match would be quadratic.
                    Self.record(Evidence(sentence), in: &found[exam, default: [:]][key, default: (match.value.kind, polarity, [])])
                }
            }
        }
        return discussed.compactMap { code in
            guard let exam = exams[code], let role = exam.role, let traits = found[code], !traits.isEmpty else { return nil }
            let findings = traits.map { key, value in
                TraitFinding(trait: String(key.split(separator: "\u{1}").first ?? ""), kind: value.kind, polarity: value.polarity,
                             evidence: value.evidence)
            }.sorted { ($0.kind, $0.trait, $0.polarity.rawValue) < ($1.kind, $1.trait, $1.polarity.rawValue) }
            return RoleFinding(name: role, certification: code, traits: findings)
        }
    }

    private static func record(_ evidence: Evidence, in entry: inout (kind: String, polarity: TraitFinding.Polarity, evidence: [Evidence])) {
        if entry.evidence.last != evidence { entry.evidence.append(evidence) }
    }

    /// Whether a trigger before a word reaches it: at most `scopeWords` words away, no scope end between.
    private func inScope(trigger: Range<Int>, of words: Range<Int>, in sentence: AnalysedSentence) -> Bool {
        guard trigger.upperBound <= words.lowerBound, words.lowerBound - trigger.upperBound <= scopeWords else { return false }
        return !endsScope(trigger.upperBound..<words.lowerBound, in: sentence)
    }

    private func endsScope(_ gap: Range<Int>, in sentence: AnalysedSentence) -> Bool {
        gap.contains { scopeEnds.contains(sentence.words[$0].lower) }
    }

    /// Whether a capitalised trait word is part of a longer proper name ("Linux Foundation",
    /// "Linux Academy"): a capitalised word right after it that names no exam.
    private func insideName(_ words: Range<Int>, in sentence: AnalysedSentence, mentions: [ExamMention]) -> Bool {
        guard sentence.words[words.lowerBound].isCapitalized else { return false }
        func partOfName(_ index: Int) -> Bool {
            let word = sentence.words[index]
            return word.kind == .word && word.isCapitalized && !mentions.contains { $0.words.contains(index) }
        }
        // The word after, or (when the trait word does not open the sentence) the word before: "Enterprise Support Plan".
        if words.upperBound < sentence.words.count, partOfName(words.upperBound) { return true }
        return words.lowerBound > 1 && partOfName(words.lowerBound - 1)
    }

    /// Whether the first subject of the clause is a study resource ("While the courses also
    /// provide you with … Terraform").
    private func resourceOpens(_ clause: Range<Int>, in sentence: AnalysedSentence, mentions: [ExamMention]) -> Bool {
        for index in clause {
            if mentions.contains(where: { $0.words.contains(index) }) { return false }
            let lower = sentence.words[index].lower
            if resourceWords.contains(lower) { return true }
            if subjectWords.contains(lower) || authorWords.contains(lower) { return false }
        }
        return false
    }

    /// Whether the nearest subject before a word, within its clause, is not the role: the author
    /// ("I managed to…"), a study resource ("the course covers…"), or a thing a relative clause
    /// describes ("applications that manage data").
    private func isAuthors(_ position: Int, in sentence: AnalysedSentence, from start: Int, mentions: [ExamMention]) -> Bool {
        var index = position - 1
        while index >= start {
            if mentions.contains(where: { $0.words.contains(index) }) { return false }
            let lower = sentence.words[index].lower
            if subjectWords.contains(lower) { return false }
            if authorWords.contains(lower) || resourceWords.contains(lower) { return true }
            if (lower == "that" || lower == "which"), index > start, !mentions.contains(where: { $0.words.contains(index - 1) }),
               !subjectWords.contains(sentence.words[index - 1].lower) { return true }
            index -= 1
        }
        return false
    }

    /// (exam, word range) pairs whose words describe that exam's role. One
    /// name for several exams ("A+") describes each of them.
    private func attributions(_ number: Int, sentence: AnalysedSentence, inList: Bool, context: ExamContext, frames: [SentencePattern.Bound],
                              items: [SentencePattern.Item], clauses: [Range<Int>]) -> [(String, Range<Int>)] {
        let mentions = context.mentions[number]
        var result: [(String, Range<Int>)] = []
        for frame in frames {
            guard let match = frame.firstMatch(in: items), let exams = match.subjects.first,
                  let capture = match.capture else { continue }
            // A capture that also names another exam says nothing certain about this one.
            if mentions.contains(where: { !exams.contains($0.code) && capture.contains($0.words.lowerBound) }) { continue }
            result += exams.map { ($0, capture) }
            break
        }
        if !mentions.isEmpty {
            for clause in clauses {
                let subjects = ExamContext.subjects(mentions.filter { clause.contains($0.words.lowerBound) })
                if subjects.count == 1 { result += subjects[0].map { ($0, clause) } }
            }
        }
        // A list item that names no exam ("Use Vim daily", "Become an effective technician") is a tip
        // or an objective, not prose about the role "it" points back at.
        if result.isEmpty, !inList, context.named(number).isEmpty, let exams = context.pointedAt(number) {
            result += exams.map { ($0, 0..<sentence.words.count) }
        }
        return result
    }

    private func clauses(of number: Int, count: Int, table: WordTable, breaks: [Bool]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        let base = table.start(of: number)
        for index in 0..<count where breaks[Int(table.lowers[base + index])] {
            if index > start { result.append(start..<index) }
            start = index + 1
        }
        if start < count { result.append(start..<count) }
        return result
    }
}
