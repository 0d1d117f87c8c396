import Foundation
import StudyKitModel
import StudyKitText
import StudyKitRules

/// A phrase that names what a text is about. `score` is in 0...1, higher is better.
public struct Keyphrase: Sendable, Equatable {
    public var phrase: String
    public var score: Double

    public init(phrase: String, score: Double) {
        self.phrase = phrase
        self.score = score
    }
}

/// Unsupervised keyphrase extraction for a document or one section.
///
/// Candidates are runs of content words (codes and names included) that do
/// not cross punctuation or stop words, 1 to `maxWords` long. Two rankings
/// are fused by reciprocal rank, because each fails differently: the
/// YAKE-style statistics (casing, position, frequency, context spread) favour
/// salient names and codes, while the PositionRank-style word graph favours
/// terms central to the text. Variants with the same stem sequence are one
/// candidate; a phrase inside a better one is not listed again.
public struct KeyphraseExtractor: Sendable {
    package let rules: KeyphraseRules
    private let connectors: Set<String>
    private let weakEdges: Set<String>
    /// Stems of common English words, so "systems" counts like "system".
    private let commonStems: Set<String>
    /// Word-class cues built once from the rules; each call copies them and adds what the text shows.
    private let baseCues: PartOfSpeechCues

    public init(rules: KeyphraseRules) {
        self.rules = rules
        connectors = Set(rules.innerConnectors)
        weakEdges = Set(rules.weakEdgeWords)
        let stemmer = EnglishStemmer()
        commonStems = Set(rules.spread.commonWords.map { stemmer.stem($0) })
        baseCues = PartOfSpeechCues(rules: rules.partOfSpeech)
    }

    /// `vocabulary`: stem keys (see `vocabularyKey`) of phrases known to be topical,
    /// such as the skill keywords of the exams the text names; they are boosted.
    public func keyphrases(in sentences: [AnalysedSentence], top: Int, vocabulary: Set<String> = []) -> [Keyphrase] {
        guard top > 0 else { return [] }
        let words = PhraseWords(sentences)
        return keyphrases(words, fixedFacts(of: words), top: top, vocabulary: vocabulary)
    }

    /// A phrase's key for `vocabulary`: its words' stems, space-separated, as candidates are keyed.
    public static func vocabularyKey(_ phrase: String) -> String {
        let stemmer = EnglishStemmer()
        return PhraseIndex<Int>.split(phrase)
            .map { PhraseIndex<Int>.isAlphabetic($0) ? stemmer.stem($0) : $0 }
            .joined(separator: " ")
    }

    /// The text's keyphrases and those of each run of sentences in `sections`
    /// (the same as calling `keyphrases(in:top:)` on each), with the words
    /// interned and their spelling checked once for all of them.
    public func keyphrases(in sentences: [AnalysedSentence], top: Int, sections: [Range<Int>], sectionTop: Int,
                           vocabulary: Set<String> = []) -> (document: [Keyphrase], sections: [[Keyphrase]]) {
        let words = PhraseWords(sentences)
        let fixed = fixedFacts(of: words)
        let document = top > 0 ? keyphrases(words, fixed, top: top, vocabulary: vocabulary) : []
        var scratch: (forms: [Int32], stems: [Int32]) = ([], [])
        let bySection = sections.map { range in
            sectionTop > 0
                ? keyphrases(words.subset(range, scratch: &scratch), fixed, top: sectionTop, vocabulary: vocabulary) : []
        }
        return (document, bySection)
    }

