import Foundation

/// Decides which units of a plain-text article are headings, using their shape
/// and their neighbours: a heading is followed by body text, a numbered list is not
/// a run of headings, and a table of contents is recognised and set aside.
struct HeadingDetector {
    enum Role: Equatable {
        case body
        /// A heading; `joinedWithNext` marks the first line of a heading wrapped onto two units.
        case heading(title: String, level: Int)
        case continuation
        case tableOfContents
    }

    let rules: HeadingRules

    func roles(for units: [TextUnit]) -> [Role] {
        let shapes = units.map { unit -> HeadingShape? in
            let isBullet = unit.listMarker.map { marker in !marker.contains(where: \.isNumber) } ?? false
            return HeadingShape.classify(unit.singleLine, lineCount: unit.lineCount, isBullet: isBullet, rules: rules)
        }
        var roles = [Role](repeating: .body, count: units.count)
        var merged = shapes
        // Join a heading wrapped onto a second line ("Moving From On-Prem" / "to the Cloud").
        var index = 0
        while index + 1 < units.count {
            if let first = merged[index], let second = merged[index + 1], roles[index] == .body,
               first.rank == nil, second.rank == nil, isWrapped(first.title, second.title),
               let joined = HeadingShape.classify(first.title + " " + second.title, lineCount: 2, isBullet: false, rules: rules) {
                merged[index] = joined
                merged[index + 1] = nil
                roles[index + 1] = .continuation
                index += 2
                continue
            }
            index += 1
        }
        markTableOfContents(merged, roles: &roles, units: units)

        var decided: [(index: Int, shape: HeadingShape)] = []
        for index in units.indices {
            guard roles[index] == .body, let shape = merged[index] else { continue }
            if isHeading(at: index, shape: shape, shapes: merged, roles: roles, units: units) {
                decided.append((index, shape))
            }
        }
        let levels = HeadingLevels(decided.map(\.shape))
        for (position, entry) in decided.enumerated() {
            roles[entry.index] = .heading(title: entry.shape.title, level: levels.level(at: position))
        }
        return roles
    }

    /// The next unit that is not the tail of a wrapped heading.
    private func next(after index: Int, roles: [Role]) -> Int? {
        var cursor = index + 1
        while cursor < roles.count, roles[cursor] == .continuation { cursor += 1 }
        return cursor < roles.count ? cursor : nil
    }

    private func isHeading(at index: Int, shape: HeadingShape, shapes: [HeadingShape?], roles: [Role], units: [TextUnit]) -> Bool {
        guard let nextIndex = next(after: index, roles: roles) else { return false }
        // The opening line of an article may sit on a byline or a table of contents.
        if index == 0 && shape.kind != .sentenceCase && (shapes[nextIndex] == nil || roles[nextIndex] == .tableOfContents) {
            return true
        }
        guard roles[nextIndex] != .tableOfContents else { return false }
        // A name under "Best regards," is a signature, not a heading.
        if index > 0, units[index - 1].singleLine.hasSuffix(",") { return false }
        let nextShape = shapes[nextIndex]
        let nextIsBody = nextShape == nil && isSubstantial(units[nextIndex])
        switch shape.kind {
        case .numbered:
            if isInNumberedList(index, shape: shape, shapes: shapes, roles: roles) { return false }
            if shape.rank == .part || shape.rank == .chapter { return nextIsBody || nextShape != nil }
            return nextIsBody || nextShape?.kind == .numbered
        case .headingWord, .allCaps, .titleCase, .question:
            return nextIsBody || nextShape?.kind == .numbered
        case .sentenceCase:
            // Short sentence-case lines are headings only when they stand alone before a paragraph.
            let unit = units[index]
            let standsAlone = unit.afterBlank && unit.beforeBlank || unit.lineCount == 1 && units.allSatisfy { $0.lineCount == 1 }
            return standsAlone && nextIsBody
        }
    }

    /// Body text: a full sentence, a long line or a list item.
    private func isSubstantial(_ unit: TextUnit) -> Bool {
        if unit.listMarker != nil { return true }
        let text = unit.singleLine
        if text.utf8.count >= 80 { return true }
        guard let last = text.last else { return false }
        return ".!?:\"”’)".contains(last)
    }

    /// "1. Open the portal" followed by "2. ..." is a list, not two headings.
    private func isInNumberedList(_ index: Int, shape: HeadingShape, shapes: [HeadingShape?], roles: [Role]) -> Bool {
        guard shape.rank == .decimal else { return false }
        let neighbours = [index - 1, index + 1].filter { shapes.indices.contains($0) && roles[$0] != .tableOfContents }
        return neighbours.contains { other in
            guard let neighbour = shapes[other], neighbour.kind == .numbered, neighbour.rank == .decimal,
                  neighbour.numberLevel == shape.numberLevel else { return false }
            return true
        }
    }

    /// A first line ending in a joining word, or a second line starting in lower case.
    private func isWrapped(_ first: String, _ second: String) -> Bool {
        guard let lastWord = first.split(separator: " ").last?.lowercased(), let nextFirst = second.first else { return false }
        if nextFirst.isLowercase { return true }
        if let end = first.last, ":,–—-&".contains(end) { return true }
        return rules.smallWords.contains(lastWord) && !["is", "are", "be", "not"].contains(lastWord)
    }

    /// A run of three or more heading-shaped lines that a title introduces, or whose
    /// entries reappear later as headings, is a table of contents. The first entry seen
    /// twice inside the run is the real heading that follows the contents.
    private func markTableOfContents(_ shapes: [HeadingShape?], roles: inout [Role], units: [TextUnit]) {
        var start = 0
        while start < units.count {
            guard shapes[start] != nil || roles[start] == .continuation else { start += 1; continue }
            var end = start
            var seen: Set<String> = []
            while end < units.count, shapes[end] != nil || roles[end] == .continuation {
                if let shape = shapes[end] {
                    let key = Self.key(shape.title)
                    if seen.contains(key) { break }
                    seen.insert(key)
                }
                end += 1
            }
            let entries = (start..<end).filter { shapes[$0] != nil }
            let titleBefore = start > 0 && shapes[start - 1] == nil
                && rules.tocTitles.contains(Self.key(units[start - 1].singleLine))
            let titledInside = entries.first.map { rules.tocTitles.contains(Self.key(shapes[$0]!.title)) } ?? false
            let later = Set(shapes[end...].compactMap { $0.map { Self.key($0.title) } })
            let repeated = entries.filter { later.contains(Self.key(shapes[$0]!.title)) }
            if entries.count >= 3, titleBefore || titledInside || repeated.count * 2 >= entries.count,
               let first = titledInside ? entries.first : (titleBefore ? entries.first : repeated.first) {
                for index in first..<end { roles[index] = .tableOfContents }
                if titleBefore { roles[start - 1] = .tableOfContents }
            }
            start = max(end, start + 1)
        }
    }

    /// A comparison key: lower case, numbering, dot leaders and page numbers removed.
    static func key(_ title: String) -> String {
        var text = title.lowercased()
        while let last = text.last, last.isNumber || last == "." || last == " " || last == "…" { text.removeLast() }
        let words = text.split(separator: " ").drop { word in word.allSatisfy { $0.isNumber || $0 == "." } }
        return words.joined(separator: " ").trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }
}
