import StudyKitModel
import StudyKitRules

/// Finds exams by their shape before mentions are counted: acronyms defined next to a
/// credential name ("Certified Kubernetes Administrator (CKA)", "CKS Certified Kubernetes
/// Security Specialist"), and credential-shaped names ("Sun Certified Java Programmer").
/// An acronym whose expansion is a catalogue name becomes one more name of that exam; the
/// rest become exams the catalogue lacks, with the vendor and level their names give.
struct ExamDiscovery: Sendable {
    struct Found: Sendable, Equatable {
        /// Names to add to the document's index.
        var names: [String]
        /// The catalogue exam they name, or a new exam.
        var exam: NamedExam
    }

    let rules: ExamNameRules
    let index: ExamNameIndex
    /// Vendor code shapes ("EX188"), so a name written beside its code joins that code's exam.
    let shapes: CodeShapes?
    private let markers: Set<String>
    /// First bytes of the markers: most words are ruled out before a set lookup.
    private let markerFirstBytes: Set<UInt8>
    private let tails: Set<String>
    private let connectors: Set<String>
    private let cues: Set<String>
    private let notExams: [[String]]
    /// Where a cued name may start at the earliest: after the last of these.
    private let openers: Set<String>
    private let subjectConnectors: Set<String>
    /// Vendor names as folded word sequences, longest first.
    private let vendorNames: [(keys: [String], vendor: String)]

    init(rules: ExamNameRules, index: ExamNameIndex, shapes: CodeShapes? = nil) {
        self.rules = rules
        self.index = index
        self.shapes = shapes
        markers = Set(rules.credentialMarkers.map(ExamNameIndex.key))
        markerFirstBytes = Set(markers.compactMap(\.utf8.first))
        tails = Set(rules.credentialTails.map(ExamNameIndex.key))
        connectors = Set(rules.connectors.map(ExamNameIndex.key))
        openers = Set(rules.nameOpeners.map(ExamNameIndex.key))
        subjectConnectors = Set(rules.subjectConnectors.map(ExamNameIndex.key))
        cues = Set(rules.cueWords.map(ExamNameIndex.key))
        notExams = rules.notExams.map(ExamNameIndex.keys(of:))
        vendorNames = rules.vendors.flatMap { vendor in vendor.names.map { (ExamNameIndex.keys(of: $0), vendor.vendor) } }
            .sorted { $0.keys.count > $1.keys.count }
    }

    func discover(in sentences: [AnalysedSentence]) -> [Found] {
        var found: [Found] = []
        var seen = Set<String>()
        for sentence in sentences {
            for item in discover(in: sentence) where seen.insert(item.exam.code + "\u{1}" + item.names.joined(separator: "\u{1}")).inserted {
                found.append(item)
            }
        }
        // One exam however its connectors are written: "Authoring & Operations" is "Authoring and Operations".
        var byWords: [[String]: NamedExam] = [:]
        found = found.map { item in
            guard item.exam.entry == nil, item.exam.code == item.names.first else { return item }
            let words = ExamNameIndex.keys(of: item.exam.code).filter { !connectors.contains($0) }
            if let first = byWords[words] { return Found(names: item.names, exam: first) }
            byWords[words] = item.exam
            return item
        }
        // A name once written beside its code ("EX188 - Certified Specialist in Containers") names
        // that exam wherever it stands alone, with or without the vendor before it.
        var codeOfName: [[String]: NamedExam] = [:]
        for item in found where item.exam.code != item.names.first {
            for name in item.names { codeOfName[withoutVendor(ExamNameIndex.keys(of: name))] = item.exam }
        }
        guard !codeOfName.isEmpty else { return found }
        return found.map { item in
            guard item.exam.code == item.names.first, let exam = codeOfName[withoutVendor(ExamNameIndex.keys(of: item.exam.code))] else { return item }
            return Found(names: item.names, exam: exam)
        }
    }

    /// A capitalised stretch of a sentence: its word indices (marks inside included), its
    /// content words (no marks) and their folded keys.
    private struct Run {
        var words: [Int]
        var content: [Int]
        var keys: [String]
        /// The content words as written (their capitals spell acronyms).
        var texts: [String]

        /// Whether a content word opens its sentence (capitalised for that reason alone).
        func isSentenceStart(_ index: Int) -> Bool { content[index] == 0 }

        /// The run cut to content words `range` (marks between them kept).
        func cut(_ range: Range<Int>) -> Run {
            let first = content[range.lowerBound], last = content[range.upperBound - 1]
            return Run(words: words.filter { $0 >= first && $0 <= last }, content: Array(content[range]), keys: Array(keys[range]),
                       texts: Array(texts[range]))
        }
    }

