/// Reduces Markdown inline markup to its text: emphasis and code marks dropped,
/// links and images to their text, raw HTML tags removed, entities decoded.
/// Raw HTML is never passed through: StudyKit's writers escape everything.
enum MarkdownInline {
    /// Void elements, stripped even without a closing tag.
    private static let voidTags: Set<String> = ["br", "hr", "img", "wbr", "input", "meta", "link", "source"]

    /// Link texts nested deeper than this are kept as written: the recursion stays bounded
    /// (8 000 nested brackets overflowed the stack) and so does the work per character.
    private static let maxLinkDepth = 16

    static func reduce(_ source: String) -> String {
        reduce(source, depth: 0)
    }

    private static func reduce(_ source: String, depth: Int) -> String {
        guard source.contains(where: { "\\![`*_<&".contains($0) }) else { return source }
        let closed = closedTagNames(in: source)
        var output = ""
        output.reserveCapacity(source.utf8.count)
        let chars = Array(source)
        let brackets = chars.contains("[") ? BracketMatches(chars) : BracketMatches([])
        var index = 0
        while index < chars.count {
            let char = chars[index]
            switch char {
            case "\\" where index + 1 < chars.count && chars[index + 1].isPunctuationOrSymbol:
                output.append(chars[index + 1])
                index += 2
            case "!" where index + 1 < chars.count && chars[index + 1] == "[":
                if let (text, end) = link(in: chars, from: index + 1, brackets: brackets, depth: depth) { output += text; index = end } else { output.append(char); index += 1 }
            case "[":
                if let (text, end) = link(in: chars, from: index, brackets: brackets, depth: depth) { output += text; index = end } else { output.append(char); index += 1 }
            case "`":
                var run = 0
                while index + run < chars.count, chars[index + run] == "`" { run += 1 }
                index += run
            case "*", "_":
                // Emphasis marks: dropped unless inside a word (snake_case) or spaced (a lone star).
                let previous = index > 0 ? chars[index - 1] : " "
                var run = 0
                while index + run < chars.count, chars[index + run] == char { run += 1 }
                let next = index + run < chars.count ? chars[index + run] : " "
                let intraword = previous.isLetter && next.isLetter || previous.isNumber && next.isNumber
                if (char == "_" && intraword) || (previous.isWhitespace && next.isWhitespace) {
                    output += String(repeating: char, count: run)
                }
                index += run
            case "<":
                if let end = tagEnd(in: chars, from: index) {
                    let tag = String(chars[index...end])
                    let name = tagName(tag)
                    if let url = autolink(tag) {
                        output += url
                    } else if !(tag.hasPrefix("</") || tag.hasPrefix("<!") || tag.hasSuffix("/>")
                                || voidTags.contains(name) || closed.contains(name)) {
                        output += tag  // "<section> & Friends": an unpaired tag is literal text
                    }
                    index = end + 1
                } else { output.append(char); index += 1 }
            case "&":
                if let (decoded, end) = entity(in: chars, from: index) { output += decoded; index = end } else { output.append(char); index += 1 }
            default:
                output.append(char)
                index += 1
            }
        }
        return output
    }

    /// `[text](target)` starting at `start` (the bracket): the text and the index after the link.
    /// The target is checked before the text is reduced, so a bracket that is not a link costs
    /// nothing (reducing first made nested non-links exponential).
    private static func link(in chars: [Character], from start: Int, brackets: BracketMatches, depth: Int) -> (String, Int)? {
        guard let close = brackets.closingBracket[start] else { return nil }
        let end: Int
        if close + 1 >= chars.count {
            end = close + 1
        } else if chars[close + 1] == "(" {
            guard let paren = brackets.closingParen[close + 1] else { return nil }
            end = paren + 1
        } else if chars[close + 1] == "[", let reference = brackets.nextClosingBracket(from: close + 1) {
            end = reference + 1
        } else {
            return nil
        }
        let inner = String(chars[(start + 1)..<close])
        return (depth < maxLinkDepth ? reduce(inner, depth: depth + 1) : inner, end)
    }

