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
        /// Candidate exams, and whether the name has several words ("Professional Cloud Architect").
        case role([String], specific: Bool)
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
        for entry in roles.entries {
            let specific = PhraseIndex<Target>.split(entry.name).count >= 3
            index.add(entry.name, value: .role(entry.codes, specific: specific))
        }
    }

    /// Mentions per sentence, in word order.
    public func mentions(in sentences: [AnalysedSentence]) -> [[ExamMention]] {
        let raw: [[PhraseIndex<Target>.Match]] = sentences.map { index.longestMatches(in: $0.words) }
        // Codes and titles first: they tell which exams the article is about.
        var named: [Naming] = []
        for (sentence, matches) in raw.enumerated() {
            var found: [(position: Int, codes: [String])] = []
            for match in matches {
                if case .exams(let codes, _) = match.value { found.append((match.words.lowerBound, codes)) }
            }
            for (position, word) in sentences[sentence].words.enumerated() where word.kind == .code {
                if let codes = codePrefix(of: word) { found.append((position, codes)) }
            }
            named += found.sorted { $0.position < $1.position }.map { (sentence, $0.codes) }
        }
        return raw.enumerated().map { sentence, matches in
            var result: [ExamMention] = []
            var covered = Set<Int>()
            func add(_ codes: [String], _ kind: ExamMention.Kind, _ words: Range<Int>) {
                for code in codes { result.append(ExamMention(code: code, kind: kind, sentence: sentence, words: words)) }
            }
            for match in matches {
                covered.formUnion(match.words)
                switch match.value {
                case .exams(let codes, let kind):
                    add(codes, kind, match.words)
                case .role(let candidates, let specific):
                    add(resolve(candidates, specific: specific, at: sentence, named: named), .role, match.words)
                }
            }
            for (position, word) in sentences[sentence].words.enumerated() where word.kind == .code && !covered.contains(position) {
                if let codes = codePrefix(of: word) { add(codes, .code, position..<(position + 1)) }
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

    private func resolve(_ candidates: [String], specific: Bool, at sentence: Int, named: [Naming]) -> [String] {
        // A specific role name that only one exam certifies needs no context.
        if specific && candidates.count == 1 { return candidates }
        let relevant = named.compactMap { naming -> Naming? in
            let codes = naming.codes.filter { candidates.contains($0) }
            return codes.isEmpty ? nil : (naming.sentence, codes)
        }
        if let before = relevant.last(where: { $0.sentence <= sentence }) { return before.codes }
        if let after = relevant.first(where: { $0.sentence > sentence }) { return after.codes }
        return named.isEmpty && candidates.count == 1 ? candidates : []
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