    /// `fixed`: what each form's spelling says, by form id of the whole text (`PhraseWords.Form.global`).
    private func keyphrases(_ words: PhraseWords, _ fixed: [FixedFacts], top: Int, vocabulary: Set<String>) -> [Keyphrase] {
        let statistics = TermStatistics(words: words, window: rules.cooccurrenceWindow)
        let facts = facts(of: words, fixed, statistics, baseCues.tallies(words))
        let candidates = collectCandidates(words, statistics, facts)
        guard !candidates.isEmpty else { return [] }

        // Ranking 1: YAKE-style, lower weight is better.
        let termWeights = statistics.statisticalWeights()
        let statistical = candidates.map { candidate -> Double in
            var product = 1.0, sum = 0.0
            for term in candidate.terms {
                product *= termWeights[term]
                sum += termWeights[term]
            }
            return product / (Double(candidate.count) * (1 + sum))
        }
        // Ranking 2: PositionRank-style, higher is better.
        let graphTerms = statistics.graphWeights(damping: 0.85)
        let graph = candidates.map { candidate -> Double in
            let total = candidate.terms.reduce(0) { $0 + graphTerms[$1] }
            return candidate.count > 1 ? total : total * rules.singleOccurrenceFactor
        }
        let statisticalRank = ranks(of: candidates.indices.map { -statistical[$0] }, candidates)
        let graphRank = ranks(of: graph, candidates)
        let spread = TermSpread(statistics: statistics, sentences: words.sentences, parts: rules.spread.parts)
        let fused = candidates.indices.map {
            (rules.statisticalWeight / (rules.fusionConstant + Double(statisticalRank[$0]))
                + rules.graphWeight / (rules.fusionConstant + Double(graphRank[$0])))
                * spreadFactor(candidates[$0], spread)
                * (vocabulary.contains(candidates[$0].key) ? rules.examVocabularyBoost : 1)
        }
        let order = candidates.indices.sorted {
            fused[$0] != fused[$1] ? fused[$0] > fused[$1] : candidates[$0].key < candidates[$1].key
        }
        return select(order.map { (candidates[$0], fused[$0]) }, top: top, words: words)
    }

    /// Topical boost for phrases of recurring but concentrated terms; a penalty
    /// for phrases made only of common words that are spread evenly everywhere.
    func spreadFactor(_ candidate: PhraseCandidate, _ spread: TermSpread) -> Double {
        guard !candidate.terms.isEmpty else { return 1 }
        var burstiness = 0.0, evenness = 0.0
        for term in candidate.terms {
            evenness += spread.ratio[term]
            if spread.sentenceCount[term] >= rules.spread.topicalMinSentences {
                burstiness += 1 - spread.ratio[term]
            }
        }
        let count = Double(candidate.terms.count)
        var factor = 1 + rules.spread.topicalBoost * burstiness / count
        if candidate.isAllCommon && evenness / count >= rules.spread.evenSpreadRatio {
            factor *= rules.spread.genericFactor
        }
        return factor
    }

    /// Drops phrases that repeat a better one, then normalises scores to the best.
    private func select(_ ranked: [(PhraseCandidate, Double)], top: Int, words: PhraseWords) -> [Keyphrase] {
        var chosen: [(PhraseCandidate, Double)] = []
        for (candidate, score) in ranked {
            if chosen.count == top { break }
            let redundant = chosen.contains { better, _ in
                if better.stemSequence.containsRun(candidate.stemSequence) { return true }
                return candidate.stemSequence.containsRun(better.stemSequence)
                    && Double(candidate.count) < rules.containingPhraseMinShare * Double(better.count)
            }
            if !redundant { chosen.append((candidate, score)) }
        }
        let best = chosen.first?.1 ?? 1
        return chosen.map { candidate, score in
            Keyphrase(phrase: candidate.surface(in: words), score: ((score / best) * 10_000).rounded() / 10_000)
        }
    }

    /// 0-based rank of each candidate by descending value (ties by key).
    private func ranks(of values: [Double], _ candidates: [PhraseCandidate]) -> [Int] {
        let order = values.indices.sorted {
            values[$0] != values[$1] ? values[$0] > values[$1] : candidates[$0].key < candidates[$1].key
        }
        var rank = [Int](repeating: 0, count: values.count)
        for (position, index) in order.enumerated() { rank[index] = position }
        return rank
    }

    /// What the candidate search asks of each word form, answered once per form.
    struct FormFacts: OptionSet {
        let rawValue: UInt32
        /// May stand in a run (a term, not a possessive).
        static let inRun = FormFacts(rawValue: 1 << 0)
        static let connector = FormFacts(rawValue: 1 << 1)
        static let opensPhrase = FormFacts(rawValue: 1 << 2)
        /// `canEdge` at the end, `cues.canEnd` and "ends a run somewhere in the text", together.
        static let closesPhrase = FormFacts(rawValue: 1 << 3)
        /// Ends the phrase when written in lower case (`cues.stopsPhrase`).
        static let stopsPhraseInLowerCase = FormFacts(rawValue: 1 << 4)
        static let startsPhrase = FormFacts(rawValue: 1 << 5)
        static let continuesPhrase = FormFacts(rawValue: 1 << 6)
        static let participle = FormFacts(rawValue: 1 << 7)
        /// A connector or an "-ing" form: after a participle, the participle was a verb.
        static let connectorOrGerundShape = FormFacts(rawValue: 1 << 8)
        static let bareGerund = FormFacts(rawValue: 1 << 9)
        /// A connector or a common English word.
        static let common = FormFacts(rawValue: 1 << 10)
    }

