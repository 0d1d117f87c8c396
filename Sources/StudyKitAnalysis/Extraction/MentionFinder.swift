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

/// The exams an article names, where, and how it writes them.
struct ExamMentions: Sendable {
    /// Mentions per sentence, in word order.
    var bySentence: [[ExamMention]]
    /// Every exam named, catalogued or not, by code.
    var exams: [String: NamedExam]
    /// The article's spellings per exam, in order of first use.
    var writtenAs: [String: [String]]
}

/// Finds exam mentions in an open world: catalogue codes, aliases, replaced codes, titles
/// (with or without their vendor prefix, dashes and plurals folded) and role names; and
/// exams the catalogue lacks, by their code shape ("EX442", "PT0-002") or by a name or
/// acronym `ExamDiscovery` found ("Certified Kubernetes Administrator (CKA)").
///
/// One name may stand for several exams when the catalogue lists it for them together
/// ("A+"): such a name yields one mention per exam, over the same words. A role name may fit
/// several exams ("architect"), so it goes to the exams the article itself names: the most
/// recently named candidates, else the next ones named; a specific role name ("Azure
/// Administrator", or a role followed by "exam") names its exam even when nothing else does.
public struct MentionFinder: Sendable {
    private let catalog: CertificationCatalog
    private let index: ExamNameIndex
    private let discovery: ExamDiscovery
    private let shapes: CodeShapes
    private let cues: Set<String>
    /// Vendor name words (folded) per vendor, for code shapes that need their vendor named.
    private let vendorWords: [String: Set<String>]
    /// Folded notExams phrases: a name running into one ("… Professional Certificate",
    /// "… Practitioner Essentials course") is not an exam.
    private let notExams: [[String]]
    /// Folded names that need a cue word or their vendor's name beside them.
    private let ambiguous: Set<[String]>
    /// Credentials the catalogue does not list as exams, by code.
    private let known: [String: NamedExam]

    public init(catalog: CertificationCatalog, names: ExamNameRules) {
        self.catalog = catalog
        var index = ExamNameIndex(catalog: catalog, rules: names)
        index.reserve(names.notExams.flatMap(ExamNameIndex.keys(of:)) + names.cueWords.map(ExamNameIndex.key))
        self.index = index
        shapes = CodeShapes(rules: names, catalog: catalog)
        discovery = ExamDiscovery(rules: names, index: index, shapes: shapes)
        cues = Set(names.cueWords.map(ExamNameIndex.key))
        var vendorWords: [String: Set<String>] = [:]
        for vendor in names.vendors { vendorWords[vendor.vendor, default: []].formUnion(vendor.names.flatMap(ExamNameIndex.keys(of:))) }
        self.vendorWords = vendorWords
        notExams = names.notExams.map(ExamNameIndex.keys(of:)).filter { !$0.isEmpty }
        ambiguous = Set(names.ambiguousNames.map(ExamNameIndex.keys(of:)))
        var known: [String: NamedExam] = [:]
        for credential in names.knownCredentials ?? [] {
            known[credential.code] = NamedExam(code: credential.code, title: credential.title, vendor: credential.vendor,
                                               level: credential.level, role: nil)
        }
        self.known = known
    }

    /// Mentions per sentence, in word order.
    public func mentions(in sentences: [AnalysedSentence]) -> [[ExamMention]] {
        find(in: sentences, table: WordTable(sentences: sentences)).bySentence
    }

