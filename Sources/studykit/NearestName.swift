/// The known name closest to a mistyped one, for "did you mean …?" hints.
///
/// Optimal string alignment distance (Levenshtein plus swapping two neighbours, the most
/// common typo); a suggestion is made only within a third of the name's length, so a
/// command that is simply unknown gets none.
enum NearestName {
    static func suggestion(for typed: String, among names: [String]) -> String? {
        let best = names.map { (name: $0, distance: distance(typed.lowercased(), $0.lowercased())) }
            .min { $0.distance < $1.distance || ($0.distance == $1.distance && $0.name < $1.name) }
        guard let best, best.distance > 0, best.distance <= max(1, typed.count / 3) else { return nil }
        return best.name
    }

    /// Edits (insert, delete, replace, swap two neighbours) that turn `a` into `b`.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    /// " (did you mean 'x'?)" or nothing.
    static func hint(for typed: String, among names: [String], prefix: String = "") -> String {
        suggestion(for: typed, among: names).map { " (did you mean '\(prefix)\($0)'?)" } ?? ""
    }
}
