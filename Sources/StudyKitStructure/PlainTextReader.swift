import Foundation
import StudyKitModel
import StudyKitText

/// Cuts plain text into units: paragraphs, list items and one-line candidates for headings.
///
/// Two layouts are common: one paragraph per line (chat exports, the seed article) and
/// paragraphs wrapped at a fixed width and separated by blank lines (e-mail, Gutenberg).
/// The reader tells them apart by line length, then joins wrapped lines.
struct PlainTextReader {
    /// A line of the text with its place.
    struct Line {
        var start: Int
        var end: Int
        var isBlank: Bool
        var length: Int { end - start }
    }

    let text: String
    private let bytes: [UInt8]
    /// Lines that always open a unit of their own (contents entries with dot leaders).
    private let ownLine: ((Substring) -> Bool)?
    /// The bullets and labels that open list items (see `ListMarker.lineItem`).
    private let listRules: CompiledSentenceRules

    init(text: String, listRules: CompiledSentenceRules, ownLine: ((Substring) -> Bool)? = nil) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.listRules = listRules
        self.ownLine = ownLine
    }

    /// The units of the text in order.
    func units() -> [TextUnit] {
        let lines = splitLines()
        let wrapped = isWrapped(lines)
        let width = wrapWidth(lines)
        var units: [TextUnit] = []
        var blockStart: Int?
        for (index, line) in lines.enumerated() {
            if line.isBlank {
                if let start = blockStart {
                    appendBlock(lines[start..<index], wrapped: wrapped, width: width, to: &units)
                    blockStart = nil
                }
            } else if blockStart == nil {
                blockStart = index
            }
        }
        if let start = blockStart {
            appendBlock(lines[start..<lines.count], wrapped: wrapped, width: width, to: &units)
        }
        return units
    }

    private func splitLines() -> [Line] {
        var lines: [Line] = []
        var start = 0
        var blank = true
        for (index, byte) in bytes.enumerated() {
            if byte == 0x0A {
                lines.append(Line(start: start, end: index, isBlank: blank))
                start = index + 1
                blank = true
            } else if byte != 0x20 && byte != 0x09 && byte != 0x0C {
                blank = false
            }
        }
        if start < bytes.count { lines.append(Line(start: start, end: bytes.count, isBlank: blank)) }
        return lines
    }

    /// Wrapped layout: blank lines exist and nearly all lines are short.
    private func isWrapped(_ lines: [Line]) -> Bool {
        guard lines.contains(where: \.isBlank) else { return false }
        return wrapWidth(lines) <= 110
    }

    /// The width text was wrapped at: the 90th percentile of line lengths. Lines holding a URL
    /// do not count: links run past the width prose was wrapped at (reStructuredText, Markdown).
    private func wrapWidth(_ lines: [Line]) -> Int {
        var prose = lines.filter { !$0.isBlank && !containsURL($0) }
        if prose.isEmpty { prose = lines.filter { !$0.isBlank } }
        let lengths = prose.map(\.length).sorted()
        guard !lengths.isEmpty else { return 0 }
        return lengths[min(lengths.count - 1, lengths.count * 9 / 10)]
    }

    private func containsURL(_ line: Line) -> Bool {
        let scheme: [UInt8] = Array("://".utf8)
        guard line.end - line.start >= scheme.count else { return false }
        for index in line.start...(line.end - scheme.count) where bytes[index] == scheme[0] {
            if bytes[index + 1] == scheme[1] && bytes[index + 2] == scheme[2] { return true }
        }
        return false
    }

    private func slice(_ start: Int, _ end: Int) -> Substring {
        Substring(String(decoding: bytes[start..<end], as: UTF8.self))
    }

    private func appendBlock(_ block: ArraySlice<Line>, wrapped: Bool, width: Int, to units: inout [TextUnit]) {
        var groups: [[Line]] = []
        // Known per line as it is read, so no line is decoded twice.
        var previousIsRule = false
        var lastGroupOpensWithNumber = false
        for line in block {
            let content = slice(line.start, line.end)
            let opensWithNumber = Self.startsWithSectionNumber(content)
            let startsItem = ListMarker.lineItem(content, rules: listRules) != nil || opensWithNumber
                || ownLine.map { $0(content) } ?? false
            let isRule = Self.isRule(content)
            // A separator line ("----------") over text is a rule of its own, never an underline; so is
            // one under a paragraph of two lines or more, and what follows a rule starts afresh.
            let afterRule = previousIsRule
            let ruleUnderParagraph = isRule && (groups.last.map { $0.count >= 2 } ?? false)
            // "1.1. \"Contributor\"" over its definition indented beneath it: the short numbered line
            // stands alone (a clause wrapped with a hanging indent runs to the width, and stays whole).
            let underHangingNumber = lastGroupOpensWithNumber && groups[groups.count - 1].count == 1
                && groups[groups.count - 1][0].length * 10 < width * 6
                && indent(of: line) >= indent(of: groups[groups.count - 1][0]) + 3
            previousIsRule = isRule
            if groups.isEmpty || !wrapped || startsItem || afterRule || ruleUnderParagraph || underHangingNumber {
                lastGroupOpensWithNumber = opensWithNumber
                groups.append([line])
            } else if groups.count == 1, groups[0].count == 1,
                      shouldStandAlone(groups[0][0], next: line, block: block) || isTitleOverSubtitle(groups[0][0], line, block, width) {
                lastGroupOpensWithNumber = opensWithNumber
                groups.append([line])
            } else {
                groups[groups.count - 1].append(line)
            }
        }
        for (index, group) in groups.enumerated() {
            let first = group[0]
            let last = group[group.count - 1]
            let content = slice(first.start, first.end)
            units.append(TextUnit(
                text: String(slice(first.start, last.end)),
                span: TextSpan(start: first.start, end: last.end),
                lineCount: group.count,
                afterBlank: index == 0,
                beforeBlank: index == groups.count - 1,
                listMarker: ListMarker.lineItem(content, rules: listRules)?.marker,
                indent: content.prefix { $0 == " " || $0 == "\t" }.count))
        }
    }

    private func indent(of line: Line) -> Int {
        var count = 0
        while line.start + count < line.end, bytes[line.start + count] == 0x20 { count += 1 }
        return count
    }

    /// A separator: one character among - = * _ ~ # repeated at least three times, nothing else.
    static func isRule(_ line: Substring) -> Bool {
        // Most lines are prose: their first visible byte already rules them out.
        guard let first = line.utf8.first(where: { $0 != 0x20 && $0 != 0x09 }), "-=*_~#".utf8.contains(first) else { return false }
        let mark = line.trimmingCharacters(in: .whitespaces)
        guard let first = mark.first, "-=*_~#".contains(first), mark.count >= 3 else { return false }
        return mark.allSatisfy { $0 == first || $0 == " " }
    }

    /// "3.1 Receiving Donations": a dotted section number opens its own unit.
    static func startsWithSectionNumber(_ line: Substring) -> Bool {
        let trimmed = line.drop { $0 == " " || $0 == "\t" }
        let number = trimmed.prefix { $0.isNumber || $0 == "." }
        guard number.contains("."), number.first?.isNumber == true, number.count < trimmed.count else { return false }
        let afterNumber = trimmed.dropFirst(number.count)
        return afterNumber.first == " " && number.split(separator: ".").count >= 2
    }

    /// A two-line block whose first line stops well short of the wrap width and whose second
    /// starts afresh ("Volunteer Handbook" / "Edition 4, January 2024") is two lines, not one
    /// wrapped heading.
    private func isTitleOverSubtitle(_ first: Line, _ second: Line, _ block: ArraySlice<Line>, _ width: Int) -> Bool {
        guard block.count == 2, first.length * 4 < width * 3 else { return false }
        let head = slice(first.start, first.end).trimmingCharacters(in: .whitespaces)
        let tail = slice(second.start, second.end).trimmingCharacters(in: .whitespaces)
        guard let end = head.last, end.isLetter || end.isNumber, tail.first?.isUppercase == true else { return false }
        return true
    }

    /// In a wrapped block, a short first line with no closing punctuation, followed by
    /// a capitalised line, is a heading sitting directly on its paragraph.
    private func shouldStandAlone(_ line: Line, next: Line, block: ArraySlice<Line>) -> Bool {
        guard block.count > 2 else { return false }
        let widest = block.map(\.length).max() ?? 0
        let content = slice(line.start, line.end).trimmingCharacters(in: .whitespaces)
        // A numbered title may end in a full stop ("2.1. The Initial Developer Grant.").
        let closing = Self.startsWithSectionNumber(Substring(content)) ? ",;:!" : ".,;:!"
        guard let lastChar = content.last, !closing.contains(lastChar) else { return false }
        guard line.length * 10 < widest * 7, next.length * 10 >= widest * 6 else { return false }
        let nextContent = slice(next.start, next.end).trimmingCharacters(in: .whitespaces)
        return nextContent.first?.isUppercase ?? false
    }
}