    /// What a form's spelling alone decides, worked out once per form of a text.
    struct FixedFacts {
        /// `inRun`, `connector`, `connectorOrGerundShape`, `opensPhrase`, `common`.
        var facts: FormFacts
        /// Passes `canEdge` as the last word of a phrase.
        var canClose: Bool
        var shape: PartOfSpeechCues.Shape
    }

    func fixedFacts(of words: PhraseWords) -> [FixedFacts] {
        words.forms.indices.map { form in
            let word = words.example(of: form)
            var facts: FormFacts = []
            let isConnector = connectors.contains(word.lower)
            if TermStatistics.isTerm(word) && !word.lower.hasSuffix("'s") { facts.insert(.inRun) }
            if isConnector { facts.insert([.connector, .connectorOrGerundShape]) }
            if word.lower.hasSuffix("ing") { facts.insert(.connectorOrGerundShape) }
            if canEdge(word, atStart: true) { facts.insert(.opensPhrase) }
            if isConnector || commonStems.contains(word.stem) { facts.insert(.common) }
            return FixedFacts(facts: facts, canClose: canEdge(word, atStart: false),
                              shape: baseCues.shape(lower: word.lower, kind: word.kind))
        }
    }

    /// The per-form answers of the rules and cues for this text: the fixed facts
    /// combined with how the text uses each form (`tallies`) and its statistics.
    private func facts(of words: PhraseWords, _ fixed: [FixedFacts], _ statistics: TermStatistics,
                       _ tallies: [(noun: Int, verb: Int, counted: Bool)]) -> [FormFacts] {
        words.forms.indices.map { form in
            let known = fixed[Int(words.forms[form].global)]
            let shape = known.shape
            let seen = (noun: tallies[form].noun, verb: tallies[form].verb)
            let term = statistics.term(ofForm: form, in: words)
            let isName = term.map { 2 * statistics.capitalized[$0] > statistics.frequency[$0] } ?? false
            var facts = known.facts
            if known.canClose, PartOfSpeechCues.canEnd(shape, seen, isName: isName),
               term.map({ statistics.endsRun[$0] > 0 }) ?? true {
                facts.insert(.closesPhrase)
            }
            if PartOfSpeechCues.stopsPhrase(shape, isName: isName, isCapitalized: false) {
                facts.insert(.stopsPhraseInLowerCase)
            }
            if PartOfSpeechCues.canStartOrContinue(shape, seen, atStart: true) { facts.insert(.startsPhrase) }
            if PartOfSpeechCues.canStartOrContinue(shape, seen, atStart: false) { facts.insert(.continuesPhrase) }
            if shape.contains(.participle) { facts.insert(.participle) }
            if PartOfSpeechCues.isBareGerund(shape, seen) { facts.insert(.bareGerund) }
            return facts
        }
    }

