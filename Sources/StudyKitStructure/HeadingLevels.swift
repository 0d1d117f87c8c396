import StudyKitRules

/// Assigns nesting levels to the headings of a plain-text article from the document itself.
///
/// Each heading has a style: its numbering (parts, chapters, decimal depth, keyword tiers such as
/// Exercise › Task › Step), its underline character, or how it is set (ALL CAPS, otherwise
/// plain). A style sits under another when most of its headings fall between two headings of
/// that other style (a question under each "Section A:", "Task 1" under each "Exercise 1");
/// parts stay above chapters and deeper decimal numbers under shallower ones. A style nested
/// under nothing is at the top.
struct HeadingLevels {
    private let levels: [Int]

    /// `ignoring`: positions whose styles take no part (their level is set elsewhere).
    /// `bareParents`: styles whose headings stand right over a bare section number ("THE PROLOGUE."
    /// then "1."), so bare numbers nest under them.
    init(_ shapes: [HeadingShape], ignoring: Set<Int> = [], bareParents: Set<Style> = []) {
        let styles = shapes.map(Self.style)
        var order: [Style] = []
        for (index, style) in styles.enumerated() where !ignoring.contains(index) && !order.contains(style) { order.append(style) }
        var positions: [Style: [Int]] = [:]
        for (index, style) in styles.enumerated() where !ignoring.contains(index) { positions[style, default: []].append(index) }

        var parentsOf: [Style: [Style]] = [:]
        for style in order {
            var parents: [Style] = []
            for other in order where other != style {
                if Self.isAbove(other, style) || style == .bareNumber && bareParents.contains(other) { parents.append(other); continue }
                if Self.isAbove(style, other) { continue }
                guard let outer = positions[other], outer.count >= 2, let inner = positions[style] else { continue }
                // Enclosed: a heading of `other` stands before it and another after it ...
                let enclosed = inner.filter { index in outer.contains { $0 < index } && outer.contains { $0 > index } }.count
                // ... and `other` keeps coming back between them (front and back matter around a
                // numbered body encloses it once, not again and again).
                let between = outer.filter { index in inner.contains { $0 < index } && inner.contains { $0 > index } }.count
                if enclosed * 2 >= inner.count, between >= 3, between * 2 >= outer.count,
                   (outer.first ?? 0) < (inner.first ?? 0) { parents.append(other) }
            }
            parentsOf[style] = parents
        }
        // A style is one below its deepest parent; repeated until nothing moves (parents may come later).
        var level = Dictionary(uniqueKeysWithValues: order.map { ($0, 1) })
        for _ in 0..<order.count {
            var changed = false
            for style in order {
                let wanted = 1 + (parentsOf[style]?.compactMap { level[$0] }.max() ?? 0)
                if wanted != level[style], wanted <= order.count { level[style] = wanted; changed = true }
            }
            if !changed { break }
        }
        levels = styles.map { level[$0] ?? 1 }
    }

    func level(at position: Int) -> Int { levels[position] }

    /// A heading's style: what makes its siblings look like it.
    enum Style: Hashable {
        case part, chapter
        /// Decimal numbering by depth, or a keyword tier (1 unit, 2 task, 3 step) by its level.
        case numbered(depth: Int)
        case underline(Int)
        case allCaps
        case plain
        /// "Label: title" lines the document uses as headings.
        case label
        /// A number alone ("1."): it names no subject, so it sits under a titled heading that stands right over one.
        case bareNumber
    }

    static func style(_ shape: HeadingShape) -> Style {
        if shape.isBareNumber && shape.rank == .decimal && shape.title.first?.isNumber == true { return .bareNumber }
        switch shape.rank {
        case .part: return .part
        case .chapter: return .chapter
        case .decimal: return .numbered(depth: shape.numberLevel ?? 1)
        case .underline: return .underline(shape.numberLevel ?? 1)
        case nil: return shape.kind == .allCaps ? .allCaps : shape.isLabelled ? .label : .plain
        }
    }

    /// Structure known without looking at the document: parts over everything else, chapters over
    /// numbered sections, a shallower number over a deeper one.
    static func isAbove(_ upper: Style, _ lower: Style) -> Bool {
        switch (upper, lower) {
        // A part holds everything up to the next part, whatever the headings inside look like.
        case (.part, .chapter), (.part, .numbered), (.part, .underline), (.part, .allCaps), (.part, .plain), (.part, .label),
             (.chapter, .numbered): return true
        // "Recommendation: Fully controlled component" under "Preferred Solutions": label lines are subsections.
        case (.plain, .label), (.allCaps, .label), (.underline, .label): return true
        case (.bareNumber, _): return false
        case (.numbered(let a), .numbered(let b)): return a < b
        default: return false
        }
    }
}
