import Foundation
import StudyKitRules

/// What a unit looks like on its own, before its neighbours are considered.
struct HeadingShape: Sendable, Equatable {
    enum Kind: Sendable, Equatable { case numbered, headingWord, question, allCaps, titleCase, sentenceCase, underlined }

    var kind: Kind
    /// The heading on one line, as written.
    var title: String
    var wordCount: Int
    /// Set for numbered headings.
    var rank: HeadingRules.Rank?
    /// Depth from the numbering ("1.2" → 2), or the scheme's fixed level.
    var numberLevel: Int?
    /// The numbering consumed the whole line ("Chapter 3.", "Part 2:").
    var isBareNumber: Bool
    /// A label line taken as a heading ("Recommendation: Fully controlled component"): a style of its own.
    var isLabelled = false

    /// Classifies one line of text against the rules; nil when it cannot be a heading.
    ///
    /// Every test only rules a line out, so their order changes no result: the cheap ones
    /// come first and the eighteen `notHeadingPatterns` last, for the few lines still shaped
    /// like a heading (each regular expression bridges the line to UTF-16 again).
    static func classify(_ line: String, lineCount: Int, isBullet: Bool, rules: HeadingRules) -> HeadingShape? {
        guard !isBullet, lineCount <= 2, !line.isEmpty, line.utf8.count <= rules.maxCharacters else { return nil }
        let words = line.split(separator: " ")
        guard words.count <= rules.maxWords else { return nil }
        let lower = line.lowercased()
        if rules.notHeadingPrefixes.contains(where: { lower.hasPrefix($0) }) { return nil }
        guard line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return nil }

        var rank: HeadingRules.Rank?
        var numberLevel: Int?
        var bare = false
        let range = NSRange(line.startIndex..., in: line)
        for scheme in rules.numbering {
            guard let match = scheme.pattern.firstMatch(in: line, range: range) else { continue }
            rank = scheme.rank
            if scheme.level == 0, match.numberOfRanges > 1, let group = Range(match.range(at: 1), in: line) {
                numberLevel = line[group].split(separator: ".").count
            } else {
                numberLevel = max(scheme.level, 1)
            }
            // The match may end inside a Character ("1.2 👩‍💻": `\S` takes one scalar of the
            // emoji), where `Range(_:in:)` is nil; a UTF-16 index is rounded down instead.
            let matchEnd = line.utf16.index(line.utf16.startIndex, offsetBy: NSMaxRange(match.range))
            let rest = line[matchEnd...]
            bare = rest.allSatisfy { $0.isWhitespace || $0.isPunctuation }
            // "1. e4 e5 2. Nf3" is notation, not a heading: the title after a number starts with a capital.
            let numberEnd = line.index(line.startIndex, offsetBy: line.prefix { $0.isNumber || $0 == "." || $0 == " " }.count)
            if scheme.rank == .decimal, let firstLetter = line[numberEnd...].first(where: { $0.isLetter }),
               !firstLetter.isUppercase {
                return nil
            }
            break
        }

        // A closing quote or dash after the punctuation still closes the sentence: "…talking!”", "began:—".
        // Emphasis marks of plain text ("_To Mrs. Saville, England._") are as transparent as quotes.
        let last = line.reversed().first { !"”’\"')]—–_*".contains($0) } ?? line.last!
        let closesSentence = ".!;,:…".contains(last) || (last == "?" && line.last != "?")
        if closesSentence && !(rank != nil && bare) && !isNumberedTitleWithFullStop(line, rank: rank, words: words, rules: rules)
            && !isCapitalsTitleWithFullStop(line, words: words, numbered: rank != nil, rules: rules) {
            return nil
        }

        if rank == nil, let colon = line.firstIndex(of: ":") {
            let label = line[..<colon].split(separator: " ")
            let value = line[line.index(after: colon)...].split(separator: " ")
            if label.count <= rules.maxLabelWords, !value.isEmpty,
               titleCaseRatio(value, rules: rules) < rules.minTitleCaseRatio {
                return nil
            }
        }

