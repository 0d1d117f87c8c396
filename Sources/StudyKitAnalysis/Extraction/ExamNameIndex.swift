import StudyKitModel
import StudyKitRules

/// What a name in the `ExamNameIndex` stands for.
enum ExamName: Sendable, Equatable {
    /// One exam, or several that one name covers ("A+" for both A+ exams).
    case exams([String], ExamMention.Kind)
    /// A role name and the exams certifying it; `specific` when the name alone tells the
    /// role ("Azure Administrator"), not only in context ("the administrator").
    case role([String], specific: Bool, number: Int)
}

/// Exam names as sequences of folded words, found in sentences by longest match.
///
/// Names are compared word by word after folding (see `key`): case, a plural or possessive
/// "s", and punctuation do not count, so "AWS Certified Solutions Architect - Associate"
/// (a hyphen) finds the catalogue's "AWS Certified Solutions Architect – Associate" (a dash),
/// and "Azure Fundamental exam" finds "Azure Fundamentals".
struct ExamNameIndex: Sendable {
    private(set) var keyIds: [String: Int32] = [:]
    private var entries: [(keys: [Int32], name: ExamName, upperOnly: Bool)] = []
    private var entryOfKeys: [[Int32]: Int] = [:]
    private var byFirst: [Int32: [Int]] = [:]

    /// A word folded for name matching: lower case, no possessive, no plural "s" on longer words.
    static func key(_ lower: String) -> String {
        let bytes = lower.utf8
        // Most words end in neither "s" nor an apostrophe form: nothing to fold.
        guard let last = bytes.last, last == UInt8(ascii: "s") else { return lower }
        var word = Substring(lower)
        for suffix in ["'s", "’s"] where word.hasSuffix(suffix) { word = word.dropLast(suffix.count) }
        if word.utf8.count > 3, word.hasSuffix("s"), !word.hasSuffix("ss") { word = word.dropLast() }
        return String(word)
    }

    /// The word a "+" right after a word stands for ("A+", "Network+", "CySA+"): it tells
    /// exams apart, so it is a word of the name, not punctuation.
    static let plus = "plus"

