import StudyKitModel
import StudyKitRules

/// A place where the article names an exam: by code, title or role.
public struct ExamMention: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case code, title, role
    }

    public var code: String
    public var kind: Kind
    /// Index into the sentence array.
    public var sentence: Int
    /// Word indices inside the sentence.
    public var words: Range<Int>
}

/// Finds exam mentions: codes and their aliases, titles, and role names
/// ("Azure Administrator", "the architect") resolved to catalogue entries.
///
/// Codes and titles are unambiguous, but one name may stand for several exams
/// when they list it together ("A+" for both A+ exams): such a name yields one
/// mention per exam, all over the same words. A role name may fit several
/// exams ("architect"), so it goes to the exams the article itself names: the
/// most recently named candidates, else the next ones named.
public struct MentionFinder: Sendable {
    private enum Target: Sendable {
        case exams([String], ExamMention.Kind)
        /// Candidate exams, whether the name has several words ("Professional Cloud Architect"),
        /// and the role name's number (to look its namings up once).
        case role([String], specific: Bool, number: Int)
    }

    /// Exams named together by one name in a sentence, in word order.
    private typealias Naming = (sentence: Int, codes: [String])

    private var index = PhraseIndex<Target>(mode: .exact)

    public init(catalog: CertificationCatalog) {
        var names = NameTable()
        var roles = NameTable()
        for exam in catalog.exams {
            for code in [exam.code] + exam.aliases { names.add(code, exam: exam.code, kind: .code) }
            for title in [exam.title] + (exam.titleAliases ?? []) { names.add(title, exam: exam.code, kind: .title) }
            for role in [exam.role].compactMap({ $0 }) + exam.roleAliases { roles.add(role, exam: exam.code, kind: .role) }
        }
        for entry in names.entries { index.add(entry.name, value: .exams(entry.codes, entry.kind)) }
        for (number, entry) in roles.entries.enumerated() {
            let specific = PhraseIndex<Target>.split(entry.name).count >= 3
            index.add(entry.name, value: .role(entry.codes, specific: specific, number: number))
        }
    }

    /// Mentions per sentence, in word order.
    public func mentions(in sentences: [AnalysedSentence]) -> [[ExamMention]] {
        mentions(in: sentences, table: WordTable(sentences: sentences))
    }

    func mentions(in sentences: [AnalysedSentence], table: WordTable) -> [[ExamMention]] {
        let bound = index.bound(to: table)
        let raw: [[PhraseIndex<Target>.Match]] = sentences.indices.map {
            bound.longestMatches(sentence: $0, in: 0..<sentences[$0].words.count)
        }
        // "AZ-305-certified": the same few code words recur, so each is looked up once.
        var prefixes: [String: [String]?] = [:]
        func prefix(of word: Word) -> [String]? {
            if let known = prefixes[word.lower] { return known }
            let codes = codePrefix(of: word)
            prefixes[word.lower] = .some(codes)
            return codes
        }
        // Codes and titles first: they tell which exams the article is about.
        var named: [Naming] = []
        for (sentence, matches) in raw.enumerated() {
            var found: [(position: Int, codes: [String])] = []
            for match in matches {
                if case .exams(let codes, _) = match.value { found.append((match.words.lowerBound, codes)) }
            }
            let words = sentences[sentence].words
            for position in words.indices where words[position].kind == .code {
                if let codes = prefix(of: words[position]) { found.append((position, codes)) }
            }
            named += found.sorted { $0.position < $1.position }.map { (sentence, $0.codes) }
        }
        var resolver = RoleResolver(named: named)
        return raw.enumerated().map { sentence, matches in
            var result: [ExamMention] = []
            // Matches are sorted and never overlap: one cursor tells whether a word is covered.
            var cursor = 0
            func add(_ codes: [String], _ kind: ExamMention.Kind, _ words: Range<Int>) {
                for code in codes { result.append(ExamMention(code: code, kind: kind, sentence: sentence, words: words)) }
            }
            for match in matches {
                switch match.value {
                case .exams(let codes, let kind):
                    add(codes, kind, match.words)
                case .role(let candidates, let specific, let number):
                    add(resolver.resolve(candidates, specific: specific, role: number, at: sentence), .role, match.words)
                }
            }
            let words = sentences[sentence].words
            for position in words.indices where words[position].kind == .code {
                while cursor < matches.count, matches[cursor].words.upperBound <= position { cursor += 1 }
                if cursor < matches.count, matches[cursor].words.contains(position) { continue }
                if let codes = prefix(of: words[position]) { add(codes, .code, position..<(position + 1)) }
            }
            return result.sorted { $0.words.lowerBound < $1.words.lowerBound }
        }
    }

    /// "AZ-305-certified" names AZ-305: a code followed by a hyphenated suffix.
    private func codePrefix(of word: Word) -> [String]? {
        let lower = word.lower
        guard let dash = lower.lastIndex(of: "-") else { return nil }
        let head = String(lower[..<dash])
        let probe = Word(text: head, lower: head, stem: head, kind: .code, isStopWord: false, range: 0..<head.utf8.count)
        guard let match = index.longestMatches(in: [probe]).first, case .exams(let codes, .code) = match.value else { return nil }
        return codes
    }

    /// Sends a role name to the exams the article names: the most recently
    /// named candidates, else the next ones named. Each role name's namings
    /// are gathered once, then found by binary search.
    private struct RoleResolver {
        let named: [Naming]
        private var relevant: [Int: [Naming]] = [:]

        init(named: [Naming]) {
            self.named = named
        }

        mutating func resolve(_ candidates: [String], specific: Bool, role: Int, at sentence: Int) -> [String] {
            // A specific role name that only one exam certifies needs no context.
            if specific && candidates.count == 1 { return candidates }
            let namings = relevant[role] ?? named.compactMap { naming -> Naming? in
                let codes = naming.codes.filter { candidates.contains($0) }
                return codes.isEmpty ? nil : (naming.sentence, codes)
            }
            relevant[role] = namings
            // First naming after the sentence; the one before it is the last at or before.
            var low = 0, high = namings.count
            while low < high {
                let middle = (low + high) / 2
                if namings[middle].sentence <= sentence { low = middle + 1 } else { high = middle }
            }
            if low > 0 { return namings[low - 1].codes }
            if low < namings.count { return namings[low].codes }
            return named.isEmpty && candidates.count == 1 ? candidates : []
        }
    }
}

/// Names and the exams that list them, in catalogue order; a name several
/// exams list (by the same words) maps to all of them.
private struct NameTable {
    struct Entry {
        var name: String
        var codes: [String]
        var kind: ExamMention.Kind
    }

    private(set) var entries: [Entry] = []
    private var positions: [String: Int] = [:]

    mutating func add(_ name: String, exam: String, kind: ExamMention.Kind) {
        let key = PhraseIndex<Bool>.split(name).joined(separator: " ")
        guard !key.isEmpty else { return }
        if let position = positions[key] {
            if !entries[position].codes.contains(exam) { entries[position].codes.append(exam) }
        } else {
            positions[key] = entries.count
            entries.append(Entry(name: name, codes: [exam], kind: kind))
        }
    }
}
