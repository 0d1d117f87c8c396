import Foundation
import StudyKitRules
import StudyKitModel
import StudyKitText

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
        /// "Contents" over a table of contents: a heading of its own, its entries set aside.
        case contentsTitle
    }

    let rules: HeadingRules

    func roles(for units: [TextUnit]) -> [Role] {
        let shapes = units.map { unit -> HeadingShape? in
            let isBullet = unit.listMarker.map { marker in !marker.contains(where: \.isNumber) } ?? false
            // Layout the collapsed line no longer shows (columns of command output) rules a line out too.
            if unit.lineCount == 1, Whitespace.hasSpaceRun(unit.text, count: 3),
               rules.notHeadingPatterns.contains(where: { HeadingRules.matches($0, unit.text) }) { return nil }
            if let underlined = underlinedHeading(unit) { return underlined }
            return HeadingShape.classify(unit.singleLine, lineCount: unit.lineCount, isBullet: isBullet, rules: rules)
        }
        var roles = [Role](repeating: .body, count: units.count)
        var merged = shapes
        // An underline on a line of its own (text laid out one line a unit) belongs to the line above.
        for index in units.indices.dropLast() where units[index].lineCount == 1 && units[index + 1].lineCount == 1
            && !units[index + 1].afterBlank && isMarkRun(units[index + 1].text) {
            let pair = TextUnit(text: units[index].text + "\n" + units[index + 1].text,
                                span: TextSpan(start: units[index].span.start, end: units[index + 1].span.end), lineCount: 2,
                                afterBlank: units[index].afterBlank, beforeBlank: units[index + 1].beforeBlank,
                                listMarker: nil, indent: units[index].indent)
            if let underlined = underlinedHeading(pair) {
                merged[index] = underlined
                merged[index + 1] = nil
                roles[index + 1] = .continuation
            }
        }
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
                roles[index - 1] = .contentsTitle
            }
        }
        markTitledContents(merged, roles: &roles, units: units)
        markTableOfContents(merged, roles: &roles, units: units)

        // Each line's label signature, worked out once for the style rules below.
        let signatures = units.map { HeadingStyles.signature(of: $0.singleLine) }
        // Lines the document's own style makes headings (labelled siblings that stand before body text).
        let styled = styleHeadings(units: units, roles: roles, signatures: signatures)
        for index in styled where merged[index] == nil || merged[index]?.kind != .numbered {
            // An underlined line keeps its title without the underline.
            let line = merged[index]?.kind == .underlined ? merged[index]!.title : units[index].singleLine
            let depth = HeadingStyles.signature(of: line).map { $0.signature.hasPrefix("9") ? $0.signature.count / 2 : 3 } ?? 1
            merged[index] = Self.numbered(line, depth: depth)
        }

        // "Anti-pattern: Erasing state when props change": label lines whose value reads as a
        // sentence-case title are headings where the document uses the shape three times or more,
        // each alone before a paragraph (decided below like any sentence-case line).
        let labelTitles = units.indices.filter { index in
            roles[index] == .body && merged[index] == nil && isLabelTitle(units[index])
        }
        if labelTitles.count >= 3 {
            for index in labelTitles {
                let line = units[index].singleLine
                merged[index] = HeadingShape(kind: .sentenceCase, title: line, wordCount: line.split(separator: " ").count,
                                             rank: nil, numberLevel: nil, isBareNumber: false, isLabelled: true)
            }
        }

        // Numbered lines of a numbering that keeps starting again are steps, when they read as sentences
        // (closing punctuation, or longer than a title).
        let restarting = HeadingStyles.restartingNumberings(signatures: signatures)
        for index in units.indices where !styled.contains(index) {
            guard let shape = merged[index], shape.rank == .decimal,
                  let signature = signatures[index]?.signature, restarting.contains(signature),
                  let last = shape.title.last, ".:!".contains(last) || shape.wordCount > rules.maxSentenceCaseWords else { continue }
            merged[index] = nil
        }

        joinTitleOverByline(&merged, roles: &roles, units: units)

        // Decide from the end, so each line knows whether a heading follows it.
        let runs = runLengths(merged, roles: roles)
        let firstBody = units.indices.first { roles[$0] == .body && merged[$0] == nil && isSubstantial(units[$0]) } ?? units.count
        let firstContent = units.indices.first { $0 < firstBody && roles[$0] == .body && merged[$0] != nil }
        var isHeading = [Bool](repeating: false, count: units.count)
        // Two version lines or more: a change log, whose versions are its sections. Asked only when a
        // version line stands under the title, so other documents never run the patterns on every line.
        var versionsAreSections: Bool?
        func isChangeLog() -> Bool {
            if let known = versionsAreSections { return known }
            let found = units.lazy.filter { $0.lineCount == 1 && self.isVersionLine($0.singleLine) }.prefix(2).count >= 2
            versionsAreSections = found
            return found
        }
        // Whether the text is wrapped (some unit spans lines), asked per candidate line: known once.
        let wrappedText = units.contains { $0.lineCount > 1 }
        for index in units.indices.reversed() {
            guard roles[index] == .body, let shape = merged[index] else { continue }
            isHeading[index] = styled.contains(index)
                || decide(index, shape: shape, shapes: merged, roles: roles, units: units,
                          headingFollows: isHeading, run: runs[index], isFirst: index == firstContent, wrappedText: wrappedText)
            // Between the title and the first body text stand subtitles, editions and bylines:
            // a line there is a heading only when it is strong or body text follows it.
            if isHeading[index], let first = firstContent, index > first, index < firstBody,
               !(shape.kind == .numbered || shape.kind == .headingWord || shape.kind == .underlined),
               !(next(after: index, roles: roles).map { merged[$0] == nil && isSubstantial(units[$0]) } ?? false) {
                isHeading[index] = false
            }
            // A version or edition line there belongs to the title ("Version 3, 29 June 2007"), unless
            // versions are what the document is made of (a change log's entries).
            if isHeading[index], let first = firstContent, index > first, index < firstBody,
               isVersionLine(units[index].singleLine), !isChangeLog() {
                isHeading[index] = false
            }
        }
        // Sub-numbered lines that continue the outline of numbered headings are headings too. A long
        // statement ("2.3 Where a client contract sets …") is one only where the headings already
        // found under numbers run long as well (a FAQ's questions), not among short titles.
        let longSubheadings = units.indices.contains { index in
            isHeading[index] && (signatures[index]?.number.count ?? 0) >= 2
                && units[index].singleLine.split(separator: " ").count > rules.maxSentenceCaseWords
        }
        let outline = HeadingStyles.outlineChildren(
            signatures: signatures, isHeading: { isHeading[$0] },
            isCandidate: { index in roles[index] == .body && units[index].indent <= 3 },
            isShort: { index in
                let unit = units[index]
                guard unit.lineCount <= 3, unit.singleLine.utf8.count <= 300, self.next(after: index, roles: roles) != nil else { return false }
                if !longSubheadings, unit.singleLine.split(separator: " ").count > rules.maxSentenceCaseWords { return false }
                // The title after the number opens with a capital.
                return unit.singleLine.drop { $0.isNumber || $0 == "." || $0 == " " || "\"“'‘".contains($0) }.first?.isUppercase == true
            })
        for index in outline {
            isHeading[index] = true
            merged[index] = Self.numbered(units[index].singleLine, depth: signatures[index]?.number.count ?? 1)
        }
        let gaps = HeadingStyles.numberedGaps(signatures: signatures, isHeading: { isHeading[$0] }, isCandidate: { index in
            let unit = units[index], line = unit.singleLine
            guard roles[index] == .body, unit.lineCount == 1, unit.indent <= 3, unit.listMarker == nil || unit.afterBlank,
                  let last = line.last, !".:,;".contains(last), merged[index]?.kind == .numbered else { return false }
            return line.split(separator: " ").count <= rules.maxSentenceCaseWords
        })
        for index in gaps { isHeading[index] = true }
        let bare = HeadingStyles.bareNumbers(lines: units.map(\.singleLine), followedByBody: { index in
            guard roles[index] == .body, units[index].lineCount == 1, let next = self.next(after: index, roles: roles) else { return false }
            return merged[next] == nil && isSubstantial(units[next])
        })
        for index in bare where !isHeading[index] {
            isHeading[index] = true
            merged[index] = Self.numbered(units[index].singleLine, depth: 1, bare: true)
        }
        var decided: [(index: Int, shape: HeadingShape)] = []
        let contentsTitles = Set(units.indices.filter { roles[$0] == .contentsTitle })
        for index in units.indices {
            if isHeading[index] {
                decided.append((index, merged[index]!))
            } else if roles[index] == .contentsTitle {
                let title = units[index].singleLine
                decided.append((index, HeadingShape(kind: .headingWord, title: title, wordCount: title.split(separator: " ").count,
                                                    rank: nil, numberLevel: nil, isBareNumber: false)))
            }
        }
        // Contents titles take the top level afterwards; they say nothing of the others' nesting.
        // A titled heading with a bare number right under it (no body text between) is that numbering's parent.
        var bareParents = Set<HeadingLevels.Style>()
        for position in decided.indices.dropFirst() where HeadingLevels.style(decided[position].shape) == .bareNumber {
            let previous = decided[position - 1]
            if ((previous.index + 1)..<decided[position].index).allSatisfy({ !(roles[$0] == .body && isSubstantial(units[$0])) }) {
                bareParents.insert(HeadingLevels.style(previous.shape))
            }
        }
        let levels = HeadingLevels(decided.map(\.shape), ignoring: Set(decided.indices.filter { contentsTitles.contains(decided[$0].index) }),
                                   bareParents: bareParents)
        for (position, entry) in decided.enumerated() {
            // The title line (the first, unless it is a numbered or known section heading) stands above every level.
            // A numbered first line names the document when no other heading shares its numbering
            // ("Lab 04 - …" over "Task 1: …"), not when it is the first of its kind ("Chapter 1").
            let uniqueNumbering = entry.shape.kind != .numbered || !decided.contains { other in
                other.index != entry.index && other.shape.rank == entry.shape.rank && other.shape.numberLevel == entry.shape.numberLevel
            }
            let isTitle = entry.index == firstContent && uniqueNumbering
                && (entry.shape.kind != .headingWord
                    || !(next(after: entry.index, roles: roles).map { merged[$0] == nil && isSubstantial(units[$0]) } ?? false))
            roles[entry.index] = .heading(title: entry.shape.title, level: isTitle ? 0 : levels.level(at: position))
        }
        // "Contents" sits at the level of the document's top headings, whatever its own shape.
        let topLevel = decided.enumerated().compactMap { position, entry -> Int? in
            guard contentsTitles.contains(entry.index) == false, case .heading(_, let level) = roles[entry.index], level > 0 else { return nil }
            return levels.level(at: position)
        }.min()
        for index in contentsTitles {
            if case .heading(let title, _) = roles[index], let topLevel { roles[index] = .heading(title: title, level: topLevel) }
        }
        return roles
    }

    /// "Recommendation: Fully controlled component": a short capitalised label, a colon and a
    /// title-like value (capital first, no closing punctuation), on one line standing alone.
    private func isLabelTitle(_ unit: TextUnit) -> Bool {
        let line = unit.singleLine
        guard unit.lineCount == 1, unit.afterBlank, unit.beforeBlank, unit.listMarker == nil,
              line.utf8.count <= rules.maxCharacters, let colon = line.firstIndex(of: ":"),
              let last = line.last, !".!?;,:)".contains(last) else { return false }
        let lower = line.lowercased()
        guard !rules.notHeadingPrefixes.contains(where: { lower.hasPrefix($0) }) else { return false }
        let label = line[..<colon].split(separator: " ")
        let value = line[line.index(after: colon)...].split(separator: " ")
        guard !label.isEmpty, label.count <= rules.maxLabelWords, label[0].first?.isUppercase == true,
              value.count >= 2, value.count <= rules.maxSentenceCaseWords, value[0].first?.isUppercase == true else { return false }
        return !rules.notHeadingPatterns.contains { HeadingRules.matches($0, line) }
    }

    /// A decimal-numbered heading that a document-wide rule decided on.
    private static func numbered(_ line: String, depth: Int, bare: Bool = false) -> HeadingShape {
        HeadingShape(kind: .numbered, title: line, wordCount: line.split(separator: " ").count, rank: .decimal,
                     numberLevel: depth, isBareNumber: bare)
    }

    /// A book's title page: one to three short lines and then an author line ("by Mary Shelley").
    /// Those lines are the title, joined, however they are punctuated ("Frankenstein;" /
    /// "or, the Modern Prometheus"); the later ones are its continuation.
    private func joinTitleOverByline(_ merged: inout [HeadingShape?], roles: inout [Role], units: [TextUnit]) {
        guard let byline = units.prefix(5).firstIndex(where: { unit in
            unit.lineCount == 1 && rules.bylinePatterns.contains { HeadingRules.matches($0, unit.singleLine) }
        }), byline > 0, byline <= 3 else { return }
        let lines = units[..<byline]
        guard lines.allSatisfy({ $0.lineCount == 1 && $0.singleLine.utf8.count <= 80 && $0.listMarker == nil }),
              roles[..<byline].allSatisfy({ $0 == .body }), lines.first?.singleLine.first?.isUppercase == true else { return }
        let title = lines.map(\.singleLine).joined(separator: " ")
        merged[0] = HeadingShape(kind: .titleCase, title: title, wordCount: title.split(separator: " ").count,
                                 rank: nil, numberLevel: nil, isBareNumber: false)
        for index in 1..<byline {
            merged[index] = nil
            roles[index] = .continuation
        }
    }

    /// Underline characters in the order the document first uses them: that order is the level
    /// (reStructuredText's rule, and Markdown's Setext headings with `=` and `-`).
    private var underlineOrder: [Character] { ["=", "-", "~", "^", "*", "+", "#", "_"] }

    /// "Title" over a line of one repeated character at least as long as a third of it.
    func underline(of unit: TextUnit) -> Character? {
        guard unit.lineCount == 2 else { return nil }
        let lines = unit.text.split(separator: "\n", omittingEmptySubsequences: true)
        guard lines.count == 2 else { return nil }
        let mark = lines[1].trimmingCharacters(in: .whitespaces)
        guard let first = mark.first, underlineOrder.contains(first), mark.count >= 3, mark.allSatisfy({ $0 == first }),
              mark.count * 3 >= lines[0].trimmingCharacters(in: .whitespaces).count,
              lines[0].contains(where: \.isLetter) else { return nil }
        // A sentence over a separator ("Don't feel bad: almost everyone gets it wrong at first.") is no title.
        let title = lines[0].trimmingCharacters(in: .whitespaces)
        if title.hasSuffix("."), title.split(separator: " ").count > 5 { return nil }
        return first
    }

    /// A line of one repeated underline mark ("====="), checked on bytes before any unit is built.
    private func isMarkRun(_ text: String) -> Bool {
        var mark: UInt8 = 0
        var count = 0
        for byte in text.utf8 where byte != 0x20 && byte != 0x09 {
            if mark == 0 { mark = byte } else if byte != mark { return false }
            count += 1
        }
        return count >= 3 && mark < 0x80 && underlineOrder.contains(Character(UnicodeScalar(mark)))
    }

    private func underlinedHeading(_ unit: TextUnit) -> HeadingShape? {
        guard let mark = underline(of: unit) else { return nil }
        let title = Whitespace.collapse(String(unit.text.split(separator: "\n")[0]))
        return HeadingShape(kind: .underlined, title: title, wordCount: title.split(separator: " ").count,
                            rank: .underline, numberLevel: (underlineOrder.firstIndex(of: mark) ?? 0) + 1, isBareNumber: false)
    }

    /// Units that are headings by the document's style (see `HeadingStyles`): short labelled
    /// lines ("Q:", "A8)", "12.", "1.10") of which at least three stand before body text.
    private func styleHeadings(units: [TextUnit], roles: [Role], signatures: [HeadingStyles.Signature?]) -> Set<Int> {
        HeadingStyles.headings(
            signatures: signatures,
            followedByBody: { index in
                guard roles[index] == .body, let next = next(after: index, roles: roles) else { return false }
                // Body text, or an answer under its own label ("Q:" then "A:"), not another sibling.
                return signatures[next]?.signature != signatures[index]?.signature
                    && (isSubstantial(units[next]) || units[next].lineCount > 1)
            },
            isCandidate: { index in
                let unit = units[index]
                guard roles[index] == .body, unit.lineCount <= 2, unit.singleLine.utf8.count <= rules.maxCharacters * 2,
                      !unit.singleLine.hasSuffix(":"), !unit.singleLine.hasSuffix(",") else { return false }
                // A numbered clause or recommendation is a sentence; a heading that ends in a full stop is short.
                if unit.singleLine.hasSuffix("."), unit.singleLine.split(separator: " ").count > rules.maxSentenceCaseWords + 1 { return false }
                return !rules.notHeadingPatterns.contains { HeadingRules.matches($0, unit.singleLine) }
            },
            minimumSiblings: 3)
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
                // Numbered items ("1. …", "2. …") are a list of their own, not a stack of headings.
                if let shape = shapes[end], shape.rank != .decimal { count += 1 }
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
                        headingFollows: [Bool], run: Int, isFirst: Bool, wrappedText: Bool) -> Bool {
        guard var nextIndex = next(after: index, roles: roles) else { return false }
        // An editor's placeholder ("[Illustration]") between a heading and its text stands aside.
        if isPlaceholder(units[nextIndex]), let after = next(after: nextIndex, roles: roles) { nextIndex = after }
        let nextShape = shapes[nextIndex]
        let nextIsHeading = headingFollows[nextIndex]
        // The first heading-shaped line before any body text is the article's title,
        // whatever follows it (a byline, a date, a table of contents).
        if isFirst { return true }
        guard roles[nextIndex] != .tableOfContents else { return false }
        let strong = shape.kind == .numbered || shape.kind == .headingWord || shape.kind == .allCaps || shape.kind == .underlined
        if !strong && isInListContext(index, shapes: shapes, units: units, wrappedText: wrappedText) { return false }
        // A name and title under "Best regards," are a signature, not headings ("Letter 2" after one is).
        for back in [index - 1, index - 2] where back >= 0 && shape.kind != .numbered {
            let line = units[back].singleLine
            if line.hasSuffix(","), line.split(separator: " ").count <= 4 { return false }
        }
        // A block of three lines or more indented under the line (a definition table, a code listing) is content too.
        let nextIsBody = nextShape == nil && (isSubstantial(units[nextIndex])
            || units[nextIndex].indent >= 2 + units[index].indent && units[nextIndex].lineCount >= 3)
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
        case .underlined:
            return true
        case .titleCase, .question:
            return nextIsBody || (nextIsHeading && run <= 2)
        case .sentenceCase:
            // Short sentence-case lines are headings only when they stand alone before a paragraph.
            let unit = units[index]
            let standsAlone = unit.afterBlank && unit.beforeBlank || unit.lineCount == 1 && !wrappedText
            return standsAlone && (nextIsBody || (nextIsHeading && run <= 2))
        }
    }

    /// Lines after one ending in a colon ("You will need:") are list items until a full sentence.
    /// Lines under a label ("Ingredients", "You will need:") are list items until a full
    /// sentence; in wrapped text a blank line also ends the list.
    private func isInListContext(_ index: Int, shapes: [HeadingShape?], units: [TextUnit], wrappedText: Bool) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 15 {
            let line = units[cursor].singleLine
            if line.hasSuffix(":") { return true }
            if let last = line.last, ".!?\"”".contains(last) { return false }
            if let shape = shapes[cursor], shape.kind == .numbered || shape.kind == .headingWord || shape.kind == .allCaps {
                return shape.kind == .headingWord && cursor < index - 1
            }
            if wrappedText && units[cursor].afterBlank { return false }
            // Data or code lines since the colon ("The output is:" over numbers) are no list of items.
            if shapes[cursor] == nil && units[cursor].listMarker == nil { return false }
            cursor -= 1
        }
        return false
    }

    /// "Version 3, 29 June 2007", "Release 3.19.0": a line `subtitlePatterns` match. A version line is short,
    /// so longer lines are ruled out before any pattern runs.
    private func isVersionLine(_ line: String) -> Bool {
        line.utf8.count <= 80 && rules.subtitlePatterns.contains { HeadingRules.matches($0, line) }
    }

    /// "[Illustration]", "[Image: …]": a short bracketed line on its own.
    private func isPlaceholder(_ unit: TextUnit) -> Bool {
        unit.lineCount == 1 && unit.singleLine.hasPrefix("[") && unit.singleLine.hasSuffix("]") && unit.singleLine.utf8.count <= 80
    }

    /// Body text: a full sentence, a long line or a list item.
    private func isSubstantial(_ unit: TextUnit) -> Bool {
        if unit.listMarker != nil { return true }
        // A block laid out in columns (an RFC's header, a table) is not running text.
        if isLaidOutInColumns(unit.text) { return false }
        let text = unit.singleLine
        if text.utf8.count >= 80 { return true }
        // Emphasis marks around a sentence ("_To Mrs. Saville, England._") do not hide its full stop.
        guard let last = text.reversed().first(where: { $0 != "_" && $0 != "*" && $0 != " " }) else { return false }
        return ".!?:\"”’)".contains(last)
    }

    /// Most lines (two in three) hold four spaces in a row inside them or are pushed far right:
    /// an RFC's header keeps one plain line ("ISSN: 2070-1721") among its columns. Running text
    /// fails on its first lines, so a long paragraph is not read to its end.
    private func isLaidOutInColumns(_ text: String) -> Bool {
        var rest = text[...]
        var laidOut = 0, plain = 0
        while true {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            if !line.isEmpty {
                // Trimming only removes spaces: a line with no run needs no trimming to be ruled out.
                if Whitespace.hasSpaceRun(line, count: 4)
                    && (line.hasPrefix(Self.rightAligned) || Whitespace.hasSpaceRun(line.trimmingCharacters(in: .whitespaces), count: 4)) {
                    laidOut += 1
                } else {
                    plain += 1
                    if plain * 3 > (laidOut + plain) && plain >= 2 || laidOut == 0 { return false }
                }
            }
            guard end < rest.endIndex else { return laidOut > 0 && plain * 3 <= laidOut + plain }
            rest = rest[rest.index(after: end)...]
        }
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

    /// "Contents" (or another contents title) and everything after it up to the first heading
    /// that comes back: the entries of a contents list, however they are laid out (one line each,
    /// or questions listed under each section as in a FAQ). At least three entries must come
    /// before the first one repeats, or it was no contents list.
    private func markTitledContents(_ shapes: [HeadingShape?], roles: inout [Role], units: [TextUnit]) {
        // Contents titles are short single lines: paragraphs are skipped before any pattern runs.
        for title in units.indices where roles[title] == .body && units[title].lineCount == 1 && units[title].singleLine.utf8.count <= 60 {
            let titleKey = key(units[title].singleLine).trimmingCharacters(in: CharacterSet(charactersIn: ":"))
            guard rules.tocTitles.contains(titleKey) else { continue }
            var seen = Set<String>()
            var end = title + 1
            var repeats = false
            while end < units.count, end - title <= 600 {
                // Running prose ends a contents list: entries are labelled lines or short lines.
                if shapes[end] == nil, isProse(units[end]) { break }
                if let shape = shapes[end], roles[end] == .body {
                    let entry = key(shape.title)
                    if !entry.isEmpty && seen.contains(entry) { repeats = true; break }
                    if !entry.isEmpty { seen.insert(entry) }
                }
                end += 1
            }
            guard repeats, seen.count >= 3 else { continue }
            roles[title] = .contentsTitle
            for index in (title + 1)..<end where roles[index] == .body || roles[index] == .continuation { roles[index] = .tableOfContents }
            return
        }
    }

    /// Running text: two lines or more, most of them not opening with a label or an indent.
    private func isProse(_ unit: TextUnit) -> Bool {
        let lines = unit.text.split(separator: "\n")
        guard lines.count >= 2 else { return false }
        let plain = lines.filter { line in
            !(line.first.map { $0.isWhitespace || "-*•+".contains($0) } ?? false)
                && HeadingStyles.signature(of: String(line)) == nil
        }
        return plain.count * 3 > lines.count * 2
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
                    if titleBefore { roles[start - 1] = .contentsTitle }
                }
            }
            start = max(end, start + 1)
        }
    }

    /// The indent of a right-aligned column line.
    private static let rightAligned = String(repeating: " ", count: 24)

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