    /// The folded words of a name, punctuation left out ("+" after a word kept as `plus`).
    static func keys(of phrase: String) -> [String] {
        var spaced = phrase
        // Rare: only names such as "A+" need the plus sign turned into a word.
        if phrase.utf8.contains(UInt8(ascii: "+")) {
            spaced = ""
            var previous: Character = " "
            for character in phrase {
                if character == "+", previous.isLetter || previous.isNumber { spaced += " \(plus) " } else { spaced.append(character) }
                previous = character
            }
        }
        return PhraseIndex<Bool>.split(spaced).filter { token in
            token.unicodeScalars.contains { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
        }.map(key)
    }

    /// Whether a name is an acronym of capitals only ("ACE", "CKA"): it names the exam only
    /// when written in capitals, not as a word ("ace the exam").
    static func isCapitalsOnly(_ phrase: String) -> Bool {
        let scalars = phrase.unicodeScalars
        return scalars.count >= 2 && scalars.allSatisfy { ("A"..."Z").contains($0) }
    }

    /// Adds a name; a name already listed for other exams of the same kind covers them all,
    /// and exam names win over role names.
    mutating func add(_ phrase: String, _ name: ExamName) {
        let upperOnly = Self.isCapitalsOnly(phrase)
        let keys = Self.keys(of: phrase).map { intern($0) }
        guard !keys.isEmpty else { return }
        if let existing = entryOfKeys[keys] {
            switch (entries[existing].name, name) {
            case (.exams(let codes, let kind), .exams(let more, _)):
                entries[existing].name = .exams(codes + more.filter { !codes.contains($0) }, kind)
            case (.role, .exams):
                entries[existing].name = name
            case (.role(let codes, let specific, let number), .role(let more, _, _)):
                entries[existing].name = .role(codes + more.filter { !codes.contains($0) }, specific: specific, number: number)
            case (.exams, .role):
                break
            }
            return
        }
        entryOfKeys[keys] = entries.count
        byFirst[keys[0], default: []].append(entries.count)
        entries.append((keys, name, upperOnly))
    }

    /// Gives words ids without making them names, so phrases around names can be matched.
    mutating func reserve(_ keys: [String]) {
        for key in keys { _ = intern(key) }
    }

    private mutating func intern(_ key: String) -> Int32 {
        if let id = keyIds[key] { return id }
        let id = Int32(keyIds.count)
        keyIds[key] = id
        return id
    }

    /// The name key id of every string of a document's vocabulary (`absent` for words no name uses).
    func keyIds(for table: WordTable) -> [Int32] {
        table.strings.enumerated().map { id, string in
            table.isLowerForm(Int32(id)) ? (keyIds[Self.key(string)] ?? WordTable.absent) : WordTable.absent
        }
    }

    /// The name that covers all of `keys`, if one does.
    func whole(_ keys: [String]) -> ExamName? {
        let ids = keys.compactMap { keyIds[$0] }
        guard ids.count == keys.count, let entry = entryOfKeys[ids] else { return nil }
        return entries[entry].name
    }

    /// Longest names in a run of word key ids, left to right, never overlapping:
    /// (first word, word count, name), positions into `keys`. `capitals`: whether each word
    /// is written in capitals (acronym names need it); nil accepts any word.
    func longestMatches(_ keys: [Int32], capitals: ((Int) -> Bool)? = nil) -> [(start: Int, count: Int, name: ExamName)] {
        var result: [(Int, Int, ExamName)] = []
        var start = 0
        while start < keys.count {
            var best: (count: Int, entry: Int)? = nil
            if keys[start] != WordTable.absent, let candidates = byFirst[keys[start]] {
                for number in candidates {
                    let entry = entries[number].keys
                    guard entry.count <= keys.count - start, entry.count > (best?.count ?? 0) else { continue }
                    if entries[number].upperOnly, let capitals, !capitals(start) { continue }
                    var fits = true
                    for offset in 1..<max(1, entry.count) where keys[start + offset] != entry[offset] {
                        fits = false
                        break
                    }
                    if fits { best = (entry.count, number) }
                }
            }
            if let best {
                result.append((start, best.count, entries[best.entry].name))
                start += best.count
            } else {
                start += 1
            }
        }
        return result
    }

    /// Whether a name lies inside a run of word keys; with `roles` false, a role name alone does
    /// not count ("Associate Developer" inside "Databricks Certified Associate Developer").
    func containsName(_ keys: [String], roles: Bool = true) -> Bool {
        longestMatches(keys.map { keyIds[$0] ?? WordTable.absent }).contains { match in
            if !roles, case .role = match.name { return false }
            return true
        }
    }
}

extension ExamNameIndex {
    /// The index of every catalogue name: codes, aliases and replaced codes; titles with and
    /// without their vendor prefix; role names.
    init(catalog: CertificationCatalog, rules: ExamNameRules) {
        let prefixes = rules.namePrefixes.map(Self.keys(of:)).sorted { $0.count > $1.count }
        let vendorNames = Set(rules.vendors.flatMap { $0.names.map(Self.keys(of:)) }.filter { !$0.isEmpty })
        // Vendor names by first word: each of a thousand titles is checked against them, without copying words.
        var vendorNamesByFirst: [String: [[String]]] = [:]
        for name in vendorNames { vendorNamesByFirst[name[0], default: []].append(name) }
        let telling = Set(rules.levelWords.keys.map(Self.key)).union(rules.credentialMarkers.map(Self.key))
        func hasVendor(_ keys: [String]) -> Bool {
            keys.indices.contains { start in
                vendorNamesByFirst[keys[start]]?.contains { name in
                    start + name.count <= keys.count && keys[start..<(start + name.count)].elementsEqual(name)
                } ?? false
            }
        }
        /// A name tells its exam apart when it has a vendor's name, a level or credential word, a digit, or three words.
        func distinctive(_ keys: [String]) -> Bool {
            keys.count >= 3 || hasVendor(keys) || keys.contains { telling.contains($0) || $0.contains(where: \.isNumber) }
        }
        // A title without its vendor prefix that several exams share ("Developer Associate" of AWS and
        // Azure) names no exam by itself: it becomes a role name, settled by the vendor in context.
        var stripped: [[String]: [String]] = [:]
        var strippedOrder: [[String]] = []
        var roles: [(name: String, code: String)] = []
        // Job names some exam lists as a role: a title alias spelled like one ("Cloud Security
        // Engineer") is a role name too, unless its vendor, level or a credential word tells.
        let jobNames = Set(catalog.exams.flatMap { ([$0.role].compactMap { $0 } + $0.roleAliases).map(Self.keys(of:)) })
        for exam in catalog.exams {
            for code in [exam.code] + exam.aliases + (exam.replaces ?? []) { add(code, .exams([exam.code], .code)) }
            for title in [exam.title] + (exam.titleAliases ?? []) {
                let keys = Self.keys(of: title)
                // "Security Engineer" names a job many exams certify: a role name, not a title.
                let telltale = hasVendor(keys) || keys.contains { telling.contains($0) || $0.contains(where: \.isNumber) }
                guard distinctive(keys), telltale || !jobNames.contains(keys) else { roles.append((title, exam.code)); continue }
                add(title, .exams([exam.code], .title))
                if let prefix = prefixes.first(where: { keys.starts(with: $0) }) {
                    let rest = Array(keys.dropFirst(prefix.count))
                    let restTells = hasVendor(rest) || rest.contains { telling.contains($0) || $0.contains(where: \.isNumber) }
                    if rest.count >= 2, distinctive(rest), restTells || !jobNames.contains(rest) {
                        if stripped[rest] == nil { strippedOrder.append(rest) }
                        if !(stripped[rest]?.contains(exam.code) ?? false) { stripped[rest, default: []].append(exam.code) }
                    }
                }
            }
            for role in [exam.role].compactMap({ $0 }) + exam.roleAliases { roles.append((role, exam.code)) }
        }
        for rest in strippedOrder {
            let codes = stripped[rest]!
            if codes.count == 1 { add(rest.joined(separator: " "), .exams(codes, .title)) } else { roles += codes.map { (rest.joined(separator: " "), $0) } }
        }
        for credential in rules.knownCredentials ?? [] {
            for name in [credential.title] + credential.names { add(name, .exams([credential.code], .title)) }
        }
        // Roles after every exam name, so a role spelled like a title stays a title.
        var numbers: [[String]: Int] = [:]
        for (name, code) in roles {
            let keys = Self.keys(of: name)
            guard !keys.isEmpty else { continue }
            let number = numbers[keys] ?? numbers.count
            numbers[keys] = number
            let specific = keys.count >= 3 || (keys.count == 2 && (vendorNames.contains([keys[0]]) || telling.contains(keys[1])))
            add(name, .role([code], specific: specific, number: number))
        }
    }
}
