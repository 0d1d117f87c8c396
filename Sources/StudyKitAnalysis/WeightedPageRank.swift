/// Power-iteration PageRank over a weighted, undirected graph given as
/// sorted adjacency lists, with a personalisation (teleport) vector.
///
/// Shared by keyphrase ranking (word graph) and summaries (sentence graph).
/// Neighbour lists are sorted so floating-point sums are always taken in the
/// same order: the result is deterministic.
struct WeightedPageRank {
    var damping = 0.85
    var iterations = 40
    var tolerance = 1e-9

    /// `edges[v]` lists `(neighbour, weight)`; the graph is treated as given
    /// (callers add both directions). `teleport` need not be normalised;
    /// nil means uniform.
    func rank(edges: [[(node: Int, weight: Double)]], teleport: [Double]? = nil) -> [Double] {
        let count = edges.count
        guard count > 0 else { return [] }
        var jump = teleport ?? [Double](repeating: 1, count: count)
        let jumpTotal = jump.reduce(0, +)
        if jumpTotal > 0 {
            for i in 0..<count { jump[i] /= jumpTotal }
        } else {
            jump = [Double](repeating: 1 / Double(count), count: count)
        }
        let outWeight = edges.map { $0.reduce(0) { $0 + $1.weight } }
        var score = jump
        var next = [Double](repeating: 0, count: count)
        // Unchecked reads: the inner loop runs over every edge, forty times. (The
        // lists are not flattened into one array: for a book that copy is tens of MB.)
        outWeight.withUnsafeBufferPointer { outWeight in
            for _ in 0..<iterations {
                // Mass held by nodes without edges goes back through the teleport vector.
                var dangling = 0.0
                for node in 0..<count where outWeight[node] == 0 { dangling += score[node] }
                score.withUnsafeBufferPointer { score in
                    next.withUnsafeMutableBufferPointer { next in
                        for node in 0..<count {
                            var incoming = 0.0
                            edges[node].withUnsafeBufferPointer { list in
                                for edge in list where outWeight[edge.node] > 0 {
                                    incoming += score[edge.node] * edge.weight / outWeight[edge.node]
                                }
                            }
                            next[node] = (1 - damping) * jump[node] + damping * (incoming + dangling * jump[node])
                        }
                    }
                }
                var change = 0.0
                for node in 0..<count { change += abs(next[node] - score[node]) }
                swap(&score, &next)
                if change < tolerance { break }
            }
        }
        return score
    }
}
