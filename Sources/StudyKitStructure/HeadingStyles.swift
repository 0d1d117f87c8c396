import Foundation

/// The document's own heading style, learnt from the whole text rather than line by line:
/// lines that open with the same label shape ("Q:", "A8)", "E10)", "3.", "1.10") and each stand
/// before body text are siblings, so they are headings even when one alone would not look like
/// one (a question too long, a numbered sentence with a full stop). A numbering that starts
/// again from 1 under each heading is a list of steps, not headings.
struct HeadingStyles {
    /// A line's label signature and its numbers (see `signature(of:)`).
    typealias Signature = (signature: String, number: [Int])

    /// The label a line opens with and the signature it gives: "Q:" → "Q:", "A8)" → "X9)",
    /// "12." → "9.", "1.10" → "9.9"; nil when the line opens with no label.
    static func signature(of line: String) -> (signature: String, number: [Int])? {
        var trimmed = Substring(line)
        while trimmed.first == " " || trimmed.first == "\t" { trimmed = trimmed.dropFirst() }
        let label = trimmed.prefix { !$0.isWhitespace }
        // Indices, not counts: counting a long paragraph's characters showed in profiles.
        guard !label.isEmpty, label.count <= 8, label.endIndex < trimmed.endIndex else { return nil }
        let rest = trimmed.dropFirst(label.count)
        guard rest.first?.isWhitespace == true, rest.contains(where: \.isLetter) else { return nil }
        // "Q:" / "A:" — a one- or two-letter label and a colon.
        if label.count <= 3, label.hasSuffix(":"), label.dropLast().allSatisfy(\.isUppercase) {
            return (String(label), [])
        }
        // "A8)" / "E10)" — a letter, a number and a parenthesis.
        if label.count >= 3, label.hasSuffix(")"), let first = label.first, first.isUppercase,
           let number = Int(label.dropFirst().dropLast()) {
            return ("X9)", [Int(first.asciiValue ?? 0), number])
        }
        // "12." / "1.10" / "2.3." — decimal numbering, by depth.
        let digits = label.hasSuffix(".") ? label.dropLast() : label
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        if !parts.isEmpty, parts.count <= 4, parts.allSatisfy({ !$0.isEmpty && $0.count <= 3 && $0.allSatisfy(\.isNumber) }) {
            return (String(repeating: "9.", count: parts.count), parts.compactMap { Int($0) })
        }
        return nil
    }

    /// Signatures of decimal numberings that start again from 1 time after time: steps of
    /// lists under other headings ("1. Select + Add." under each task), never headings.
    static func restartingNumberings(signatures: [Signature?]) -> Set<String> {
        var groups: [String: [[Int]]] = [:]
        for case let (signature, number)? in signatures where signature.hasPrefix("9") { groups[signature, default: []].append(number) }
        var found = Set<String>()
        for (signature, numbers) in groups where numbers.count >= 4 {
            let restarts = zip(numbers, numbers.dropFirst()).filter { previous, current in
                current.last ?? 0 <= previous.last ?? 0 && current.dropLast() == previous.dropLast()
            }.count
            if restarts >= 2 && restarts * 4 > numbers.count { found.insert(signature) }
        }
        return found
    }

    /// Indices of units that are headings by sibling style. `followedByBody` tells whether body
    /// text (not another labelled line) follows a unit; `isCandidate` whether a unit is short
    /// enough to be a heading at all.
    static func headings(signatures: [Signature?], followedByBody: (Int) -> Bool, isCandidate: (Int) -> Bool,
                         minimumSiblings: Int) -> Set<Int> {
        var groups: [String: [(index: Int, number: [Int])]] = [:]
        // The signature first: most lines have none.
        for (index, found) in signatures.enumerated() {
            if let (signature, number) = found, isCandidate(index) { groups[signature, default: []].append((index, number)) }
        }
        var found = Set<Int>()
        for (signature, members) in groups where members.count >= minimumSiblings {
            let standing = members.filter { followedByBody($0.index) }
            // Siblings stand before body text most of the time.
            guard standing.count * 3 >= members.count * 2, standing.count >= minimumSiblings else { continue }
            // A numbering that restarts again and again is a list of steps under other headings.
            if signature.hasPrefix("9") {
                var restarts = 0
                for (previous, current) in zip(members, members.dropFirst()) where current.number.last ?? 0 <= previous.number.last ?? 0
                    && current.number.dropLast() == previous.number.dropLast() {
                    restarts += 1
                }
                guard restarts * 4 <= members.count else { continue }
            }
            found.formUnion(standing.map(\.index))
        }
        return found
    }