    private func discover(in sentence: AnalysedSentence) -> [Found] {
        let words = sentence.words
        // Cheap test first: most sentences name no credential (markers all start with "c": certified…).
        let hasMarker = words.contains { word in
            word.lower.utf8.first.map(markerFirstBytes.contains) == true && markers.contains(ExamNameIndex.key(word.lower))
        }
        let hasCue = words.contains { cues.contains(ExamNameIndex.key($0.lower)) }
        guard hasMarker || hasCue || words.contains(where: isAcronym) else { return [] }
        var result: [Found] = []
        var explained = Set<Int>()
        for position in words.indices where isAcronym(words[position]) {
            let acronym = words[position].text
            // Catalogued acronyms ("CKA") are names already.
            if index.whole([ExamNameIndex.key(acronym.lowercased())]) != nil { continue }
            let parenthesised = position > 0 && position + 1 < words.count
                && words[position - 1].text == "(" && words[position + 1].text == ")"
            var candidates: [(run: Run, fromEnd: Bool, strict: Bool)] = []
            if parenthesised {
                if position >= 2 { candidates.append((run(endingAt: position - 2, in: words), true, false)) }
            } else {
                if position >= 1 { candidates.append((run(endingAt: position - 1, in: words), true, true)) }
                if position + 1 < words.count, words[position + 1].text == "(" {
                    candidates.append((run(startingAt: position + 2, in: words), false, false))
                }
                candidates.append((run(startingAt: position + 1, in: words), false, true))
            }
            for (run, fromEnd, strict) in candidates where !run.content.isEmpty {
                guard let expansion = fit(acronym, to: run, fromEnd: fromEnd),
                      isCredential(expansion.keys, strict: strict, cue: hasCue) else { continue }
                explained.formUnion(run.words)
                result.append(found(acronym: acronym, expansion: expansion, run: run, in: sentence))
                break
            }
        }
        // Credential-shaped names with no acronym beside them (each holds a marker word), and
        // names ending in a level word right before a cue word ("… Operations Professional exam").
        var position = 0
        while hasMarker || hasCue, position < words.count {
            let run = run(startingAt: position, in: words)
            guard let last = run.words.last else { position += 1; continue }
            position = last + 1
            // A role name inside ("AWS Certified Solutions Architect") is left to the mention finder,
            // unless an issuer the vendor list does not know stands before the credential word.
            if run.words.contains(where: explained.contains) || index.containsName(run.keys, roles: !hasUnknownIssuer(run)) { continue }
            if !hasMarker || !run.keys.contains(where: markers.contains) {
                if let name = cuedName(in: run, words: words) {
                    let text = slice(sentence, name.words)
                    result.append(Found(names: [text], exam: newExam(code: text, title: text, keys: name.keys)))
                }
                continue
            }
            if let name = credentialName(in: run) {
                let text = slice(sentence, name.words)
                let code = codeBeside(name, in: words)
                // "Certified Specialist in <subject>" with nothing else to vouch for it ("a Certified
                // Specialist in March"): a vendor before it, its code beside it or a cue word after it.
                if isSubjectName(name), code == nil, name.keys.first.map(markers.contains) ?? true,
                   !(name.words.last.map { $0 + 1 < words.count && cues.contains(ExamNameIndex.key(words[$0 + 1].lower)) } ?? false) {
                    continue
                }
                if let code {
                    var exam = newExam(code: code.code, title: text, keys: name.keys)
                    if exam.vendor == nil { exam.vendor = code.vendor }
                    result.append(Found(names: [text], exam: exam))
                } else {
                    result.append(Found(names: [text], exam: newExam(code: text, title: text, keys: name.keys)))
                }
            }
        }
        return result
    }

    private func found(acronym: String, expansion: Run, run: Run, in sentence: AnalysedSentence) -> Found {
        let text = slice(sentence, expansion.words)
        // The whole capitalised stretch may be the catalogue's name ("AWS Certified Cloud Practitioner (CCP)").
        for keys in [run.keys, expansion.keys] {
            if case .exams(let codes, _)? = index.whole(keys), codes.count == 1 {
                return Found(names: [acronym], exam: NamedExam(code: codes[0], title: text, vendor: nil, level: nil, role: nil))
            }
        }
        var title = text
        if let vendor = leadingVendor(run.keys), !expansion.keys.starts(with: vendor.keys) {
            // Keep the vendor the stretch opens with: "Red Hat" in "Red Hat Certified Engineer".
            let start = run.words[0]
            title = slice(sentence, Array(start...expansion.words.last!))
        }
        return Found(names: [acronym, text], exam: newExam(code: acronym, title: title, keys: run.keys))
    }