        let trimmedLower = lower.trimmingCharacters(in: labelEnds)
        let kind: Kind
        if rank != nil {
            kind = .numbered
        } else if rules.headingWords.contains(trimmedLower) {
            kind = .headingWord
        } else if last == "?" {
            guard words.count <= rules.maxQuestionWords, line.first?.isUppercase == true else { return nil }
            kind = .question
        } else if isAllCaps(line) {
            kind = .allCaps
        } else if titleCaseRatio(words, rules: rules) >= rules.minTitleCaseRatio {
            kind = .titleCase
        } else if words.count <= rules.maxSentenceCaseWords, line.first?.isUppercase == true {
            kind = .sentenceCase
        } else {
            return nil
        }
        if rules.notHeadingPatterns.contains(where: { HeadingRules.matches($0, line) }) { return nil }
        if rules.isContentsEntry(line) { return nil }
        return HeadingShape(kind: kind, title: line, wordCount: words.count, rank: rank,
                            numberLevel: numberLevel, isBareNumber: bare)
    }

    /// "1. Source Code." — legal and standards texts end numbered titles with a full
    /// stop. Allowed only for a numbered line whose words after the number are all title
    /// case and that holds no other sentence break, so "1. Install it. Then run it." stays text.
    private static func isNumberedTitleWithFullStop(_ line: String, rank: HeadingRules.Rank?, words: [Substring],
                                                    rules: HeadingRules) -> Bool {
        guard rank == .decimal, line.hasSuffix("."), !line.hasSuffix(".."), words.count >= 2 else { return false }
        let title = words.dropFirst().map { Substring($0) }
        guard !title.dropLast().contains(where: { $0.hasSuffix(".") || $0.hasSuffix(";") || $0.hasSuffix(":") }) else {
            return false
        }
        // Every significant word capitalised: a step such as "1. Open Azure Monitor and select Alerts." is not.
        return titleCaseRatio(title, rules: rules) >= 1
    }

    /// "ZARATHUSTRA'S PROLOGUE." — old books set short titles in capitals with a full stop.
    private static func isCapitalsTitleWithFullStop(_ line: String, words: [Substring], numbered: Bool, rules: HeadingRules) -> Bool {
        // A second sentence inside ("THIS FILE IS GENERATED. DO NOT EDIT.") only after a numbering ("FIRST PART. …").
        if !numbered, line.dropLast().contains(". ") { return false }
        // A comma marks a sentence set in capitals ("NO BONFIRES BEFORE 1 NOVEMBER, PLEASE.").
        // One word alone ("CHORUS.") is a heading only when it is a heading word ("PREFACE.").
        return line.hasSuffix(".") && !line.hasSuffix("..") && !line.contains(",") && words.count <= rules.maxSentenceCaseWords && isAllCaps(line)
            && (words.count >= 2 || rules.headingWords.contains(String(line.dropLast()).lowercased()))
    }

    private static func isAllCaps(_ line: String) -> Bool {
        var letters = 0
        for scalar in line.unicodeScalars where scalar.properties.isAlphabetic {
            if scalar.properties.isLowercase { return false }
            letters += 1
        }
        return letters >= 3
    }

    // Character sets are built once: building a union per word was about a fifth of heading detection.
    private static let labelEnds = CharacterSet(charactersIn: ":. ")
    private static let wordEdges = CharacterSet.punctuationCharacters.union(.symbols)

    /// Share of significant words that start with a capital (or a digit, as codes do).
    static func titleCaseRatio(_ words: [Substring], rules: HeadingRules) -> Double {
        var considered = 0
        var capitalised = 0
        for (index, raw) in words.enumerated() {
            let word = raw.trimmingCharacters(in: wordEdges)
            // An emoji or symbol ("⚡ Demo") is neither capitalised nor not.
            guard let first = word.first, word.contains(where: { $0.isLetter || $0.isNumber }) else { continue }
            if index > 0 && rules.smallWords.contains(word.lowercased()) { continue }
            considered += 1
            if first.isUppercase || first.isNumber { capitalised += 1 }
        }
        return considered == 0 ? 0 : Double(capitalised) / Double(considered)
    }
}
