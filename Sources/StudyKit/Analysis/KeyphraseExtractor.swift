import Foundation

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
    let rules: KeyphraseRules
    private let connectors: Set<String>
    private let weakEdges: Set<String>
    /// Stems of common English words, so "systems" counts like "system".
    private let commonStems: Set<String>
    /// Word-class cues built once from the rules; each call copies them and adds what the text shows.
    private let baseCues: PartOfSpeechCues

    /// The extractor with the bundled rules; throws if `keyphrase-rules.json` is malformed.
    public static func standard() throws -> KeyphraseExtractor {
        KeyphraseExtractor(rules: try KeyphraseRules.load())
    }

    init(rules: KeyphraseRules) {
        self.rules = rules
        connectors = Set(rules.innerConnectors)
        weakEdges = Set(rules.weakEdgeWords)
        let stemmer = EnglishStemmer()
        commonStems = Set(rules.spread.commonWords.map { stemmer.stem($0) })
        baseCues = PartOfSpeechCues(rules: rules.partOfSpeech)
    }

    public func keyphrases(in sentences: [AnalysedSentence], top: Int) -> [Keyphrase] {
        guard top > 0 else { return [] }
        let statistics = TermStatistics(sentences: sentences, window: rules.cooccurrenceWindow)
        var cues = baseCues
        cues.observe(sentences)
        let candidates = collectCandidates(sentences, statistics, cues)
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
        let spread = TermSpread(statistics: statistics, sentences: sentences, parts: rules.spread.parts)
        let fused = candidates.indices.map {
            (rules.statisticalWeight / (rules.fusionConstant + Double(statisticalRank[$0]))
                + rules.graphWeight / (rules.fusionConstant + Double(graphRank[$0])))
                * spreadFactor(candidates[$0], spread)
        }
        let order = candidates.indices.sorted {
            fused[$0] != fused[$1] ? fused[$0] > fused[$1] : candidates[$0].key < candidates[$1].key
        }
        return select(order.map { (candidates[$0], fused[$0]) }, top: top)
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
    private func select(_ ranked: [(PhraseCandidate, Double)], top: Int) -> [Keyphrase] {
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
            Keyphrase(phrase: candidate.surface, score: ((score / best) * 10_000).rounded() / 10_000)
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

    private func collectCandidates(_ sentences: [AnalysedSentence], _ statistics: TermStatistics,
                                   _ cues: PartOfSpeechCues) -> [PhraseCandidate] {
        var byKey: [String: Int] = [:]
        var candidates: [PhraseCandidate] = []
        for sentence in sentences {
            for run in runs(in: sentence.words) {
                for start in run.indices {
                    guard canEdge(run[start], atStart: true) else { continue }
                    for end in start..<min(run.count, start + rules.maxWords) {
                        // A verb anywhere (but the connector) spoils this phrase and every longer one,
                        // and a plural or third-person form ends it.
                        if end > start && cues.stopsPhrase(run[end - 1], isName: isName(run[end - 1], statistics)) { break }
                        guard connectors.contains(run[end].lower) || cues.canStartOrContinue(run[end], atStart: end == start) else { break }
                        // A participle before "of" or an "-ing" form is a verb ("smelled of", "finished learning").
                        if end > start && cues.isParticiple(run[end - 1])
                            && (connectors.contains(run[end].lower) || run[end].lower.hasSuffix("ing")) { break }
                        let slice = run[start...end]
                        guard canEdge(run[end], atStart: false), cues.canEnd(run[end], isName: isName(run[end], statistics)),
                              statistics.idByStem[run[end].stem].map({ statistics.endsRun[$0] > 0 }) ?? true
                        else { continue }
                        if start == end && cues.isBareGerund(run[end]) { continue }
                        let stems = slice.map(\.stem)
                        let key = stems.joined(separator: " ")
                        let surface = slice.map(\.text).joined(separator: " ")
                        if let known = byKey[key] {
                            candidates[known].add(surface: surface)
                        } else {
                            byKey[key] = candidates.count
                            let terms = slice.filter { !connectors.contains($0.lower) }
                                .compactMap { statistics.idByStem[$0.stem] }
                            var candidate = PhraseCandidate(key: key, stemSequence: stems, terms: terms)
                            candidate.isAllCommon = slice.allSatisfy {
                                connectors.contains($0.lower) || commonStems.contains($0.stem)
                            }
                            candidate.add(surface: surface)
                            candidates.append(candidate)
                        }
                    }
                }
            }
        }
        return candidates
    }

    /// Written with a capital mid-sentence most of the time: a name, hence a noun.
    private func isName(_ word: Word, _ statistics: TermStatistics) -> Bool {
        guard let term = statistics.idByStem[word.stem] else { return false }
        return 2 * statistics.capitalized[term] > statistics.frequency[term]
    }

    /// Maximal stretches of words that a phrase may span: content words and
    /// inner connectors, cut at punctuation, at every other stop word and at a
    /// possessive ("Azure's operational rhythm" holds no phrase across "Azure's").
    private func runs(in words: [Word]) -> [[Word]] {
        var runs: [[Word]] = []
        var current: [Word] = []
        for word in words {
            if TermStatistics.isTerm(word) && !word.lower.hasSuffix("'s") || (connectors.contains(word.lower) && !current.isEmpty) {
                current.append(word)
            } else if !current.isEmpty {
                runs.append(current)
                current = []
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
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
    var key: String
    var stemSequence: [String]
    var terms: [Int]
    var count = 0
    /// Every word is a common English word (connectors aside).
    var isAllCommon = false
    private var surfaces: [String: (count: Int, first: Int)] = [:]

    init(key: String, stemSequence: [String], terms: [Int]) {
        self.key = key
        self.stemSequence = stemSequence
        self.terms = terms
    }

    mutating func add(surface: String) {
        let seen = surfaces[surface] ?? (0, count)
        surfaces[surface] = (seen.count + 1, seen.first)
        count += 1
    }

    /// The most frequent way of writing it; the earliest on a tie.
    var surface: String {
        surfaces.min { a, b in
            a.value.count != b.value.count ? a.value.count > b.value.count : a.value.first < b.value.first
        }?.key ?? key
    }
}

extension Array where Element == String {
    /// True when `other` occurs as a contiguous run inside this array.
    func containsRun(_ other: [String]) -> Bool {
        guard !other.isEmpty, other.count <= count else { return false }
        for start in 0...(count - other.count) where self[start..<(start + other.count)].elementsEqual(other) {
            return true
        }
        return false
    }
}