    private func newExam(code: String, title: String, keys: [String]) -> NamedExam {
        let vendor = vendorNames.first { name in
            (0...max(0, keys.count - name.keys.count)).contains { keys.count >= name.keys.count && Array(keys[$0..<($0 + name.keys.count)]) == name.keys }
        }?.vendor
        let level = keys.reversed().lazy.compactMap { self.rules.levelWords[$0] }.first
        // The role: the name without vendor, credential and level words, when it ends in a job word.
        let vendorKeys = Set(vendorNames.flatMap(\.keys))
        let roleKeys = keys.filter { !vendorKeys.contains($0) && !markers.contains($0) && rules.levelWords[$0] == nil && !connectors.contains($0) }
        let role = roleKeys.last.map(tails.contains) == true && roleKeys.count >= 2
            ? title.split(separator: " ").filter { roleKeys.contains(ExamNameIndex.key($0.lowercased())) }.joined(separator: " ")
            : nil
        return NamedExam(code: code, title: title, vendor: vendor, level: level, role: role?.isEmpty == false ? role : nil)
    }

    private func leadingVendor(_ keys: [String]) -> (keys: [String], vendor: String)? {
        vendorNames.first { keys.starts(with: $0.keys) }
    }

    /// "CKA", "CISSP", "RHCSA": upper-case letters (digits allowed after the first), within the limits.
    private func isAcronym(_ word: Word) -> Bool {
        // Bytes first: most words do not open with two capitals.
        var bytes = word.text.utf8.makeIterator()
        guard let first = bytes.next(), first >= 65 && first <= 90, let second = bytes.next(),
              (second >= 65 && second <= 90) || (second >= 48 && second <= 57) else { return false }
        let scalars = word.text.unicodeScalars
        guard word.kind != .punctuation,
              (rules.acronymLimits.minLetters...rules.acronymLimits.maxLetters).contains(scalars.count),
              let first = scalars.first, ("A"..."Z").contains(first) else { return false }
        return scalars.allSatisfy { ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
            && scalars.filter({ ("A"..."Z").contains($0) }).count >= 2
    }

    private func isCapitalised(_ word: Word) -> Bool {
        guard word.kind == .word || word.kind == .code, let first = word.text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    private func isInner(_ word: Word) -> Bool {
        (word.kind == .punctuation && [":", "-", "–", "—", "&"].contains(word.text)) || connectors.contains(word.lower)
    }

    /// The capitalised stretch (connectors and joining marks inside) that ends at `end`.
    private func run(endingAt end: Int, in words: [Word]) -> Run {
        var start = end + 1
        while start > 0, start > end - 11, isCapitalised(words[start - 1]) || isInner(words[start - 1]) { start -= 1 }
        return trimmed(start..<(end + 1), in: words)
    }

    /// The capitalised stretch that starts at `start`.
    private func run(startingAt start: Int, in words: [Word]) -> Run {
        var end = start
        while end < words.count, end < start + 12, isCapitalised(words[end]) || isInner(words[end]) { end += 1 }
        return trimmed(start..<end, in: words)
    }

    /// A run without connectors or marks at either end.
    private func trimmed(_ range: Range<Int>, in words: [Word]) -> Run {
        var indices = Array(range)[...]
        while let first = indices.first, !isCapitalised(words[first]) { indices = indices.dropFirst() }
        while let last = indices.last, !isCapitalised(words[last]) { indices = indices.dropLast() }
        let content = indices.filter { words[$0].kind != .punctuation }
        return Run(words: Array(indices), content: content, keys: content.map { ExamNameIndex.key(words[$0].lower) },
                   texts: content.map { words[$0].text })
    }

    /// The shortest end (or start) of a run whose words spell the acronym (see `spells`).
    private func fit(_ acronym: String, to run: Run, fromEnd: Bool) -> Run? {
        let letters = Array(acronym.lowercased().unicodeScalars)
        let count = run.content.count
        guard count > 0 else { return nil }
        for length in 1...count {
            let range = fromEnd ? (count - length)..<count : 0..<length
            if spells(letters, Array(run.texts[range]), keys: Array(run.keys[range])) { return run.cut(range) }
        }
        return nil
    }

    /// Schwartz–Hearst style: the acronym's letters, in order, are the first letter of every
    /// content word (a connector may give its first letter or nothing) plus any capitals or
    /// digits inside words ("OffSec Certified Professional" spells OSCP).
    private func spells(_ letters: [Unicode.Scalar], _ texts: [String], keys: [String]) -> Bool {
        guard let firstWord = texts.first?.lowercased().unicodeScalars.first, letters.first == firstWord else { return false }
        var reach: Set<Int> = [0]
        for (text, key) in zip(texts, keys) {
            let scalars = Array(text.unicodeScalars)
            let initial = Character(scalars[0]).lowercased().unicodeScalars.first!
            let inner = scalars.dropFirst().filter { $0.properties.isUppercase || ("0"..."9").contains($0) }
                .map { Character($0).lowercased().unicodeScalars.first! }
            var next = Set<Int>()
            for start in reach where start < letters.count && letters[start] == initial {
                var positions: Set<Int> = [start + 1]
                for scalar in inner {
                    for position in positions where position < letters.count && letters[position] == scalar { positions.insert(position + 1) }
                }
                next.formUnion(positions)
            }
            if connectors.contains(key) { next.formUnion(reach) }
            reach = next
            if reach.isEmpty { return false }
        }
        return reach.contains(letters.count)
    }

    /// Whether an expansion names a credential: it holds a credential word ("Certified"), or (when
    /// not strict and the sentence talks about exams) it ends in a job or level word.
    private func isCredential(_ keys: [String], strict: Bool, cue: Bool) -> Bool {
        if containsNotExam(keys) { return false }
        if keys.contains(where: markers.contains) { return keys.count >= 2 }
        return !strict && cue && keys.count >= 2 && tails.contains(keys.last!)
    }

    private func containsNotExam(_ keys: [String]) -> Bool {
        notExams.contains { phrase in
            !phrase.isEmpty && keys.count >= phrase.count
                && (0...(keys.count - phrase.count)).contains { Array(keys[$0..<($0 + phrase.count)]) == phrase }
        }
    }

    /// A credential-shaped name inside a run: from a vendor name or the credential word, to the
    /// last job or level word after it, with at least one word between ("Certified Ethical Hacker"),
    /// or to the subject after a job word ("Certified Specialist in Linux Diagnostics").
    private func credentialName(in run: Run) -> Run? {
        // "Azure Certifications for Developers": a plural credential word names a kind, not one credential.
        guard let marker = run.keys.firstIndex(where: markers.contains),
              run.texts[marker].lowercased() == run.keys[marker] else { return nil }
        var start = marker
        if let vendor = vendorNames.first(where: { name in
            marker >= name.keys.count && Array(run.keys[(marker - name.keys.count)..<marker]) == name.keys
        }) {
            start = marker - vendor.keys.count
        } else if marker > 0, !connectors.contains(run.keys[marker - 1]), !run.isSentenceStart(marker - 1),
                  run.content[marker] == run.content[marker - 1] + 1, !cues.contains(run.keys[marker - 1]) {
            // An issuer the vendor list does not know, right before the word: "Apigee Certified API Engineer".
            start = marker - 1
        }
        var end = run.keys.indices.last { $0 >= marker + 2 && tails.contains(run.keys[$0]) }
        // "Certified Specialist in Linux Diagnostics and Troubleshooting": a job word, a connector
        // and the subject, to the end of the capitalised stretch.
        if end == nil, marker + 3 < run.keys.count, opensSubject(run.keys, marker: marker) {
            // The subject stops at a mark ("… Tuning - Hardest Red Hat Exam") or a cue word ("exam").
            var last = marker + 2
            while last + 1 < run.keys.count, run.content[last + 1] == run.content[last] + 1, !cues.contains(run.keys[last + 1]) { last += 1 }
            if last > marker + 2, !connectors.contains(run.keys[last]) { end = last }
        }
        // "… Associate Developer for Apache Spark": a subject after the job word, to the end of
        // the capitalised stretch (a mark or a cue word ends it).
        if let last = end, last + 2 < run.keys.count, subjectConnectors.contains(run.keys[last + 1]),
           run.content[last + 1] == run.content[last] + 1 {
            var subjectEnd = last + 1
            while subjectEnd + 1 < run.keys.count, run.content[subjectEnd + 1] == run.content[subjectEnd] + 1,
                  !cues.contains(run.keys[subjectEnd + 1]), !connectors.contains(run.keys[subjectEnd + 1]) { subjectEnd += 1 }
            if subjectEnd > last + 1 { end = subjectEnd }
        }
        guard let end, end - start <= 8 else { return nil }
        let keys = Array(run.keys[start...end])
        if containsNotExam(keys) { return nil }
        return run.cut(start..<(end + 1))
    }

    /// Whether a capitalised word the vendor list does not know stands right before the run's
    /// credential word ("Databricks Certified …"), not at the sentence's start.
    private func hasUnknownIssuer(_ run: Run) -> Bool {
        guard let marker = run.keys.firstIndex(where: markers.contains), marker > 0 else { return false }
        let before = run.keys[marker - 1]
        return !connectors.contains(before) && !run.isSentenceStart(marker - 1) && run.content[marker] == run.content[marker - 1] + 1
            && !vendorNames.contains { $0.keys.last == before }
    }

    /// A name without a credential word that ends in a level word and is followed by a cue word:
    /// "the Terraform Authoring and Operations Professional exam". It starts after the last opener
    /// ("Take the …") and needs two words besides the level word, so "the Professional exam" is none.
    private func cuedName(in run: Run, words: [Word]) -> Run? {
        guard let lastKey = run.keys.last, rules.levelWords[lastKey] != nil, let lastWord = run.words.last,
              lastWord + 1 < words.count, cues.contains(ExamNameIndex.key(words[lastWord + 1].lower)) else { return nil }
        var start = (run.keys.lastIndex { openers.contains($0) }).map { $0 + 1 } ?? 0
        // A sentence's first word is capitalised for that reason alone unless it names a vendor.
        if start == 0, run.isSentenceStart(0), leadingVendor(run.keys) == nil { start = 1 }
        let keys = Array(run.keys[start...])
        guard keys.filter({ !connectors.contains($0) }).count >= 3, !connectors.contains(keys[0]),
              !containsNotExam(keys), !keys.contains(where: cues.contains) else { return nil }
        return run.cut(start..<run.keys.count)
    }

    /// A name of the shape "… Certified <job word> in <subject>".
    private func isSubjectName(_ name: Run) -> Bool {
        name.keys.firstIndex(where: markers.contains).map { opensSubject(name.keys, marker: $0) } ?? false
    }

    /// A job word and a connector right after the credential word ("Certified Specialist in …").
    private func opensSubject(_ keys: [String], marker: Int) -> Bool {
        marker + 2 < keys.count && tails.contains(keys[marker + 1]) && connectors.contains(keys[marker + 2])
    }

    /// Marks a code and its name may stand across ("EX188 - …", "… (EX188)").
    private static let codeJoins: Set<String> = ["-", "–", "—", ":", "(", ")"]

    /// A code written right before the name or right after it, across a dash, colon or
    /// parenthesis ("EX188 - Certified Specialist in Containers", "… Containers (EX188)").
    private func codeBeside(_ name: Run, in words: [Word]) -> (code: String, vendor: String?)? {
        guard let first = name.words.first, let last = name.words.last else { return nil }
        var before = first - 1
        while before >= 0, words[before].kind == .punctuation, Self.codeJoins.contains(words[before].text), first - before <= 2 { before -= 1 }
        var after = last + 1
        while after < words.count, words[after].kind == .punctuation, Self.codeJoins.contains(words[after].text), after - last <= 2 { after += 1 }
        for position in [before, after] where words.indices.contains(position) {
            let text = words[position].text
            if case .exams(let codes, .code)? = index.whole([ExamNameIndex.key(text.lowercased())]), codes.count == 1 {
                return (codes[0], nil)
            }
            // A shape plain numbers take too ("125-140 questions") names no exam here.
            if let shape = shapes?.match(text), !shape.needsCue { return (shape.current ?? text.uppercased(), shape.vendor) }
        }
        return nil
    }

    /// Name keys without a vendor name or credential word in front ("red hat certified specialist …"
    /// and "certified specialist …" both give "specialist …").
    private func withoutVendor(_ keys: [String]) -> [String] {
        var rest = keys[...]
        if let vendor = vendorNames.first(where: { keys.starts(with: $0.keys) && keys.count > $0.keys.count }) {
            rest = rest.dropFirst(vendor.keys.count)
        }
        while rest.count > 1, let first = rest.first, markers.contains(first) { rest = rest.dropFirst() }
        return Array(rest)
    }

    private func slice(_ sentence: AnalysedSentence, _ indices: [Int]) -> String {
        guard let first = indices.first, let last = indices.last else { return "" }
        let utf8 = Array(sentence.text.utf8)
        let range = sentence.words[first].range.lowerBound..<sentence.words[last].range.upperBound
        return String(decoding: utf8[range], as: UTF8.self)
    }
}