    func find(in sentences: [AnalysedSentence], table: WordTable) -> ExamMentions {
        var index = self.index
        var exams: [String: NamedExam] = [:]
        for found in discovery.discover(in: sentences) {
            if let entry = catalog.exam(code: found.exam.code) {
                for name in found.names { index.add(name, .exams([entry.code], .code)) }
                continue
            }
            // The first finding of an exam gives its title; later ones (the same name without its code) add names.
            if exams[found.exam.code] == nil { exams[found.exam.code] = found.exam }
            for name in found.names { index.add(name, .exams([found.exam.code], name == found.exam.code ? .code : .title)) }
        }
        let keyOf = index.keyIds(for: table)
        let cueIds = Set(cues.compactMap { index.keyIds[$0] })
        let plusId = index.keyIds[ExamNameIndex.key(ExamNameIndex.plus)] ?? WordTable.absent
        let notExamIds = notExams.map { phrase in phrase.map { index.keyIds[$0] ?? -2 } }
        let ambiguousIds = Set(ambiguous.map { phrase in phrase.map { index.keyIds[$0] ?? -2 } })

        // Codes and titles first: they tell which exams the article is about.
        // Headings that talk about exams vouch for ambiguous names in their sections; the title for the whole article.
        var cuedSections = Set<Int>()
        var cuedArticle = false
        for (number, sentence) in sentences.enumerated() where sentence.isHeading {
            let base = table.start(of: number)
            let cued = sentence.words.indices.contains { cueIds.contains(keyOf[Int(table.lowers[base + $0])]) }
            if cued {
                cuedSections.insert(sentence.sectionIndex)
                if sentence.sectionIndex == 0 && number == 0 { cuedArticle = true }
            }
        }
        var raw: [[(words: Range<Int>, name: ExamName)]] = []
        // Ambiguous names no cue vouched for in their sentence: kept if the article names another
        // exam of their vendor ("How I passed the ACE" in an article about Google Cloud exams).
        var pending: [(sentence: Int, words: Range<Int>)] = []  // for the check below
        var pendingNames: [Int: [(words: Range<Int>, name: ExamName)]] = [:]
        /// Per code-like word as written: the exams it names, and the vendor a sentence must name
        /// beside it when its shape is one ordinary numbers take too (worked out once per word).
        var codeCache: [String: (codes: [String]?, cueVendor: String?)] = [:]
        raw.reserveCapacity(sentences.count)
        for number in sentences.indices {
            let words = sentences[number].words
            let base = table.start(of: number)
            var positions: [Int] = []
            var keys: [Int32] = []
            for position in words.indices {
                if words[position].kind == .punctuation {
                    // "A+": a plus sign touching the word before it is part of the name.
                    guard words[position].text == "+", position > 0, words[position - 1].kind != .punctuation,
                          words[position - 1].range.upperBound == words[position].range.lowerBound,
                          position + 1 == words.count || words[position + 1].text != "+"
                            || words[position + 1].range.lowerBound != words[position].range.upperBound else { continue }
                    positions.append(position)
                    keys.append(plusId)
                    continue
                }
                positions.append(position)
                keys.append(keyOf[Int(table.lowers[base + position])])
            }
            var found: [(words: Range<Int>, name: ExamName)] = []
            // Ambiguous names with nothing to vouch for them yet: kept only beside another exam's name.
            var unsure: [Int] = []
            // Asked only of words that start an acronym name ("ACE"): written in capitals?
            let capitals = { (at: Int) in !words[positions[at]].text.unicodeScalars.contains { $0.properties.isLowercase } }
            for match in index.longestMatches(keys, capitals: capitals) {
                if runsIntoNotExam(keys, match.start, match.count, phrases: notExamIds) { continue }
                // "Azure Data Engineer Associate" is no AWS exam: a title right after another vendor's name.
                if match.start > 0, case .exams(let codes, .title) = match.name, codes.count == 1,
                   let vendor = catalog.exam(code: codes[0])?.vendor {
                    let before = ExamNameIndex.key(words[positions[match.start - 1]].lower)
                    if !(vendorWords[vendor]?.contains(before) ?? false),
                       vendorWords.contains(where: { $0.key != vendor && $0.value.contains(before) }) { continue }
                }
                if !ambiguousIds.isEmpty, case .exams(let codes, _) = match.name,
                   ambiguousIds.contains(Array(keys[match.start..<(match.start + match.count)])),
                   !keys.contains(where: cueIds.contains), !cuedArticle, !cuedSections.contains(sentences[number].sectionIndex),
                   !codes.contains(where: { code in
                       // The vendor's name right before it: "ISC2 CC", not "Azure / Edge / MCP".
                       match.start > 0 && (vendorWords[catalog.exam(code: code)?.vendor ?? known[code]?.vendor ?? ""] ?? [])
                           .contains(ExamNameIndex.key(words[positions[match.start - 1]].lower))
                   }) {
                    unsure.append(found.count)
                }
                let range = positions[match.start]..<(positions[match.start + match.count - 1] + 1)
                let followedByCue = match.start + match.count < keys.count && cueIds.contains(keys[match.start + match.count])
                // "the DevOps Engineer": a role written as a name, capitalised and singular, stands for
                // its exam; "Cloud Engineers" are people.
                let capitalised = positions[match.start..<(match.start + match.count)].allSatisfy { words[$0].isCapitalized }
                let lastWord = words[positions[match.start + match.count - 1]]
                let singular = ExamNameIndex.key(lastWord.lower) == lastWord.lower
                found.append((range, Self.specific(match.name, followedByCue: match.count >= 2 && (followedByCue || capitalised && singular))))
            }
            if !unsure.isEmpty {
                let vouched = found.indices.contains { index in
                    guard !unsure.contains(index), case .exams = found[index].name else { return false }
                    return true
                }
                if !vouched {
                    for index in unsure {
                        pending.append((number, found[index].words))
                        pendingNames[number, default: []].append(found[index])
                    }
                    found = found.enumerated().filter { !unsure.contains($0.offset) }.map(\.element)
                }
            }
            // Code-shaped words no name covers: retired codes, suffixed codes, exams the catalogue lacks.
            var covered = Set<Int>()
            for item in found { covered.formUnion(item.words) }
            for position in words.indices where !covered.contains(position) && (words[position].kind == .code || words[position].kind == .number) {
                let text = words[position].text
                let known: (codes: [String]?, cueVendor: String?)
                if let cached = codeCache[text] {
                    known = cached
                } else {
                    let codes = codeExams(text, index: index, exams: &exams)
                    var cueVendor: String?
                    if let codes, !codes.isEmpty, let shape = shapes.match(text), shape.needsCue, catalog.exam(code: codes[0]) == nil {
                        cueVendor = shape.vendor
                    }
                    known = (codes, cueVendor)
                    codeCache[text] = known
                }
                guard let codes = known.codes, !codes.isEmpty else { continue }
                if let vendor = known.cueVendor, !Self.names(vendorWords[vendor] ?? [], in: words) { continue }
                found.append((position..<(position + 1), .exams(codes, .code)))
            }
            raw.append(found.sorted { $0.words.lowerBound < $1.words.lowerBound })
        }

        if !pending.isEmpty {
            var vendors = Set<String>()
            for found in raw {
                for item in found {
                    guard case .exams(let codes, _) = item.name else { continue }
                    for code in codes { if let vendor = catalog.exam(code: code)?.vendor ?? exams[code]?.vendor ?? known[code]?.vendor { vendors.insert(vendor) } }
                }
            }
            for (sentence, items) in pendingNames {
                let kept = items.filter { item in
                    guard case .exams(let codes, _) = item.name else { return false }
                    // Retired credentials ("MCP") share their acronyms with newer things: only catalogue exams.
                    return codes.contains { vendors.contains(catalog.exam(code: $0)?.vendor ?? "") }
                }
                if !kept.isEmpty { raw[sentence] = (raw[sentence] + kept).sorted { $0.words.lowerBound < $1.words.lowerBound } }
            }
        }
        var named: [(sentence: Int, codes: [String])] = []
        for (sentence, found) in raw.enumerated() {
            for item in found { if case .exams(let codes, _) = item.name { named.append((sentence, codes)) } }
        }
        // The vendor the article names most decides between same-named roles of several vendors.
        var vendorCounts: [String: Int] = [:]
        for naming in named {
            for code in naming.codes { if let vendor = catalog.exam(code: code)?.vendor ?? exams[code]?.vendor { vendorCounts[vendor, default: 0] += 1 } }
        }
        let mainVendor = vendorCounts.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
        var resolver = RoleResolver(named: named, mainVendor: mainVendor, vendorOf: { catalog.exam(code: $0)?.vendor })
        var writtenAs: [String: [String]] = [:]
        let bySentence = raw.enumerated().map { sentence, found -> [ExamMention] in
            var result: [ExamMention] = []
            for item in found {
                let codes: [String]
                let kind: ExamMention.Kind
                switch item.name {
                case .exams(let names, let nameKind):
                    codes = names
                    kind = nameKind
                case .role(let candidates, let specific, let number):
                    codes = resolver.resolve(candidates, specific: specific, role: number, at: sentence)
                    kind = .role
                }
                let text = Self.slice(sentences[sentence], item.words)
                for code in codes {
                    result.append(ExamMention(code: code, kind: kind, sentence: sentence, words: item.words))
                    if kind != .role, !(writtenAs[code]?.contains(text) ?? false) { writtenAs[code, default: []].append(text) }
                }
            }
            return result
        }
        for mention in bySentence.joined() where exams[mention.code] == nil {
            if let entry = catalog.exam(code: mention.code) { exams[mention.code] = NamedExam(entry) } else { exams[mention.code] = known[mention.code] }
        }
        return ExamMentions(bySentence: bySentence, exams: exams, writtenAs: writtenAs)
    }

