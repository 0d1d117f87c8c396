import Foundation
import StudyKitModel

/// Sparse, L2-normalised TF-IDF vectors of sentences over content-word stems,
/// with an inverted index. IDF treats each sentence as a document, so it is
/// computed from the input alone (no outside corpus).
struct SentenceVectors {
    /// Per sentence: (term id, weight), sorted by term id.
    private(set) var vectors: [[(term: Int, weight: Double)]]
    /// Number of sentences containing each term.
    private(set) var documentFrequency: [Int]
    /// Sentences containing each term, ascending.
    private(set) var postings: [[Int]]

    /// `dropSingletons` leaves out terms of a single sentence: they match nothing and only shrink cosines.
    init(sentences: [AnalysedSentence], dropSingletons: Bool = false) {
        var idByStem: [String: Int] = [:]
        // Each sentence's term ids, sorted, then counted in runs: no dictionary per sentence.
        var termsBySentence: [[Int]] = []
        termsBySentence.reserveCapacity(sentences.count)
        var frequency: [Int] = []
        var postings: [[Int]] = []
        for (index, sentence) in sentences.enumerated() {
            var terms: [Int] = []
            for word in sentence.words where TermStatistics.isTerm(word) {
                if let known = idByStem[word.stem] {
                    terms.append(known)
                } else {
                    idByStem[word.stem] = frequency.count
                    terms.append(frequency.count)
                    frequency.append(0)
                    postings.append([])
                }
            }
            terms.sort()
            var previous = -1
            for term in terms where term != previous {
                previous = term
                frequency[term] += 1
                postings[term].append(index)
            }
            termsBySentence.append(terms)
        }
        let total = Double(max(sentences.count, 1))
        vectors = termsBySentence.map { terms in
            var vector: [(term: Int, weight: Double)] = []
            var start = 0
            while start < terms.count {
                let term = terms[start]
                var end = start + 1
                while end < terms.count && terms[end] == term { end += 1 }
                if !dropSingletons || frequency[term] > 1 {
                    let count = end - start
                    vector.append((term: term, weight: (1 + log(Double(count))) * log((total + 1) / Double(frequency[term]))))
                }
                start = end
            }
            let norm = vector.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
            if norm > 0 { for i in vector.indices { vector[i].weight /= norm } }
            return vector
        }
        documentFrequency = frequency
        self.postings = postings
    }

    var count: Int { vectors.count }

    /// Cosine similarity of two sentences (vectors are unit length).
    func similarity(_ a: Int, _ b: Int) -> Double {
        Self.dot(vectors[a], vectors[b])
    }

    static func dot(_ x: [(term: Int, weight: Double)], _ y: [(term: Int, weight: Double)]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < x.count && j < y.count {
            if x[i].term == y[j].term {
                sum += x[i].weight * y[j].weight
                i += 1; j += 1
            } else if x[i].term < y[j].term {
                i += 1
            } else {
                j += 1
            }
        }
        return sum
    }

    /// Similarity of a sentence to the sum of a set of sentences (e.g. a block or a heading).
    static func sum(of vectorsToAdd: [[(term: Int, weight: Double)]]) -> [(term: Int, weight: Double)] {
        var total: [Int: Double] = [:]
        for vector in vectorsToAdd { for entry in vector { total[entry.term, default: 0] += entry.weight } }
        var result = total.map { (term: $0.key, weight: $0.value) }
        result.sort { $0.term < $1.term }
        let norm = result.reduce(0) { $0 + $1.weight * $1.weight }.squareRoot()
        if norm > 0 { for i in result.indices { result[i].weight /= norm } }
        return result
    }
}