    /// Every phrase the rules allow, grouped by stem sequence. Phrases are
    /// looked up in a trie of stem ids, so a phrase one word longer than the
    /// last costs one integer lookup, never a string.
    private func collectCandidates(_ words: PhraseWords, _ statistics: TermStatistics,
                                   _ facts: [FormFacts]) -> [PhraseCandidate] {
        var candidates: [PhraseCandidate] = []
        /// (parent node + 1) << 32 | stem id → trie node; the root is -1.
        var nodes: [Int64: Int32] = [:]
        var candidateOfNode: [Int32] = []
        let forms = words.forms
        for sentence in words.sentences.indices {
            let base = words.starts[sentence]
            let end = words.starts[sentence + 1]
            var runStart = base
            while runStart < end {
                // A run: content words and inner connectors, cut at punctuation and other stop words.
                guard facts[Int(words.formOfWord[runStart])].contains(.inRun) else {
                    runStart += 1
                    continue
                }
                var runEnd = runStart + 1
                while runEnd < end, !facts[Int(words.formOfWord[runEnd])].isDisjoint(with: [.inRun, .connector]) {
                    runEnd += 1
                }
                for start in runStart..<runEnd {
                    guard facts[Int(words.formOfWord[start])].contains(.opensPhrase) else { continue }
                    var node: Int32 = -1
                    for last in start..<min(runEnd, start + rules.maxWords) {
                        let form = Int(words.formOfWord[last])
                        let here = facts[form]
                        if last > start {
                            let previous = facts[Int(words.formOfWord[last - 1])]
                            // A verb anywhere (but the connector) spoils this phrase and every longer one,
                            // and a plural or third-person form ends it.
                            if previous.contains(.stopsPhraseInLowerCase) && !words.capitalized[last - 1] { break }
                            guard !here.isDisjoint(with: [.connector, .continuesPhrase]) else { break }
                            // A participle before "of" or an "-ing" form is a verb ("smelled of", "finished learning").
                            if previous.contains(.participle) && here.contains(.connectorOrGerundShape) { break }
                        } else {
                            guard !here.isDisjoint(with: [.connector, .startsPhrase]) else { break }
                        }
                        let stem = forms[form].stem
                        let key = Int64(node + 1) << 32 | Int64(stem)
                        if let known = nodes[key] {
                            node = known
                        } else {
                            node = Int32(candidateOfNode.count)
                            nodes[key] = node
                            candidateOfNode.append(-1)
                        }
                        guard here.contains(.closesPhrase) else { continue }
                        if start == last && here.contains(.bareGerund) { continue }
                        let occurrence = PhraseCandidate.Occurrence(sentence: sentence, start: start - base,
                                                                    length: last - start + 1)
                        let known = candidateOfNode[Int(node)]
                        if known >= 0 {
                            candidates[Int(known)].add(occurrence, words)
                            continue
                        }
                        candidateOfNode[Int(node)] = Int32(candidates.count)
                        let slice = (start...last).map { Int(words.formOfWord[$0]) }
                        var candidate = PhraseCandidate(
                            key: slice.map { words.stems[Int(forms[$0].stem)] }.joined(separator: " "),
                            stemSequence: slice.map { forms[$0].stem },
                            terms: slice.filter { !facts[$0].contains(.connector) }
                                .compactMap { statistics.term(ofForm: $0, in: words) })
                        candidate.isAllCommon = slice.allSatisfy { facts[$0].contains(.common) }
                        candidate.add(occurrence, words)
                        candidates.append(candidate)
                    }
                }
                runStart = runEnd
            }
        }
        return candidates
    }

    private func canEdge(_ word: Word, atStart: Bool) -> Bool {
        guard TermStatistics.isTerm(word), !weakEdges.contains(word.lower) else { return false }
        if word.lower.hasSuffix("ly") && word.kind == .word && word.lower.utf8.count > 4 { return false }
        // A possessive modifies what follows ("Azure's tools"): never the last word.
        if !atStart && word.lower.hasSuffix("'s") { return false }
        return !(atStart && word.kind == .number)
    }
}

/// One distinct phrase (by stem sequence) with its surface forms.
struct PhraseCandidate {
    /// Where a phrase occurs: its sentence, its first word there and its length in words.
    struct Occurrence {
        var sentence: Int
        var start: Int
        var length: Int
    }

    var key: String
    var stemSequence: [Int32]
    var terms: [Int]
    var count = 0
    /// Every word is a common English word (connectors aside).
    var isAllCommon = false
    /// Each distinct way of writing it: an occurrence, how often, and the count when first seen.
    private var surfaces: [(example: Occurrence, count: Int, first: Int)] = []

    init(key: String, stemSequence: [Int32], terms: [Int]) {
        self.key = key
        self.stemSequence = stemSequence
        self.terms = terms
    }

    mutating func add(_ occurrence: Occurrence, _ words: PhraseWords) {
        if let known = surfaces.firstIndex(where: { words.sameText($0.example, occurrence) }) {
            surfaces[known].count += 1
        } else {
            surfaces.append((occurrence, 1, count))
        }
        count += 1
    }

    /// The most frequent way of writing it; the earliest on a tie.
    func surface(in words: PhraseWords) -> String {
        guard let best = surfaces.min(by: { a, b in a.count != b.count ? a.count > b.count : a.first < b.first })
        else { return key }
        return words.text(of: best.example)
    }
}

extension Array where Element: Equatable {
    /// True when `other` occurs as a contiguous run inside this array.
    func containsRun(_ other: [Element]) -> Bool {
        guard !other.isEmpty, other.count <= count else { return false }
        for start in 0...(count - other.count) where self[start..<(start + other.count)].elementsEqual(other) {
            return true
        }
        return false
    }
}
