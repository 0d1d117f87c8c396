import Foundation
import StudyKitModel
import StudyKitRules
import StudyKitText

/// The sentences chosen to summarise one section.
public struct SectionSummary: Sendable, Equatable {
    public var sectionIndex: Int
    /// Indices into the analysed sentences, in document order.
    public var sentences: [Int]

    public init(sectionIndex: Int, sentences: [Int]) {
        self.sectionIndex = sectionIndex
        self.sentences = sentences
    }
}

/// Extractive summaries: LexRank-style centrality over a sparse sentence
/// graph, a lead and heading prior, and MMR against repetition.
///
/// The graph is sparse on purpose: each sentence is compared only with its
/// neighbours and with sentences sharing a rare term (via an inverted index,
/// capped), never all pairs, so a book costs about as much per megabyte as an
/// article. Headings are never chosen; results are in document order.
public struct Summarizer: Sendable {
    let rules: SummaryRules

    public init(rules: SummaryRules) {
        self.rules = rules
    }

    /// The `count` most central, mutually distinct sentences, in document order.
    public func summary(of sentences: [AnalysedSentence], count: Int) -> [Int] {
        guard count > 0 else { return [] }
        let ranking = SentenceRanking(sentences: sentences, rules: rules)
        return ranking.select(count: count, among: ranking.candidates)
    }

    /// About `ratio` (0...1) of the candidate sentences, at least one if any.
    public func summary(of sentences: [AnalysedSentence], ratio: Double) -> [Int] {
        let ranking = SentenceRanking(sentences: sentences, rules: rules)
        return ranking.select(count: Self.count(ratio: ratio, candidates: ranking.candidates.count),
                              among: ranking.candidates)
    }

    /// How long the whole-article summary is: a number of sentences, or a share of the candidates.
    public enum Length: Sendable, Equatable {
        case sentences(Int)
        case ratio(Double)
    }

    /// The whole-article summary of the given length and the section summaries, from one ranking.
    public func summaries(of sentences: [AnalysedSentence], length: Length) -> (summary: [Int], sections: [SectionSummary]) {
        switch length {
        case .sentences(let count):
            return summaries(of: sentences, count: count)
        case .ratio(let ratio):
            let ranking = SentenceRanking(sentences: sentences, rules: rules)
            let summary = ranking.select(count: Self.count(ratio: ratio, candidates: ranking.candidates.count),
                                         among: ranking.candidates)
            return (summary, sectionSummaries(ranking, sentences))
        }
    }

    private static func count(ratio: Double, candidates: Int) -> Int {
        max(1, Int((min(max(ratio, 0), 1) * Double(candidates)).rounded()))
    }

    /// One or two sentences for every section that has any candidate sentence,
    /// ranked against the whole document so sections are comparable.
    public func sectionSummaries(of sentences: [AnalysedSentence]) -> [SectionSummary] {
        sectionSummaries(SentenceRanking(sentences: sentences, rules: rules), sentences)
    }

    /// The whole-article summary and the section summaries from one ranking (it is the costly part).
    public func summaries(of sentences: [AnalysedSentence], count: Int) -> (summary: [Int], sections: [SectionSummary]) {
        let ranking = SentenceRanking(sentences: sentences, rules: rules)
        let summary = count > 0 ? ranking.select(count: count, among: ranking.candidates) : []
        return (summary, sectionSummaries(ranking, sentences))
    }

    /// Whether a sentence may stand as a section's key point (see `keyPointMinimum`).
    static func isKeyPoint(_ sentence: AnalysedSentence, _ rules: SummaryRules, cues: InformativenessCues) -> Bool {
        isKeyPoint(sentence, rules, cues: cues, informativeness: SentenceRanking.informativeness(sentence, rules.informativeness, cues: cues))
    }

    /// The same, with the sentence's informativeness already known.
    static func isKeyPoint(_ sentence: AnalysedSentence, _ rules: SummaryRules, cues: InformativenessCues, informativeness: Double) -> Bool {
        SentenceRanking.endsLikeASentence(sentence, rules)
            && informativeness >= rules.informativeness.keyPointMinimum
            && !cues.leansOnTheSentenceBefore(sentence)
            && !opensWithListLabelOrReference(sentence.text)
            // A table row's cells ("Pipe | connects …") are no sentence of their own.
            && !sentence.text.contains(" | ")
            && !isLabelWithValue(sentence)
    }

