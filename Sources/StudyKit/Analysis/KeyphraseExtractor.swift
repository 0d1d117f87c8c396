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
public struct KeyphraseExtractor {
    let rules: KeyphraseRules
    private let connectors: Set<String>
    private let weakEdges: Set<String>

    public init() {
        self.init(rules: Self.bundledRules)
    }

    init(rules: KeyphraseRules) {
        self.rules = rules
        connectors = Set(rules.innerConnectors)
        weakEdges = Set(rules.weakEdgeWords)
    }

    private static let bundledRules: KeyphraseRules = {
        do { return try KeyphraseRules.load() } catch { fatalError("bundled keyphrase-rules.json: \(error)") }
    }()

    public func keyphrases(in sentences: [AnalysedSentence], top: Int) -> [Keyphrase] {
        guard top > 0 else { return [] }
        let statistics = TermStatistics(sentences: sentences, window: rules.cooccurrenceWindow)
        let candidates = collectCandidates(sentences, statistics)
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
        let fused = candidates.indices.map {
            rules.statisticalWeight / (rules.fusionConstant + Double(statisticalRank[$0]))
                + rules.graphWeight / (rules.fusionConstant + Double(graphRank[$0]))
        }
        let order = candidates.indices.sorted {
            fused[$0] != fused[$1] ? fused[$0] > fused[$1] : candidates[$0].key < candidates[$1].key
        }
        return select(order.map { (candidates[$0], fused[$0]) }, top: top)
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

    private func collectCandidates(_ sentences: [AnalysedSentence], _ statistics: TermStatistics) -> [PhraseCandidate] {
        var byKey: [String: Int] = [:]
        var candidates: [PhraseCandidate] = []
        for sentence in sentences {
            for run in runs(in: sentence.words) {
                for start in run.indices {
                    guard canEdge(run[start], atStart: true) else { continue }
                    for end in start..<min(run.count, start + rules.maxWords) {
                        let slice = run[start...end]
                        guard canEdge(run[end], atStart: false),
                              statistics.idByStem[run[end].stem].map({ statistics.endsRun[$0] > 0 }) ?? true
                        else { continue }
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
                            candidate.add(surface: surface)
                            candidates.append(candidate)
                        }
                    }
                }
            }
        }
        return candidates
    }

    /// Maximal stretches of words that a phrase may span: content words and
    /// inner connectors, cut at punctuation and at every other stop word.
    private func runs(in words: [Word]) -> [[Word]] {
        var runs: [[Word]] = []
        var current: [Word] = []
        for word in words {
            if TermStatistics.isTerm(word) || (connectors.contains(word.lower) && !current.isEmpty) {
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