    /// Sub-numbered lines ("2.1.", "4.3") that continue the document's outline under a numbered
    /// heading: in a FAQ or a specification each is a heading however long it runs ("2.1. When
    /// building …, something like this:"). The number must follow its parent heading's number
    /// and its previous sibling's (a gap of one is allowed: drafts drop sections), and most of
    /// the lines in sequence must be short units of their own (`isShort`): numbered clauses of a
    /// legal text are paragraphs, and fail.
    static func outlineChildren(signatures: [Signature?], isHeading: (Int) -> Bool, isCandidate: (Int) -> Bool,
                                isShort: (Int) -> Bool) -> Set<Int> {
        var parentByDepth: [Int: [Int]] = [:]
        var lastChild: [[Int]: Int] = [:]
        var inSequence: [Int] = []
        var subNumbered = 0, headingChildren = 0
        for (index, found) in signatures.enumerated() {
            guard let (signature, number) = found, signature.hasPrefix("9") else { continue }
            if isHeading(index) {
                parentByDepth[number.count] = number
                for depth in parentByDepth.keys where depth > number.count { parentByDepth[depth] = nil }
                if number.count >= 2 { lastChild[Array(number.dropLast())] = number.last; headingChildren += 1 }
                continue
            }
            guard number.count >= 2, isCandidate(index) else { continue }
            let parent = Array(number.dropLast())
            guard parentByDepth[parent.count] == parent, let last = number.last else { continue }
            let previous = lastChild[parent] ?? 0
            guard last > previous, last <= previous + 2 else { continue }
            lastChild[parent] = last
            parentByDepth[number.count] = number
            subNumbered += 1
            if isShort(index) { inSequence.append(index) }
        }
        guard inSequence.count + headingChildren >= 3, !inSequence.isEmpty, inSequence.count * 3 >= subNumbered * 2 else { return [] }
        return Set(inSequence)
    }

    /// Top-level numbered lines ("2. Data Types") that fill a gap between numbered headings
    /// already found ("1. Introduction" … "4. Requests"): each number follows the heading
    /// before it (or the line just taken) and comes before the next heading's number, so a
    /// heading whose body is a table or a code listing is still found. `isCandidate` must rule
    /// out list items and sentences; at least three top-level numbered headings must be known.
    static func numberedGaps(signatures: [Signature?], isHeading: (Int) -> Bool, isCandidate: (Int) -> Bool) -> Set<Int> {
        var headings: [(index: Int, signature: String, number: Int)] = []
        for (index, found) in signatures.enumerated() where isHeading(index) {
            if let (signature, number) = found, signature.hasPrefix("9"), number.count == 1 { headings.append((index, signature, number[0])) }
        }
        guard headings.count >= 3 else { return [] }
        var found = Set<Int>()
        var previous: (index: Int, signature: String, number: Int)?
        var nextHeading = 0
        for (index, line) in signatures.enumerated() {
            while nextHeading < headings.count, headings[nextHeading].index <= index { previous = headings[nextHeading]; nextHeading += 1 }
            guard let (signature, number) = line, number.count == 1, !isHeading(index), let before = previous,
                  before.signature == signature, nextHeading < headings.count else { continue }
            let after = headings[nextHeading]
            guard after.signature == signature, number[0] == before.number + 1, number[0] < after.number, isCandidate(index) else { continue }
            found.insert(index)
            previous = (index, signature, number[0])
        }
        return found
    }

    /// Bare section numbers on lines of their own ("1." … "10." under each part of a book),
    /// at least three, each the next number or a new start at 1, each before body text.
    static func bareNumbers(lines: [String], followedByBody: (Int) -> Bool) -> Set<Int> {
        var found: [Int] = []
        var previous = 0
        var inOrder = 0
        for (index, line) in lines.enumerated() {
            // Byte length first: counting a paragraph's characters would read it all.
            guard line.utf8.count <= 4, line.hasSuffix("."), line.dropLast().allSatisfy(\.isNumber),
                  let number = Int(line.dropLast()), followedByBody(index) else { continue }
            if number == previous + 1 || number == 1 { inOrder += 1 }
            previous = number
            found.append(index)
        }
        guard found.count >= 3, inOrder * 10 >= found.count * 9 else { return [] }
        return Set(found)
    }
}
