import StudyKitModel
import StudyKitText

/// A word pattern from `extraction-rules.json`, matched against one sentence
/// whose exam mentions count as single items.
///
/// Syntax: `word` or `a|b` match a word by lower-case form or stem; `{exam}`
/// matches one exam mention; `{traits}` captures words up to the next element;
/// `*` skips up to 8 words, `*3` up to 3. Punctuation is ignored. Mentions
/// over the same words (one name for several exams) form one item.
struct SentencePattern: Sendable {
    private enum Element: Sendable {
        case words(Set<String>)
        case exam
        case capture
        case gap(Int)
    }

    struct Match: Sendable, Equatable {
        /// The exams each `{exam}` bound, in pattern order (several when one name stands for several exams).
        var subjects: [[String]]
        /// The first exam of each subject.
        var exams: [String] { subjects.compactMap(\.first) }
        /// Word indices of the `{traits}` capture.
        var capture: Range<Int>?
        /// Word indices the whole match covers.
        var words: Range<Int> = 0..<0
    }

    /// A word or exam mention of a sentence, as patterns see it (word ids from a `WordTable`).
    enum Item: Sendable {
        case word(lower: Int32, stem: Int32, index: Int)
        case exam(codes: [String], words: Range<Int>)

        var firstWord: Int {
            switch self {
            case .word(_, _, let index): return index
            case .exam(_, let words): return words.lowerBound
            }
        }
        var endWord: Int {
            switch self {
            case .word(_, _, let index): return index + 1
            case .exam(_, let words): return words.upperBound
            }
        }
        var isExam: Bool {
            if case .exam = self { return true }
            return false
        }
    }

    private let elements: [Element]

    /// How many `{exam}` slots the pattern has (none: it speaks of the exam the sentence points back at).
    var examSlots: Int {
        elements.filter { if case .exam = $0 { return true } else { return false } }.count
    }

    init(_ pattern: String) {
        let stemmer = EnglishStemmer()
        elements = pattern.split(separator: " ").map { part in
            switch part {
            case "{exam}": return .exam
            case "{traits}": return .capture
            case _ where part.hasPrefix("*"): return .gap(Int(part.dropFirst()) ?? 8)
            default:
                let words = part.lowercased().split(separator: "|").map(String.init)
                return .words(Set(words + words.map { stemmer.stem($0) }))
            }
        }
    }

    /// The leftmost match in the sentence (or its word range), if any.
    func firstMatch(in sentence: AnalysedSentence, mentions: [ExamMention], within range: Range<Int>? = nil) -> Match? {
        let table = WordTable(sentences: [sentence])
        let items = Self.items(sentence, number: 0, mentions: mentions, table: table, within: range ?? 0..<sentence.words.count)
        return bound(to: table).firstMatch(in: items)
    }

    /// The pattern in a document's word ids.
    func bound(to table: WordTable) -> Bound {
        let steps = elements.map { element -> Bound.Step in
            switch element {
            case .words(let forms): return .words(forms.map { table.id(of: $0) }.filter { $0 != WordTable.absent })
            case .exam: return .exam
            case .capture: return .capture
            case .gap(let limit): return .gap(limit)
            }
        }
        return Bound(steps: steps)
    }

    /// A pattern turned into one document's word ids.
    struct Bound: Sendable {
        fileprivate enum Step: Sendable {
            case words([Int32])
            case exam
            case capture
            case gap(Int)
        }

        fileprivate let steps: [Step]
        /// A sentence with fewer exam mentions (or words) than this cannot match.
        private let exams: Int
        private let words: Int

        fileprivate init(steps: [Step]) {
            self.steps = steps
            var exams = 0, words = 0
            for step in steps {
                switch step {
                case .exam: exams += 1
                case .words: words += 1
                case .capture, .gap: break
                }
            }
            self.exams = exams
            self.words = words
        }

        /// Whether the sentence has enough exam mentions and words for a match, and holds one of
        /// each word element's forms: most patterns fail here without trying any position.
        private func mayMatch(_ items: [Item], present: Facts? = nil) -> Bool {
            if exams == 0 && words == 0 { return true }
            var foundExams = 0, foundWords = 0
            if let present {
                foundExams = present.exams
                foundWords = present.words
            } else {
                for item in items {
                    if item.isExam { foundExams += 1 } else { foundWords += 1 }
                }
            }
            guard foundExams >= exams && foundWords >= words else { return false }
            for step in steps {
                guard case .words(let forms) = step else { continue }
                let found: Bool
                if let present {
                    found = forms.contains(where: present.has)
                } else {
                    found = items.contains { item in
                        guard case .word(let lower, let stem, _) = item else { return false }
                        return forms.contains(lower) || forms.contains(stem)
                    }
                }
                if !found { return false }
            }
            return true
        }

