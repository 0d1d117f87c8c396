import StudyKitModel
import StudyKitRules

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
    /// `pointedAt` and `coverageSubjects` of every sentence, worked out once.
    private let pointed: [[String]?]
    private let coverage: [[String]]
    /// The exam each section is about (its title's, else the one it names most), and the article's.
    private let sectionFocus: [Int: [String]]
    private let documentFocus: [String]?
    /// The exam the article names most often, when one leads.
    let mainExam: String?

    /// `titleNames`: per exam the article names, the codes and aliases to look for in section
    /// titles that have no heading sentence (topic sections).
    init(sentences: [AnalysedSentence], sections: [Section], mentions: [[ExamMention]],
         titleNames: [String: [String]], rules: ExtractionRules, table: WordTable) {
        self.mentions = mentions
        let explicit = mentions.map { Self.unique($0.map(\.code)) }
        let subjects = mentions.map(Self.subjects)
        self.explicit = explicit
        self.subjects = subjects

        var byParagraph: [Int: [[String]]] = [:]
        var bySection: [Int: [String]] = [:]
        var titled: [Int: [[String]]] = [:]
        // By index, not `for sentence in`: copying each sentence costs retains.
        for index in sentences.indices {
            if sentences[index].isHeading {
                if !subjects[index].isEmpty || titled[sentences[index].sectionIndex] == nil {
                    titled[sentences[index].sectionIndex, default: []] += subjects[index]
                }
            } else {
                if !subjects[index].isEmpty || byParagraph[sentences[index].paragraphIndex] == nil {
                    byParagraph[sentences[index].paragraphIndex, default: []] += subjects[index]
                }
                if !explicit[index].isEmpty { bySection[sentences[index].sectionIndex, default: []] += explicit[index] }
            }
        }
        // Section titles without a heading sentence: look for codes in the title text.
        for (index, section) in sections.enumerated() where titled[index] == nil {
            guard let title = section.title else { continue }
            titled[index] = Self.subjects(inTitle: title, names: titleNames)
        }
        let paragraphFocus = byParagraph.compactMapValues(Self.single)
        var sectionFocus: [Int: [String]] = [:]
        for section in Set(bySection.keys).union(titled.keys) {
            if let title = titled[section].flatMap(Self.single) {
                sectionFocus[section] = title
            } else if let codes = bySection[section], let top = Self.dominant(codes) {
                sectionFocus[section] = [top]
            }
        }
        let title = sentences.indices.first { sentences[$0].isHeading && sentences[$0].sectionIndex == 0 }
        let documentFocus = title.flatMap { Self.single(subjects[$0]) } ?? Self.dominant(explicit.joined().map { $0 }).map { [$0] }

        let anaphors = Self.index(rules.anaphors, table: table)
        let comparisons = Self.index(rules.comparisons, table: table)
        let contrast = Self.index(rules.contrast.first, table: table)
        let contrastSecond = Self.index(rules.contrast.second, table: table)
        var pointed: [[String]?] = []
        var coverage: [[String]] = []
        pointed.reserveCapacity(sentences.count)
        coverage.reserveCapacity(sentences.count)
        // The nearest earlier sentence of the same paragraph that names a subject.
        var lastNaming: Int? = nil
        for index in sentences.indices {
            let paragraph = sentences[index].paragraphIndex, section = sentences[index].sectionIndex
            if index > 0, sentences[index - 1].paragraphIndex != paragraph { lastNaming = nil }
            var back: [String]? = nil
            // The subject a sentence without names refers to through "it", "they", "one"/"the other".
            if !sentences[index].isHeading {
                let count = sentences[index].words.count
                let leading = 0..<min(3, count)
                let second = contrastSecond.containsMatch(sentence: index, in: leading)
                if (second || contrast.containsMatch(sentence: index, in: leading)), index > 0, subjects[index - 1].count == 2 {
                    back = second ? subjects[index - 1][1] : subjects[index - 1][0]
                } else if anaphors.containsMatch(sentence: index, in: 0..<count) {
                    if let cursor = lastNaming {
                        back = subjects[cursor].count == 1 ? subjects[cursor][0] : nil
                    } else {
                        back = sectionFocus[section] ?? documentFocus
                    }
                }
            }
            pointed.append(back)
            if !explicit[index].isEmpty {
                coverage.append(explicit[index])
            } else {
                coverage.append(back ?? paragraphFocus[paragraph] ?? sectionFocus[section] ?? documentFocus ?? [])
            }
            // A sentence whose only names stand in a comparison ("Compared to AZ-900, …") names no
            // subject for the next "it": that stays with what came before.
            if !subjects[index].isEmpty && !Self.onlyCompared(mentions[index], in: sentences[index], number: index, markers: comparisons) { lastNaming = index }
        }
        self.pointed = pointed
        self.coverage = coverage
        self.sectionFocus = sectionFocus
        self.documentFocus = documentFocus
        var counts: [String: Int] = [:]
        for codes in explicit { for code in codes { counts[code, default: 0] += 1 } }
        let ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        mainExam = ranked.first.flatMap { top in ranked.count == 1 || ranked[1].value < top.value ? top.key : nil }
    }

    /// The exam a sentence is about without naming one: what it points back at, else its
    /// section's exam, else the article's.
    func focus(_ index: Int, section: Int) -> [String]? {
        pointed[index] ?? sectionFocus[section] ?? documentFocus
    }

    /// Whether every mention of a sentence follows a comparison marker ("compared to the AZ-900",
    /// "unlike AZ-104"), with only marks and stop words between.
    private static func onlyCompared(_ mentions: [ExamMention], in sentence: AnalysedSentence, number: Int,
                                     markers: PhraseIndex<Bool>.Bound) -> Bool {
        !mentions.isEmpty && mentions.allSatisfy { mention in
            var start = mention.words.lowerBound
            while start > 0, sentence.words[start - 1].kind == .punctuation || sentence.words[start - 1].isStopWord,
                  !markers.containsMatch(sentence: number, in: (start - 1)..<mention.words.lowerBound) {
                start -= 1
            }
            return markers.containsMatch(sentence: number, in: max(0, start - 2)..<mention.words.lowerBound)
        }
    }

    /// Exams named in the sentence, in order of first mention.
    func named(_ index: Int) -> [String] { explicit[index] }

    /// Exams a sentence's content counts towards (domain coverage).
    func coverageSubjects(_ index: Int) -> [String] { coverage[index] }

    /// The subject a sentence without names refers to through "it", "they", "one"/"the other".
    func pointedAt(_ index: Int) -> [String]? { pointed[index] }

    private static func index(_ phrases: [String], table: WordTable) -> PhraseIndex<Bool>.Bound {
        var index = PhraseIndex<Bool>(mode: .exact)
        for phrase in phrases { index.add(phrase, value: true) }
        return index.bound(to: table)
    }

    /// Mentions grouped by the words they cover, in word order: one group per name.
    static func spans(_ mentions: [ExamMention]) -> [(words: Range<Int>, codes: [String])] {
        var groups: [(words: Range<Int>, codes: [String])] = []
        for mention in mentions {
            if let last = groups.indices.last, groups[last].words == mention.words {
                if !groups[last].codes.contains(mention.code) { groups[last].codes.append(mention.code) }
            } else {
                groups.append((mention.words, [mention.code]))
            }
        }
        return groups
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
    private static func subjects(inTitle title: String, names: [String: [String]]) -> [[String]] {
        let upper = title.uppercased()
        var found: [String: [String]] = [:]
        for (code, list) in names.sorted(by: { $0.key < $1.key }) {
            for name in list where upper.contains(name.uppercased()) {
                found[name.uppercased(), default: []].append(code)
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