    /// A role name followed by a cue word ("the Cloud Engineer exam") names its exam.
    private static func specific(_ name: ExamName, followedByCue: Bool) -> ExamName {
        guard followedByCue, case .role(let codes, _, let number) = name else { return name }
        return .role(codes, specific: true, number: number)
    }

    /// Whether a notExams phrase (as key ids) starts inside the match and runs past its end.
    private func runsIntoNotExam(_ keys: [Int32], _ start: Int, _ count: Int, phrases: [[Int32]]) -> Bool {
        let end = start + count
        guard end < keys.count else { return false }
        for ids in phrases {
            for offset in max(start, end - ids.count + 1)...end where offset + ids.count <= keys.count && offset + ids.count > end {
                if Array(keys[offset..<(offset + ids.count)]) == ids { return true }
            }
        }
        return false
    }

    /// The exams a code-like word names: a catalogue code with a suffix ("AZ-305-certified"),
    /// an older code of a catalogued line ("SAA-C02"), or a code the catalogue lacks.
    private func codeExams(_ text: String, index: ExamNameIndex, exams: inout [String: NamedExam]) -> [String]? {
        if let dash = text.lastIndex(of: "-"), case .exams(let codes, .code)? = index.whole([ExamNameIndex.key(text[..<dash].lowercased())]) {
            return codes
        }
        let code = text.uppercased()
        if let entry = catalog.exam(code: code) ?? catalog.successor(of: code) { return [entry.code] }
        guard let shape = shapes.match(text) else { return nil }
        if let current = shape.current { return [current] }
        if exams[code] == nil { exams[code] = NamedExam(code: code, title: code, vendor: shape.vendor, level: nil, role: nil) }
        return [code]
    }