        /// What a sentence's items hold, worked out once for many patterns: exam and word counts,
        /// and the word ids (forms and stems).
        struct Facts {
            var exams = 0
            var words = 0
            /// Lower-case and stem ids of the sentence's words, sorted: a sentence has a few dozen,
            /// and a binary search beats hashing each into a set.
            var ids: [Int32] = []

            func has(_ id: Int32) -> Bool {
                var low = 0, high = ids.count
                while low < high {
                    let middle = (low + high) / 2
                    if ids[middle] < id { low = middle + 1 } else { high = middle }
                }
                return low < ids.count && ids[low] == id
            }
        }

        static func present(in items: [Item]) -> Facts {
            var facts = Facts()
            for item in items {
                if case .word(let lower, let stem, _) = item {
                    facts.ids.append(lower)
                    facts.ids.append(stem)
                    facts.words += 1
                } else {
                    facts.exams += 1
                }
            }
            facts.ids.sort()
            return facts
        }

        /// The leftmost match among a sentence's items, if any.
        func firstMatch(in items: [Item], present: Facts? = nil) -> Match? {
            guard mayMatch(items, present: present) else { return nil }
            for start in items.indices {
                if let found = match(items, step: 0, at: start, exams: [], capture: nil) { return found.spanning(items, from: start) }
            }
            return nil
        }

        /// One match per starting item, so chains ("A, then B, then C") yield every pair.
        func allMatches(in items: [Item], present: Facts? = nil) -> [Match] {
            guard mayMatch(items, present: present) else { return [] }
            var result: [Match] = []
            for start in items.indices {
                if let found = match(items, step: 0, at: start, exams: [], capture: nil)?.spanning(items, from: start),
                   !result.contains(where: { $0.subjects == found.subjects && $0.capture == found.capture }) {
                    result.append(found)
                }
            }
            return result
        }

        private func match(_ items: [Item], step: Int, at position: Int, exams: [[String]], capture: Range<Int>?) -> Match? {
            guard step < steps.count else { return Match(subjects: exams, capture: capture, words: 0..<position) }
            let next = step + 1
            switch steps[step] {
            case .words(let forms):
                guard position < items.count, case .word(let lower, let stem, _) = items[position],
                      forms.contains(lower) || forms.contains(stem) else { return nil }
                return match(items, step: next, at: position + 1, exams: exams, capture: capture)
            case .exam:
                guard position < items.count, case .exam(let codes, _) = items[position] else { return nil }
                return match(items, step: next, at: position + 1, exams: exams + [codes], capture: capture)
            case .gap(let limit):
                for skip in 0...limit where position + skip <= items.count {
                    if let found = match(items, step: next, at: position + skip, exams: exams, capture: capture) { return found }
                }
                return nil
            case .capture:
                // Shortest capture that lets the rest match; a final capture runs to the end.
                guard position < items.count else { return nil }
                let ends = next == steps.count ? items.count...items.count : (position + 1)...items.count
                for end in ends {
                    let captured = items[position].firstWord..<items[end - 1].endWord
                    if let found = match(items, step: next, at: end, exams: exams, capture: captured) { return found }
                }
                return nil
            }
        }
    }

    /// A sentence's words and exam mentions (mentions over the same words as one item), punctuation left out.
    static func items(_ sentence: AnalysedSentence, number: Int, mentions: [ExamMention], table: WordTable,
                      within range: Range<Int>) -> [Item] {
        var items: [Item] = []
        let base = table.start(of: number)
        var position = range.lowerBound
        var pending = mentions.filter { range.contains($0.words.lowerBound) }.sorted { $0.words.lowerBound < $1.words.lowerBound }[...]
        while position < range.upperBound {
            // Skip mentions overlapped by an earlier one.
            while let mention = pending.first, mention.words.lowerBound < position { pending = pending.dropFirst() }
            if let mention = pending.first, mention.words.lowerBound == position {
                let same = pending.prefix { $0.words == mention.words }
                items.append(.exam(codes: ExamContext.subjects(Array(same)).first ?? [mention.code], words: mention.words))
                position = mention.words.upperBound
                pending = pending.dropFirst(same.count)
                continue
            }
            if sentence.words[position].kind != .punctuation {
                items.append(.word(lower: table.lowers[base + position], stem: table.stems[base + position], index: position))
            }
            position += 1
        }
        return items
    }
}

extension SentencePattern.Match {
    /// The match with `words` set from item positions (`words` holds the end item position until then).
    func spanning(_ items: [SentencePattern.Item], from start: Int) -> Self {
        var copy = self
        let end = words.upperBound
        copy.words = start < items.count && end > start ? items[start].firstWord..<items[end - 1].endWord : 0..<0
        return copy
    }
}
