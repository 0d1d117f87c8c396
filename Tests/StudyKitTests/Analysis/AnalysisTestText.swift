import Foundation
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitText

/// Turns test text into analysed sentences with the real pipeline (reader, headings,
/// segmenter, tokenizer, stemmer). `oneSentencePerLine` instead keeps every line one
/// sentence and one paragraph, as segmentation benchmarks expect.
func analysedSentences(_ text: String, oneSentencePerLine: Bool = false) -> [AnalysedSentence] {
    if !oneSentencePerLine { return try! TestSupport.analysis(text).sentences }
    let segmenter = try! SentenceSegmenter(rules: TestSupport.rules.sentences)
    let stopWords = try! TestSupport.rules.stopWords
    let tokenizer = Tokenizer()
    let stemmer = EnglishStemmer()
    var result: [AnalysedSentence] = []
    var section = 0, paragraph = 0, offset = 0
    for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
        defer { offset += line.utf8.count + 1 }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard let last = trimmed.last else { continue }
        let isHeading = !oneSentencePerLine && !".?!:\"”".contains(last) && trimmed.split(separator: " ").count <= 16
        if isHeading { section += 1 }
        let ranges = isHeading || oneSentencePerLine ? [0..<line.utf8.count] : segmenter.sentenceRanges(in: line)
        for range in ranges {
            let bytes = Array(line.utf8)[range]
            let sentenceText = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            let words = tokenizer.tokens(in: sentenceText).map { token -> Word in
                let lower = Tokenizer.lowercased(token.text)
                let stem = token.kind == .word ? stemmer.stem(lower) : lower
                let isStop = token.kind == .word && stopWords.contains(lower)
                return Word(text: token.text, lower: lower, stem: stem, kind: token.kind, isStopWord: isStop, range: token.range)
            }
            let span = TextSpan(start: offset + range.lowerBound, end: offset + range.upperBound)
            result.append(AnalysedSentence(text: sentenceText, span: span, sectionIndex: section,
                                           paragraphIndex: paragraph, isHeading: isHeading, words: words))
        }
        paragraph += 1
    }
    return result
}

/// Text of a bundled test fixture (the seed article is read from Corpus/).
func fixtureText(_ name: String) throws -> String {
    if name == "az-104-vs-az-305.txt" { return try String(contentsOfFile: TestSupport.seedPath, encoding: .utf8) }
    var folder = Bundle.module.resourceURL!
    if folder.lastPathComponent != "Fixtures" { folder.appendPathComponent("Fixtures") }
    return try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
}

/// Beeferman's Pk: the share of sentence pairs k apart that the hypothesis puts
/// wrongly in the same or different segments (k = half the mean reference segment).
func pk(reference: [Int], hypothesis: [Int], count: Int) -> Double {
    func segmentOfEach(_ starts: [Int]) -> [Int] {
        let startSet = Set(starts)
        var segment = 0
        return (0..<count).map { index in
            if startSet.contains(index) { segment += 1 }
            return segment
        }
    }
    let truth = segmentOfEach(reference), guess = segmentOfEach(hypothesis)
    let k = max(1, Int((Double(count) / Double(reference.count + 1) / 2).rounded()))
    guard count > k else { return 0 }
    let errors = (0..<(count - k)).filter { (truth[$0] == truth[$0 + k]) != (guess[$0] == guess[$0 + k]) }.count
    return Double(errors) / Double(count - k)
}