    /// Where brackets and parentheses close, found in one pass so that a run of unclosed
    /// `[` or `(` costs linear time instead of one scan to the end per bracket. Sized by the
    /// number of brackets, not the text, so long paragraphs stay cheap.
    private struct BracketMatches {
        /// `[` index → its matching `]`, unless a blank line comes first.
        var closingBracket: [Int: Int] = [:]
        /// `(` index → its matching `)`.
        var closingParen: [Int: Int] = [:]
        /// Indices of every `]`, ascending.
        var closeIndices: [Int] = []

        init(_ chars: [Character]) {
            var openBrackets: [Int] = []
            var openParens: [Int] = []
            for (index, char) in chars.enumerated() {
                switch char {
                case "[": openBrackets.append(index)
                case "]":
                    closeIndices.append(index)
                    if let open = openBrackets.popLast() { closingBracket[open] = index }
                case "(": openParens.append(index)
                case ")": if let open = openParens.popLast() { closingParen[open] = index }
                case "\n" where index > 0 && chars[index - 1] == "\n": openBrackets.removeAll()
                default: break
                }
            }
        }

        /// The first `]` at or after `index`.
        func nextClosingBracket(from index: Int) -> Int? {
            var low = 0, high = closeIndices.count
            while low < high {
                let middle = (low + high) / 2
                if closeIndices[middle] < index { low = middle + 1 } else { high = middle }
            }
            return low < closeIndices.count ? closeIndices[low] : nil
        }
    }

    /// The index of `>` closing an HTML-like tag or autolink opened at `start`.
    private static func tagEnd(in chars: [Character], from start: Int) -> Int? {
        guard start + 1 < chars.count else { return nil }
        let next = chars[start + 1]
        guard next.isLetter || next == "/" || next == "!" else { return nil }
        var index = start + 1
        while index < chars.count, index - start < 2000 {
            if chars[index] == ">" { return index }
            if chars[index] == "<" { return nil }
            index += 1
        }
        return nil
    }

    /// Lower-cased element name of a tag such as `<b class="x">` or `</b>`.
    private static func tagName(_ tag: String) -> String {
        String(tag.dropFirst().drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }).lowercased()
    }

    /// Names that have a closing tag somewhere in the text: their opening tags are markup.
    private static func closedTagNames(in source: String) -> Set<String> {
        var names: Set<String> = []
        var rest = source[...]
        while let range = rest.range(of: "</") {
            let name = rest[range.upperBound...].prefix { $0.isLetter || $0.isNumber }.lowercased()
            if !name.isEmpty { names.insert(name) }
            rest = rest[range.upperBound...]
        }
        return names
    }

    private static func autolink(_ tag: String) -> String? {
        let inner = tag.dropFirst().dropLast()
        if inner.hasPrefix("http://") || inner.hasPrefix("https://") || inner.hasPrefix("mailto:") { return String(inner) }
        if inner.contains("@"), !inner.contains(" ") { return String(inner) }
        return nil
    }

    private static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ",
        "mdash": "—", "ndash": "–", "hellip": "…", "rsquo": "’", "lsquo": "‘", "rdquo": "”", "ldquo": "“", "copy": "©",
    ]

    private static func entity(in chars: [Character], from start: Int) -> (String, Int)? {
        var end = start + 1
        while end < chars.count, end - start <= 10, chars[end] != ";" {
            guard chars[end].isLetter || chars[end].isNumber || chars[end] == "#" else { return nil }
            end += 1
        }
        guard end < chars.count, chars[end] == ";" else { return nil }
        let name = String(chars[(start + 1)..<end])
        if let value = named[name] { return (value, end + 1) }
        if name.hasPrefix("#") {
            let digits = name.dropFirst()
            let number = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            if let number, number != 0, let scalar = Unicode.Scalar(number) { return (String(scalar), end + 1) }
        }
        return nil
    }
}

private extension Character {
    var isPunctuationOrSymbol: Bool { isPunctuation || isSymbol }
}