    private static func names(_ vendorWords: Set<String>, in words: [Word]) -> Bool {
        words.contains { vendorWords.contains(ExamNameIndex.key($0.lower)) }
    }

    static func slice(_ sentence: AnalysedSentence, _ words: Range<Int>) -> String {
        let utf8 = sentence.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: sentence.words[words.lowerBound].range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: sentence.words[words.upperBound - 1].range.upperBound)
        return String(sentence.text[start..<end])
    }

    /// Sends a role name to the exams the article names: the most recently
    /// named candidates, else the next ones named. Each role name's namings
    /// are gathered once, then found by binary search.
    private struct RoleResolver {
        let named: [(sentence: Int, codes: [String])]
        let mainVendor: String?
        let vendorOf: (String) -> String?
        private var relevant: [Int: [(sentence: Int, codes: [String])]] = [:]

        init(named: [(sentence: Int, codes: [String])], mainVendor: String?, vendorOf: @escaping (String) -> String?) {
            self.named = named
            self.mainVendor = mainVendor
            self.vendorOf = vendorOf
        }

        mutating func resolve(_ candidates: [String], specific: Bool, role: Int, at sentence: Int) -> [String] {
            let namings = relevant[role] ?? named.compactMap { naming -> (sentence: Int, codes: [String])? in
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
            // Named nowhere else: only a specific role name names its exam, and only one of the
            // article's main vendor when it has one ("Infrastructure Engineer" in a list of jobs
            // for CCNA holders is no HashiCorp exam).
            guard specific else { return [] }
            guard let mainVendor else { return candidates.count == 1 ? candidates : [] }
            let ofVendor = candidates.filter { vendorOf($0) == mainVendor }
            return ofVendor.count == 1 ? ofVendor : []
        }
    }
}
