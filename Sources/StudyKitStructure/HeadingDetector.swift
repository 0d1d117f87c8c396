import Foundation
import StudyKitRules

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
        for index in units.indices where roles[index] == .body
            && rules.isContentsEntry(units[index].singleLine) {
            roles[index] = .tableOfContents
            if index > 0, roles[index - 1] == .body, rules.tocTitles.contains(key(units[index - 1].singleLine)) {
                roles[index - 1] = .tableOfContents
            }
        }
        markTableOfContents(merged, roles: &roles, units: units)

        // Decide from the end, so each line knows whether a heading follows it.
        let runs = runLengths(merged, roles: roles)
        let firstBody = units.indices.first { roles[$0] == .body && merged[$0] == nil && isSubstantial(units[$0]) } ?? units.count
        let firstContent = units.indices.first { $0 < firstBody && roles[$0] == .body && merged[$0] != nil }
        var isHeading = [Bool](repeating: false, count: units.count)
        for index in units.indices.reversed() {
            guard roles[index] == .body, let shape = merged[index] else { continue }
            isHeading[index] = decide(index, shape: shape, shapes: merged, roles: roles, units: units,
                                      headingFollows: isHeading, run: runs[index], isFirst: index == firstContent)
        }
        var decided: [(index: Int, shape: HeadingShape)] = []
        for index in units.indices where isHeading[index] {
            decided.append((index, merged[index]!))
        }
        let levels = HeadingLevels(decided.map(\.shape))
        for (position, entry) in decided.enumerated() {
            roles[entry.index] = .heading(title: entry.shape.title, level: levels.level(at: position))
        }
        return roles
    }

    /// For each heading-shaped line, how many heading-shaped lines stand together with it
    /// (no body text between): three or more are a list, not a stack of headings.
    private func runLengths(_ shapes: [HeadingShape?], roles: [Role]) -> [Int] {
        var lengths = [Int](repeating: 0, count: shapes.count)
        var start = 0
        while start < shapes.count {
            guard shapes[start] != nil, roles[start] == .body else { start += 1; continue }
            var end = start
            var count = 0
            while end < shapes.count, (shapes[end] != nil && roles[end] == .body) || roles[end] == .continuation {
                if shapes[end] != nil { count += 1 }
                end += 1
            }
            for index in start..<end { lengths[index] = count }
            start = end
        }
        return lengths
    }

    /// The next unit that is not the tail of a wrapped heading.
    private func next(after index: Int, roles: [Role]) -> Int? {
        var cursor = index + 1
        while cursor < roles.count, roles[cursor] == .continuation { cursor += 1 }
        return cursor < roles.count ? cursor : nil
    }

    private func decide(_ index: Int, shape: HeadingShape, shapes: [HeadingShape?], roles: [Role], units: [TextUnit],
                        headingFollows: [Bool], run: Int, isFirst: Bool) -> Bool {
        guard let nextIndex = next(after: index, roles: roles) else { return false }
        let nextShape = shapes[nextIndex]
        let nextIsHeading = headingFollows[nextIndex]
        // The first heading-shaped line before any body text is the article's title,
        // whatever follows it (a byline, a date, a table of contents).
        if isFirst { return true }
        guard roles[nextIndex] != .tableOfContents else { return false }
        let strong = shape.kind == .numbered || shape.kind == .headingWord || shape.kind == .allCaps
        if !strong && isInListContext(index, shapes: shapes, units: units) { return false }
        // A name and title under "Best regards," are a signature, not headings.
        for back in [index - 1, index - 2] where back >= 0 {
            let line = units[back].singleLine
            if line.hasSuffix(","), line.split(separator: " ").count <= 4 { return false }
        }
        let nextIsBody = nextShape == nil && isSubstantial(units[nextIndex])
        if run >= 3 && !strong { return false }
        switch shape.kind {
        case .numbered:
            if isInNumberedList(index, shape: shape, shapes: shapes, roles: roles) { return false }
            if shape.rank == .part || shape.rank == .chapter { return nextIsBody || nextShape != nil }
            return nextIsBody || nextIsHeading
        case .headingWord:
            return true
        case .allCaps:
            return nextIsBody || nextIsHeading
        case .titleCase, .question:
            return nextIsBody || (nextIsHeading && run <= 2)
        case .sentenceCase:
            // Short sentence-case lines are headings only when they stand alone before a paragraph.
            let unit = units[index]
            let standsAlone = unit.afterBlank && unit.beforeBlank || unit.lineCount == 1 && units.allSatisfy { $0.lineCount == 1 }
            return standsAlone && (nextIsBody || (nextIsHeading && run <= 2))
        }
    }

    /// Lines after one ending in a colon ("You will need:") are list items until a full sentence.
    /// Lines under a label ("Ingredients", "You will need:") are list items until a full
    /// sentence; in wrapped text a blank line also ends the list.
    private func isInListContext(_ index: Int, shapes: [HeadingShape?], units: [TextUnit]) -> Bool {
        let wrappedText = units.contains { $0.lineCount > 1 }
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 15 {
            let line = units[cursor].singleLine
            if line.hasSuffix(":") { return true }
            if let last = line.last, ".!?\"”".contains(last) { return false }
            if let shape = shapes[cursor], shape.kind == .numbered || shape.kind == .headingWord || shape.kind == .allCaps {
                return shape.kind == .headingWord && cursor < index - 1
            }
            if wrappedText && units[cursor].afterBlank { return false }
            cursor -= 1
        }
        return false
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
        return rules.smallWords.contains(lastWord) && !rules.nonJoiningSmallWords.contains(lastWord)
    }

    /// A run of three or more heading-shaped lines that a title introduces, or whose
    /// entries reappear later as headings, is a table of contents. The first entry seen
    /// twice inside the run is the real heading that follows the contents.
    private func markTableOfContents(_ shapes: [HeadingShape?], roles: inout [Role], units: [TextUnit]) {
        // Keys once, and where each key last occurs, so "reappears later" is a lookup.
        let keys = shapes.map { $0.map { key($0.title) } }
        var lastIndex: [String: Int] = [:]
        for (index, key) in keys.enumerated() { if let key { lastIndex[key] = index } }
        var start = 0
        while start < units.count {
            guard shapes[start] != nil || roles[start] == .continuation else { start += 1; continue }
            var end = start
            var seen: Set<String> = []
            while end < units.count, shapes[end] != nil || roles[end] == .continuation {
                if let key = keys[end] {
                    if seen.contains(key) && !key.isEmpty { break }
                    seen.insert(key)
                }
                end += 1
            }
            // "CHAPTER I." standing just before its repeated title belongs to the real heading.
            if end < units.count, end - 1 > start, shapes[end - 1]?.isBareNumber == true { end -= 1 }
            let entries = (start..<end).filter { shapes[$0] != nil }
            if entries.count >= 3 {
                let titleBefore = start > 0 && shapes[start - 1] == nil
                    && rules.tocTitles.contains(key(units[start - 1].singleLine))
                let titledInside = rules.tocTitles.contains(keys[entries[0]]!)
                let repeated = entries.filter { (lastIndex[keys[$0]!] ?? -1) >= end }
                if titleBefore || titledInside || repeated.count * 2 >= entries.count,
                   let first = titledInside ? entries.first : (titleBefore ? entries.first : repeated.first) {
                    for index in first..<end { roles[index] = .tableOfContents }
                    if titleBefore { roles[start - 1] = .tableOfContents }
                }
            }
            start = max(end, start + 1)
        }
    }

    private static let keyEdges = CharacterSet.punctuationCharacters.union(.whitespaces)

    /// A comparison key: lower case, numbering, dot leaders and page numbers removed.
    func key(_ title: String) -> String {
        var text = title
        for scheme in rules.numbering {
            if let match = scheme.pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
               var cut = Range(match.range, in: text)?.upperBound {
                // Patterns may end on the title's first letter ("\\S"): keep that letter.
                if cut > text.startIndex, let last = text[..<cut].last, last.isLetter || last.isNumber {
                    cut = text.index(before: cut)
                }
                text = String(text[cut...])
                break
            }
        }
        text = text.lowercased()
        while let last = text.last, last.isNumber || last == "." || last == " " || last == "…" { text.removeLast() }
        let words = text.split(separator: " ").drop { word in word.allSatisfy { $0.isNumber || $0 == "." } }
        return words.joined(separator: " ").trimmingCharacters(in: Self.keyEdges)
    }
}