    /// "Estimated completion time: 32 minutes.", "Cost: $375": a short label and a value after
    /// its colon, which states no fact on its own.
    static func isLabelWithValue(_ sentence: AnalysedSentence) -> Bool {
        let words = sentence.words.filter { $0.kind != .punctuation || $0.text == ":" }
        guard words.count <= 10, let colon = words.firstIndex(where: { $0.text == ":" }), (1...4).contains(colon),
              colon + 1 < words.count else { return false }
        return words[colon + 1].kind == .number || words[colon + 1].text.first?.isNumber == true
            || sentence.text.split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces).first.map { "$€£".contains($0) } == true
    }

    /// "(b) under Patent Claims …" is the rest of a list item, "[RFC4520] Zeilenga, K., …" an entry
    /// of a reference list: neither stands alone as a point.
    static func opensWithListLabelOrReference(_ text: String) -> Bool {
        let bytes = Array(text.utf8.prefix(6))
        guard let first = bytes.first else { return false }
        if first == UInt8(ascii: "[") { return true }
        guard first == UInt8(ascii: "("), let close = bytes.firstIndex(of: UInt8(ascii: ")")), (2...4).contains(close) else { return false }
        return bytes[1..<close].allSatisfy { (48...57).contains($0) || (97...122).contains($0 | 0x20) }
    }

    private func sectionSummaries(_ ranking: SentenceRanking, _ sentences: [AnalysedSentence]) -> [SectionSummary] {
        var bySection: [Int: [Int]] = [:]
        for index in ranking.candidates where Self.isKeyPoint(sentences[index], rules, cues: ranking.cues, informativeness: ranking.informativeness[index]) {
            bySection[sentences[index].sectionIndex, default: []].append(index)
        }
        return bySection.keys.sorted().map { section in
            let members = bySection[section]!
            let wanted = members.count >= rules.twoSentenceSectionMinimum ? 2 : 1
            return SectionSummary(sectionIndex: section, sentences: ranking.select(count: wanted, among: members))
        }
    }
}

/// Scores of all sentences of one input, and MMR selection over them.
struct SentenceRanking {
    let vectors: SentenceVectors
    /// Sentences that may be chosen: not headings, long enough.
    let candidates: [Int]
    /// Centrality with priors, scaled so the best is 1.
    let scores: [Double]
    /// Each sentence's graph neighbours with their similarity (also used for redundancy).
    let links: [[(node: Int, weight: Double)]]
    /// Each candidate's informativeness (0 for the others), computed once for the prior and the key points.
    let informativeness: [Double]
    let cues: InformativenessCues
    let rules: SummaryRules

    init(sentences: [AnalysedSentence], rules: SummaryRules) {
        self.rules = rules
        let vectors = SentenceVectors(sentences: sentences)
        self.vectors = vectors
        let count = sentences.count
        // Not a table row flattened into text ("a | b | c"): a key point is a sentence.
        let longEnough = sentences.indices.filter { index in
            !sentences[index].isHeading
                && sentences[index].words.lazy.filter(TermStatistics.isTerm).count >= rules.minContentWords
                && sentences[index].words.lazy.filter({ $0.text == "|" }).count < 2
        }
        // A text without any punctuated sentence (all list items) still gets a summary.
        let punctuated = longEnough.filter { Self.endsLikeASentence(sentences[$0], rules) }
        candidates = rules.requireSentenceEnd && !punctuated.isEmpty ? punctuated : longEnough
        links = Self.buildLinks(vectors, rules)
        // Teleport prior: lead sentences of sections and sentences echoing their heading, scaled
        // by how much of a fact a sentence states.
        let cues = InformativenessCues(rules.informativeness)
        var teleport = [Double](repeating: 0, count: count)
        var informativeness = [Double](repeating: 0, count: count)
        var heading: Int? = nil
        var positionInSection = 0, positionInDocument = 0
        var isCandidate = [Bool](repeating: false, count: count)
        for index in candidates { isCandidate[index] = true }
        for index in 0..<count {
            if index == 0 || sentences[index].sectionIndex != sentences[index - 1].sectionIndex {
                heading = nil
                positionInSection = 0
            }
            if sentences[index].isHeading {
                heading = index
                continue
            }
            guard isCandidate[index] else { continue }
            let echo = heading.map { vectors.similarity(index, $0) } ?? 0
            informativeness[index] = Self.informativeness(sentences[index], rules.informativeness, cues: cues)
            teleport[index] = (1 + rules.leadBonus / Double(1 + positionInSection) + rules.headingBonus * echo
                + rules.documentLeadBonus / Double(1 + positionInDocument)) * informativeness[index]
            positionInSection += 1
            positionInDocument += 1
        }
        // The prior also scales the result: in a dense graph the teleport share
        // alone barely moves a lead sentence.
        let centrality = WeightedPageRank(damping: rules.damping).rank(edges: links, teleport: teleport)
        let rank = centrality.indices.map { centrality[$0] * teleport[$0] }
        var best = 0.0
        for index in candidates { best = max(best, rank[index]) }
        scores = rank.map { best > 0 ? $0 / best : 0 }
        self.informativeness = informativeness
        self.cues = cues
    }

