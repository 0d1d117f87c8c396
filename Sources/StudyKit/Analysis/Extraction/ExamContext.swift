/// Decides which exam each sentence talks about.
///
/// A subject is what one name stands for: a single exam, or several exams
/// named together ("A+" for both A+ exams). A sentence that names exams is
/// about them. One that only says "it", "they" or "this role" points back at
/// the subject last named in its paragraph, else at the section's, else at
/// the article's. For domain coverage, a sentence that names nothing belongs
/// to its paragraph's subject, its section's, or the article's, when there is
/// exactly one.
struct ExamContext: Sendable {
    let mentions: [[ExamMention]]
    private let explicit: [[String]]
    private let subjects: [[[String]]]
    private let paragraphFocus: [Int: [String]]
    private let sectionFocus: [Int: [String]]
    /// The article's one subject: what its title names, else the exam it names most by far.
    private let documentFocus: [String]?
    private let anaphors: PhraseIndex<Bool>
    private let contrast: PhraseIndex<Bool>
    private let contrastSecond: PhraseIndex<Bool>
    private let sentences: [AnalysedSentence]

    init(sentences: [AnalysedSentence], sections: [Section], mentions: [[ExamMention]],
         catalog: CertificationCatalog, rules: ExtractionRules) {
        self.sentences = sentences
        self.mentions = mentions
        explicit = mentions.map { Self.unique($0.map(\.code)) }
        subjects = mentions.map(Self.subjects)
        var anaphors = PhraseIndex<Bool>(mode: .exact)
        for phrase in rules.anaphors { anaphors.add(phrase, value: true) }
        self.anaphors = anaphors
        var first = PhraseIndex<Bool>(mode: .exact)
        for phrase in rules.contrast.first { first.add(phrase, value: true) }
        contrast = first
        var second = PhraseIndex<Bool>(mode: .exact)
        for phrase in rules.contrast.second { second.add(phrase, value: true) }
        contrastSecond = second

        var byParagraph: [Int: [[String]]] = [:]
        var bySection: [Int: [String]] = [:]
        var titled: [Int: [[String]]] = [:]
        for (index, sentence) in sentences.enumerated() {
            if sentence.isHeading {
                titled[sentence.sectionIndex, default: []] += subjects[index]
            } else {
                byParagraph[sentence.paragraphIndex, default: []] += subjects[index]
                bySection[sentence.sectionIndex, default: []] += explicit[index]
            }
        }
        // Section titles without a heading sentence: look for codes in the title text.
        for (index, section) in sections.enumerated() where titled[index] == nil {
            guard let title = section.title else { continue }
            titled[index] = Self.subjects(inTitle: title, catalog: catalog)
        }
        paragraphFocus = byParagraph.compactMapValues(Self.single)
        var focus: [Int: [String]] = [:]
        for section in Set(bySection.keys).union(titled.keys) {
            if let title = titled[section].flatMap(Self.single) {
                focus[section] = title
            } else if let codes = bySection[section], let top = Self.dominant(codes) {
                focus[section] = [top]
            }
        }
        sectionFocus = focus
        let subjects = self.subjects
        let title = sentences.indices.first { sentences[$0].isHeading && sentences[$0].sectionIndex == 0 }
        documentFocus = title.flatMap { Self.single(subjects[$0]) } ?? Self.dominant(explicit.joined().map { $0 }).map { [$0] }
    }

    /// Exams named in the sentence, in order of first mention.
    func named(_ index: Int) -> [String] { explicit[index] }

    /// Exams a sentence's content counts towards (domain coverage).
    func coverageSubjects(_ index: Int) -> [String] {
        if !explicit[index].isEmpty { return explicit[index] }
        if let back = pointedAt(index) { return back }
        let sentence = sentences[index]
        return paragraphFocus[sentence.paragraphIndex] ?? sectionFocus[sentence.sectionIndex] ?? documentFocus ?? []
    }

    /// The subject a sentence without names refers to through "it", "they", "one"/"the other".
    func pointedAt(_ index: Int) -> [String]? {
        let sentence = sentences[index]
        guard !sentence.isHeading else { return nil }
        let leading = Array(sentence.words.prefix(3))
        if !contrast.longestMatches(in: leading).isEmpty || !contrastSecond.longestMatches(in: leading).isEmpty,
           index > 0, subjects[index - 1].count == 2 {
            return contrastSecond.longestMatches(in: leading).isEmpty ? subjects[index - 1][0] : subjects[index - 1][1]
        }
        guard !anaphors.longestMatches(in: sentence.words).isEmpty else { return nil }
        var cursor = index - 1
        while cursor >= 0, sentences[cursor].paragraphIndex == sentence.paragraphIndex {
            if subjects[cursor].count == 1 { return subjects[cursor][0] }
            if subjects[cursor].count > 1 { return nil }
            cursor -= 1
        }
        return sectionFocus[sentence.sectionIndex] ?? documentFocus
    }

    /// The distinct subjects a set of mentions names, in order: mentions over
    /// the same words form one subject.
    static func subjects(_ mentions: [ExamMention]) -> [[String]] {
        var groups: [(words: Range<Int>, codes: [String])] = []
        for mention in mentions {
            if let last = groups.indices.last, groups[last].words == mention.words {
                if !groups[last].codes.contains(mention.code) { groups[last].codes.append(mention.code) }
            } else {
                groups.append((mention.words, [mention.code]))
            }
        }
        var result: [[String]] = []
        for group in groups where !result.contains(group.codes) { result.append(group.codes) }
        return result
    }

    /// Subjects whose codes or aliases occur in a title; an alias inside a longer
    /// one that also occurs ("A+" in "A+ Core 1") does not count.
    private static func subjects(inTitle title: String, catalog: CertificationCatalog) -> [[String]] {
        let upper = title.uppercased()
        var found: [String: [String]] = [:]
        for exam in catalog.exams {
            for name in [exam.code] + exam.aliases where upper.contains(name.uppercased()) {
                found[name.uppercased(), default: []].append(exam.code)
            }
        }
        let names = found.keys.sorted()
        let kept = names.filter { name in !names.contains { $0 != name && $0.contains(name) } }
        var result: [[String]] = []
        for name in kept.sorted(by: { upper.range(of: $0)!.lowerBound < upper.range(of: $1)!.lowerBound })
            where !result.contains(found[name]!) {
            result.append(found[name]!)
        }
        return result
    }

    /// The one subject of a list, if all entries agree.
    private static func single(_ subjects: [[String]]) -> [String]? {
        guard let first = subjects.first, subjects.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    private static func dominant(_ codes: [String]) -> String? {
        var counts: [String: Int] = [:]
        for code in codes { counts[code, default: 0] += 1 }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        guard let top = ranked.first, top.value >= 2, top.value * 3 >= codes.count * 2 else { return nil }
        return top.key
    }

    private static func unique(_ codes: [String]) -> [String] {
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }
}
