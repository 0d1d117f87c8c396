import StudyKitModel
import StudyKitText
import StudyKitRules

/// The terms an article defines, each with the sentence that defines it and every spelling
/// the article uses for it; exams it discusses with the catalogue's description; and an index
/// of its other key terms, each with the sections that use it. A term the article does not
/// define gets no made-up definition: it goes to the index.
public struct Glossary: Sendable, Equatable {
    public enum Source: String, Sendable, Equatable {
        /// A sentence of the article defines the term.
        case definition
        /// The certification catalogue describes it (an exam the article names).
        case catalogue
    }

    public enum Kind: String, Sendable, Equatable {
        case exam, term
    }

    public struct Entry: Sendable, Equatable {
        public var term: String
        /// Other spellings of the same term in the article (plural, acronym, expansion).
        public var aliases: [String]
        public var kind: Kind
        public var definition: String
        public var source: Source
        /// The article sentence that defines it (nil for catalogue entries).
        public var evidence: Evidence?
        /// The definition shape that matched (`definition` entries only).
        public var rule: String?
        /// Ids of the sections that use the term, in document order.
        public var sections: [String]
    }

    /// A key term the article uses but does not define.
    public struct IndexEntry: Sendable, Equatable {
        public var term: String
        public var sections: [String]
    }

    /// Alphabetical (case-insensitive, then exact text).
    public var entries: [Entry]
    public var index: [IndexEntry]

    public init(entries: [Entry], index: [IndexEntry] = []) {
        self.entries = entries
        self.index = index
    }

    init(analysis: Analysis, layout: ExtractionText?, rules: GlossaryRules) {
        let text = layout ?? ExtractionText(sentences: analysis.sentences)
        let found = DefinitionFinder(rules: rules).definitions(in: text.sentences, places: text.places)
        let sections = SectionText(analysis: analysis)
        var groups: [(key: String, definitions: [Definition], spellings: [String])] = []
        var groupOf: [String: Int] = [:]
        for definition in found {
            let keys = [Self.key(definition.term)] + (definition.alias.map { [Self.key($0)] } ?? [])
            let number = keys.lazy.compactMap { groupOf[$0] }.first ?? {
                groups.append((keys[0], [], []))
                return groups.count - 1
            }()
            for key in keys { groupOf[key] = number }
            groups[number].definitions.append(definition)
            for spelling in [definition.term] + (definition.alias.map { [$0] } ?? []) where !groups[number].spellings.contains(spelling) {
                groups[number].spellings.append(spelling)
            }
        }
        let priority = ["copula", "relation", "appositive", "label", "naming", "acronym"]
        var entries: [Entry] = []
        // An acronym beside its expansion names the term but says nothing of it: such a group
        // needs another definition to become an entry (the flashcards still ask what it stands for).
        var acronyms: [(term: String, expansion: String, evidence: Evidence)] = []
        var entryOfGroup: [Int: Int] = [:]
        for (number, group) in groups.enumerated() {
            if group.definitions.allSatisfy({ $0.rule == "acronym" }), let first = group.definitions.first {
                acronyms.append((first.term, first.alias ?? "", first.evidence))
                continue
            }
            let best = group.definitions.min { left, right in
                let l = priority.firstIndex(of: left.rule) ?? priority.count, r = priority.firstIndex(of: right.rule) ?? priority.count
                return l != r ? l < r : left.sentence < right.sentence
            }!
            // An acronym entry reads better under its expansion's sentence when the acronym rule was all there was.
            let term = best.rule == "acronym" ? (best.alias ?? best.term) : best.term
            let aliases = group.spellings.filter { $0 != term }
            entryOfGroup[number] = entries.count
            entries.append(Entry(term: term, aliases: Self.unique(aliases), kind: .term, definition: best.evidence.text,
                                 source: .definition, evidence: best.evidence, rule: best.rule,
                                 sections: sections.using(group.spellings)))
        }
        // Exams the article discusses: the catalogue's description, unless the article defines them.
        for exam in analysis.knowledge.certifications where exam.catalogued {
            let names = [exam.code] + exam.writtenAs
            if let number = names.lazy.compactMap({ groupOf[Self.key($0)].flatMap { entryOfGroup[$0] } }).first {
                entries[number].kind = .exam
                continue
            }
            entries.append(Entry(term: exam.code, aliases: Self.unique(exam.writtenAs.filter { $0 != exam.code }), kind: .exam,
                                 definition: "\(exam.code) is the exam for \(exam.title) (\(exam.levelAndVendor)).",
                                 source: .catalogue, evidence: nil, rule: nil, sections: sections.using(names)))
        }
        let defined = Set(entries.flatMap { [Self.key($0.term)] + $0.aliases.map(Self.key) })
        var index: [IndexEntry] = []
        var indexed = Set<String>()
        for phrase in analysis.keyphrases.prefix(rules.maxKeyphrases) {
            let key = Self.key(phrase.phrase)
            guard !defined.contains(key), indexed.insert(key).inserted else { continue }
            let used = sections.using([phrase.phrase])
            if !used.isEmpty { index.append(IndexEntry(term: phrase.phrase, sections: used)) }
        }
        self.entries = entries.sorted { left, right in
            let l = left.term.lowercased(), r = right.term.lowercased()
            return l != r ? l < r : left.term < right.term
        }
        self.index = index.sorted { $0.term.lowercased() < $1.term.lowercased() }
        self.acronyms = acronyms.map { Acronym(acronym: $0.term, expansion: $0.expansion, evidence: $0.evidence) }
    }

    /// An acronym the article spells out, with the sentence that does.
    public struct Acronym: Sendable, Equatable {
        public var acronym: String
        public var expansion: String
        public var evidence: Evidence
    }

    /// Acronyms the article spells out but does not otherwise define.
    public var acronyms: [Acronym] = []

    /// A spelling folded so variants of one term meet: lower case, a plural or possessive "s"
    /// dropped from each word ("Solutions Architect" and "Solution Architect").
    static func key(_ term: String) -> String {
        PhraseIndex<Bool>.split(term).filter { $0.unicodeScalars.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil } }
            .map(ExamNameIndex.key).joined(separator: " ")
    }

    private static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert($0).inserted }
    }
}

/// Each section's body text folded once, to look up which sections use a term.
struct SectionText {
    private let ids: [String]
    private let folded: [[UInt8]]

    init(analysis: Analysis) {
        var texts = [String](repeating: "", count: analysis.document.sections.count)
        for sentence in analysis.sentences where texts.indices.contains(sentence.sectionIndex) {
            texts[sentence.sectionIndex] += sentence.text + "\n"
        }
        ids = analysis.document.sections.map(\.id)
        folded = texts.map(TermSearch.fold)
    }

    /// Ids of the sections where any of the spellings stands as whole words.
    func using(_ spellings: [String]) -> [String] {
        let needles = spellings.map(TermSearch.fold)
        return ids.indices.filter { index in needles.contains { TermSearch.contains($0, in: folded[index]) } }.map { ids[$0] }
    }
}