    /// A sentence's weight as a key point: questions, lead-ins to a list and the article talking
    /// about itself count less; a number, requirement or comparison more.
    static func informativeness(_ sentence: AnalysedSentence, _ rules: SummaryRules.Informativeness, cues: InformativenessCues) -> Double {
        var factor = 1.0
        let text = sentence.text
        if text.hasSuffix("?") { factor *= rules.questionFactor }
        if text.hasSuffix(":") { factor *= rules.leadInFactor }
        let lower = text.prefix(24).lowercased()
        if rules.metaOpenings.contains(where: { lower.hasPrefix($0) }) {
            factor *= rules.metaFactor
        } else if !cues.metaPhrases.isEmpty, sentence.words.contains(where: { cues.metaPhraseFirstWords.contains($0.lower) }) {
            let folded = TermSearch.fold(text)
            if cues.metaPhrases.contains(where: { TermSearch.contains($0, in: folded) }) { factor *= rules.metaFactor }
        }
        // A list item's number ("1. Identify parts of a graph.") is neither a fact nor its opening word.
        let words = sentence.words
        let itemNumber = words.count > 2 && words[0].kind == .number
            ? (words[0].text.hasSuffix(".") ? 1 : [".", ")"].contains(words[1].text) ? 2 : 0) : 0
        let body = words.dropFirst(itemNumber)
        if body.contains(where: { $0.kind == .number || cues.factCues.contains($0.lower) }) { factor *= rules.factFactor }
        let opening = body.lazy.filter { $0.kind != .punctuation }.prefix(3).map(\.lower)
        if opening.contains(where: cues.narrationWords.contains)
            || sentence.words.contains(where: { cues.anecdoteWords.contains($0.lower) }) { factor *= rules.narrationFactor }
        var instruction = false
        if let first = opening.first {
            if cues.captionOpenings.contains(first) { factor *= rules.captionFactor }
            instruction = cues.imperativeOpenings.contains(first)
        }
        if !instruction, sentence.words.contains(where: { cues.uiActions.contains($0.lower) }),
           sentence.words.contains(where: { cues.uiElements.contains($0.lower) }) {
            instruction = true
        }
        if instruction { factor *= rules.imperativeFactor }
        return factor
    }

    /// True when the last punctuation, closing quotes and brackets aside, ends a
    /// sentence. List items and labels without it ("Paper Ledgers Came First")
    /// are fragments that read like headings in a summary.
    static func endsLikeASentence(_ sentence: AnalysedSentence, _ rules: SummaryRules) -> Bool {
        for word in sentence.words.reversed() {
            guard word.kind == .punctuation else { return false }
            if rules.sentenceEnds.contains(word.text) { return true }
            if !rules.closingMarks.contains(word.text) { return false }
        }
        return false
    }

    /// Window neighbours plus rare-term neighbours, strongest `maxLinksPerSentence`, symmetric.
    private static func buildLinks(_ vectors: SentenceVectors, _ rules: SummaryRules) -> [[(node: Int, weight: Double)]] {
        let count = vectors.count
        var links = [[(node: Int, weight: Double)]](repeating: [], count: count)
        // Which sentence last compared itself with each other one, so each pair is compared once.
        var comparedBy = [Int](repeating: -1, count: count)
        var found: [(node: Int, weight: Double)] = []
        for sentence in 0..<count {
            found.removeAll(keepingCapacity: true)
            func compare(_ other: Int) {
                guard comparedBy[other] != sentence else { return }
                comparedBy[other] = sentence
                let weight = vectors.similarity(sentence, other)
                if weight >= rules.minSimilarity { found.append((other, weight)) }
            }
            for other in max(0, sentence - rules.neighbourWindow)...min(count - 1, sentence + rules.neighbourWindow)
            where other != sentence {
                compare(other)
            }
            for entry in vectors.vectors[sentence] {
                let frequency = vectors.documentFrequency[entry.term]
                guard frequency >= 2, frequency <= rules.rareTermMaxSentences else { continue }
                for other in vectors.postings[entry.term] where other > sentence { compare(other) }
            }
            // Ties broken by node: the order things were found in does not matter.
            found.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.node < $1.node }
            for link in found.prefix(rules.maxLinksPerSentence) {
                links[sentence].append(link)
                links[link.node].append((sentence, link.weight))
            }
        }
        for sentence in 0..<count {
            links[sentence].sort { $0.node < $1.node }
            var unique: [(node: Int, weight: Double)] = []
            for link in links[sentence] where unique.last?.node != link.node { unique.append(link) }
            links[sentence] = unique
        }
        return links
    }

    /// Greedy MMR: best score minus similarity to what is already chosen.
    /// Values only fall as the choice grows, so a lazy heap re-scores a
    /// sentence only when it reaches the top.
    func select(count wanted: Int, among pool: [Int]) -> [Int] {
        let relevance = rules.relevanceWeight
        var inPool = Set(pool)
        var redundancy: [Int: Double] = [:]
        var heap = MaxHeap()
        for index in pool { heap.push(relevance * scores[index], index) }
        var chosen: [Int] = []
        while chosen.count < wanted, let top = heap.pop() {
            guard inPool.contains(top.item) else { continue }
            if (redundancy[top.item] ?? 0) >= rules.duplicateSimilarity { continue }
            let current = relevance * scores[top.item] - (1 - relevance) * (redundancy[top.item] ?? 0)
            if current < top.priority {
                heap.push(current, top.item)
                continue
            }
            chosen.append(top.item)
            inPool.remove(top.item)
            for link in links[top.item] where inPool.contains(link.node) {
                redundancy[link.node] = max(redundancy[link.node] ?? 0, link.weight)
            }
        }
        return chosen.sorted()
    }
}
