/// A binary max-heap of (priority, item); equal priorities pop the smaller item
/// first, so the order never depends on insertion accidents.
struct MaxHeap {
    private var entries: [(priority: Double, item: Int)] = []

    var isEmpty: Bool { entries.isEmpty }

    private func above(_ a: Int, _ b: Int) -> Bool {
        let x = entries[a], y = entries[b]
        return x.priority != y.priority ? x.priority > y.priority : x.item < y.item
    }

    mutating func push(_ priority: Double, _ item: Int) {
        entries.append((priority, item))
        var child = entries.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard above(child, parent) else { break }
            entries.swapAt(child, parent)
            child = parent
        }
    }

    mutating func pop() -> (priority: Double, item: Int)? {
        guard !entries.isEmpty else { return nil }
        entries.swapAt(0, entries.count - 1)
        let top = entries.removeLast()
        var parent = 0
        while true {
            let left = 2 * parent + 1, right = left + 1
            var best = parent
            if left < entries.count && above(left, best) { best = left }
            if right < entries.count && above(right, best) { best = right }
            if best == parent { break }
            entries.swapAt(parent, best)
            parent = best
        }
        return top
    }
}
