/// Assigns nesting levels to the headings of a plain-text article.
///
/// Parts sit above chapters, chapters above numbered sections; a decimal number's
/// depth nests further ("2.3" under "2"). Unnumbered headings sit at the top level
/// below any parts or chapters.
struct HeadingLevels {
    private let levels: [Int]

    init(_ shapes: [HeadingShape]) {
        let hasParts = shapes.contains { $0.rank == .part }
        let hasChapters = shapes.contains { $0.rank == .chapter }
        let partLevel = 1
        let chapterLevel = hasParts ? 2 : 1
        let sectionBase = (hasParts ? 1 : 0) + (hasChapters ? 1 : 0)
        levels = shapes.map { shape in
            switch shape.rank {
            case .part: return partLevel
            case .chapter: return chapterLevel
            case .decimal: return sectionBase + (shape.numberLevel ?? 1)
            case nil: return sectionBase + 1
            }
        }
    }

    func level(at position: Int) -> Int { levels[position] }
}
