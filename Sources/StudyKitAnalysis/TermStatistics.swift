import Foundation
import StudyKitModel

/// Per-stem statistics of the content words of a text, gathered in one pass:
/// what both keyphrase rankers need (YAKE-style features and a co-occurrence graph).
struct TermStatistics {
    /// Stem of each term id, ids given in order of first appearance.
    private(set) var stems: [String] = []
    /// Term id of each stem of the `PhraseWords` these statistics were built from; -1 for non-terms.
    private var termOfStem: [Int32] = []
    private(set) var frequency: [Int] = []
    /// Occurrences written with a capital inside a sentence (not its first word).
    private(set) var capitalized: [Int] = []
    /// Occurrences that are codes or all-capital acronyms.
    private(set) var acronym: [Int] = []
    /// Sentence index of every occurrence, ascending.
    private(set) var sentencesOfTerm: [[Int]] = []
    /// Sum of 1/(position+1) over occurrences, position counted in content words (PositionRank).
    private(set) var positionWeight: [Double] = []
    /// Occurrences followed by something other than a content word (a stop
    /// word, punctuation, the sentence end). Nouns end such runs; verbs before
    /// their object and adjectives before their noun almost never do.
    private(set) var endsRun: [Int] = []
    /// Distinct terms seen just before (left) and after (right) each term, and all such sightings.
    private var leftNeighbours: [Int] = []
    private var rightNeighbours: [Int] = []
    private var leftTotal: [Int] = []
    private var rightTotal: [Int] = []
    /// Co-occurrence counts by ordered pair, key `earlier << 32 | later`: one hash per
    /// sighting gives the distinct neighbours (the keys) and the graph's weights (both orders summed).
    private var cooccurrence: [Int64: Int] = [:]
    private(set) var sentenceCount = 0


    /// True for a word that may take part in statistics: content, not punctuation, not a bare letter.
    static func isTerm(_ word: Word) -> Bool {
        guard word.isContent else { return false }
        if word.kind == .word { return word.lower.utf8.count > 1 }
        return true
    }

    init(sentences: [AnalysedSentence], window: Int) {
        self.init(words: PhraseWords(sentences), window: window)
    }

    init(words: PhraseWords, window: Int) {
        let sentences = words.sentences
        sentenceCount = sentences.count
        let forms = words.forms
        let isTermForm = forms.indices.map { Self.isTerm(words.example(of: $0)) }
        termOfStem = [Int32](repeating: -1, count: words.stems.count)
        var position = 0
        var recent: [(token: Int, term: Int)] = []
        for (sentenceIndex, sentence) in sentences.enumerated() {
            // (token index, term id) of the content words of this sentence.
            recent.removeAll(keepingCapacity: true)
            var firstWordSeen = false
            let base = words.starts[sentenceIndex]
            let wordCount = words.starts[sentenceIndex + 1] - base
            for tokenIndex in 0..<wordCount {
                let form = Int(words.formOfWord[base + tokenIndex])
                if forms[form].kind == .punctuation {
                    recent.removeAll(keepingCapacity: true)
                    continue
                }
                let isFirstWord = !firstWordSeen
                firstWordSeen = true
                guard isTermForm[form] else { continue }
                let term = id(forStem: forms[form].stem, words)
                let nextIsTerm = tokenIndex + 1 < wordCount && isTermForm[Int(words.formOfWord[base + tokenIndex + 1])]
                if !nextIsTerm { endsRun[term] += 1 }
                frequency[term] += 1
                if forms[form].kind == .code || Self.isAcronym(sentence.words[tokenIndex].text) {
                    acronym[term] += 1
                } else if words.capitalized[base + tokenIndex] && !isFirstWord && !sentence.isHeading {
                    capitalized[term] += 1
                }
                if sentencesOfTerm[term].last != sentenceIndex { sentencesOfTerm[term].append(sentenceIndex) }
                positionWeight[term] += 1 / Double(position + 1)
                position += 1
                recent.removeAll { tokenIndex - $0.token > window }
                for earlier in recent where earlier.term != term {
                    leftTotal[term] += 1
                    rightTotal[earlier.term] += 1
                    cooccurrence[Int64(earlier.term) << 32 | Int64(term), default: 0] += 1
                }
                recent.append((tokenIndex, term))
            }
        }
        for key in cooccurrence.keys {
            rightNeighbours[Int(key >> 32)] += 1
            leftNeighbours[Int(key & 0xFFFF_FFFF)] += 1
        }
    }

