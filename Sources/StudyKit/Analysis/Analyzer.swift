/// Runs the analysis stages over a document: sentences, words, statistics.
public struct Analyzer: Sendable {
    public let language: LanguageKit

    /// Silent reading speed for non-fiction (Brysbaert 2019 meta-analysis: 238 words per minute).
    static let wordsPerMinute = 238

    public init(language: LanguageKit) {
        self.language = language
    }

    public func analyse(_ document: Document) -> Analysis {
        var sentences: [AnalysedSentence] = []
        var sectionStats: [Analysis.SectionStats] = []
        var paragraphIndex = 0
        var totalWords = 0
        var bodySentenceCount = 0
        var totalParagraphs = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            let first = sentences.count
            var words = 0
            if let title = section.title, let span = section.headingSpan {
                let heading = language.sentence(text: title, span: span, sectionIndex: sectionIndex,
                                                 paragraphIndex: paragraphIndex, isHeading: true)
                words += heading.words.filter { $0.kind != .punctuation }.count
                sentences.append(heading)
                paragraphIndex += 1
            }
            let paragraphs = section.paragraphs
            for paragraph in paragraphs {
                let found = language.sentences(in: paragraph, sectionIndex: sectionIndex, paragraphIndex: paragraphIndex)
                for sentence in found {
                    words += sentence.words.filter { $0.kind != .punctuation }.count
                }
                bodySentenceCount += found.count
                sentences.append(contentsOf: found)
                paragraphIndex += 1
            }
            totalWords += words
            totalParagraphs += paragraphs.count
            sectionStats.append(Analysis.SectionStats(words: words, paragraphs: paragraphs.count,
                                                      sentenceRange: first..<sentences.count))
        }
        let minutes = totalWords == 0 ? 0 : max(1, Int((Double(totalWords) / Double(Self.wordsPerMinute)).rounded(.up)))
        let stats = Analysis.Stats(words: totalWords, sentences: bodySentenceCount,
                                   paragraphs: totalParagraphs, readingMinutes: minutes)
        return Analysis(document: document, sentences: sentences, stats: stats, sectionStats: sectionStats)
    }
}