    /// The term id of a stem, or nil when no term has it (a linear search, for checks and tests:
    /// the rankers use `term(ofForm:in:)`).
    func term(ofStem stem: String) -> Int? {
        stems.firstIndex(of: stem)
    }

    /// The term id of a word form of `words`, or nil when the form is not a term.
    func term(ofForm form: Int, in words: PhraseWords) -> Int? {
        let term = termOfStem[Int(words.forms[form].stem)]
        return term < 0 ? nil : Int(term)
    }

    var termCount: Int { stems.count }

    private mutating func id(forStem stemId: Int32, _ words: PhraseWords) -> Int {
        let known = termOfStem[Int(stemId)]
        if known >= 0 { return Int(known) }
        let new = stems.count
        let stem = words.stems[Int(stemId)]
        termOfStem[Int(stemId)] = Int32(new)
        stems.append(stem)
        frequency.append(0); endsRun.append(0); capitalized.append(0); acronym.append(0)
        sentencesOfTerm.append([]); positionWeight.append(0)
        leftNeighbours.append(0); rightNeighbours.append(0)
        leftTotal.append(0); rightTotal.append(0)
        return new
    }

    static func isAcronym(_ text: String) -> Bool {
        var letters = 0
        for byte in text.utf8 {
            if byte >= 97 && byte <= 122 { return false }
            if byte >= 65 && byte <= 90 { letters += 1 }
        }
        return letters > 1
    }

    /// YAKE-style term weight: lower means more important. Combines casing,
    /// position (median sentence), normalised frequency, context spread
    /// (terms seen beside many different words are generic) and sentence spread.
    func statisticalWeights() -> [Double] {
        guard termCount > 0 else { return [] }
        let counts = frequency.map(Double.init)
        let mean = counts.reduce(0, +) / Double(termCount)
        let variance = counts.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(termCount)
        let maxCount = counts.max() ?? 1
        let sentences = Double(max(sentenceCount, 1))
        return (0..<termCount).map { term in
            let count = counts[term]
            let casing = Double(max(capitalized[term], acronym[term])) / (1 + log(count))
            let occurrences = sentencesOfTerm[term]
            let median = Double(occurrences[occurrences.count / 2])
            let position = log(log(3 + median))
            let normalisedFrequency = count / (mean + variance.squareRoot())
            let left = leftTotal[term] == 0 ? 0 : Double(leftNeighbours[term]) / Double(leftTotal[term])
            let right = rightTotal[term] == 0 ? 0 : Double(rightNeighbours[term]) / Double(rightTotal[term])
            let relatedness = 1 + (left + right) * count / maxCount
            let spread = Double(occurrences.count) / sentences
            return relatedness * position / (casing + normalisedFrequency / relatedness + spread / relatedness)
        }
    }

    /// PositionRank: PageRank over the co-occurrence graph, teleporting
    /// towards terms that appear early and often. Higher means more important.
    func graphWeights(damping: Double) -> [Double] {
        var edges = [[(node: Int, weight: Double)]](repeating: [], count: termCount)
        // Both orders of a pair make one undirected edge.
        var pairs = cooccurrence.map { key, count in
            let earlier = Int(key >> 32), later = Int(key & 0xFFFF_FFFF)
            return (low: min(earlier, later), high: max(earlier, later), count: count)
        }
        pairs.sort { ($0.low, $0.high) < ($1.low, $1.high) }
        var index = 0
        while index < pairs.count {
            var count = pairs[index].count
            while index + 1 < pairs.count && pairs[index + 1].low == pairs[index].low && pairs[index + 1].high == pairs[index].high {
                index += 1
                count += pairs[index].count
            }
            edges[pairs[index].low].append((pairs[index].high, Double(count)))
            edges[pairs[index].high].append((pairs[index].low, Double(count)))
            index += 1
        }
        for term in 0..<termCount { edges[term].sort { $0.node < $1.node } }
        return WeightedPageRank(damping: damping).rank(edges: edges, teleport: positionWeight)
    }
}
