/// The English text tools, loaded once: sentence segmenter, tokenizer, stemmer, stop words,
/// and the ranking stages (keyphrases, summaries, topic segmentation) with their rules.
public struct LanguageKit: Sendable {
    public let segmenter: SentenceSegmenter
    public let tokenizer: Tokenizer
    public let stemmer: EnglishStemmer
    public let stopWords: StopWords
    public let ranking: RankingTools

    public init(segmenter: SentenceSegmenter, tokenizer: Tokenizer, stemmer: EnglishStemmer, stopWords: StopWords,
                ranking: RankingTools) {
        self.segmenter = segmenter
        self.tokenizer = tokenizer
        self.stemmer = stemmer
        self.stopWords = stopWords
        self.ranking = ranking
    }

    public static func standard() throws -> LanguageKit {
        LanguageKit(segmenter: try SentenceSegmenter.standard(), tokenizer: Tokenizer(),
                    stemmer: EnglishStemmer(), stopWords: try StopWords.standard(),
                    ranking: try RankingTools.standard())
    }

    /// The sentences of a paragraph, with words analysed and spans in the source.
    public func sentences(in paragraph: Paragraph, sectionIndex: Int, paragraphIndex: Int) -> [AnalysedSentence] {
        segmenter.sentenceRanges(in: paragraph.text).map { range in
            let text = Self.slice(paragraph.text, range)
            let span = paragraph.isVerbatim
                ? TextSpan(start: paragraph.span.start + range.lowerBound, end: paragraph.span.start + range.upperBound)
                : paragraph.span
            return sentence(text: text, span: span, sectionIndex: sectionIndex, paragraphIndex: paragraphIndex, isHeading: false)
        }
    }

    /// One sentence (or heading) analysed into words.
    public func sentence(text: String, span: TextSpan, sectionIndex: Int, paragraphIndex: Int, isHeading: Bool) -> AnalysedSentence {
        let collapsed = TextUnit.collapseWhitespace(text)
        let words = tokenizer.tokens(in: collapsed).map { token -> Word in
            let lower = Tokenizer.lowercased(token.text)
            let stem = token.kind == .word ? stemmer.stem(lower) : lower
            return Word(text: token.text, lower: lower, stem: stem, kind: token.kind,
                        isStopWord: token.kind == .word && stopWords.contains(lower), range: token.range)
        }
        return AnalysedSentence(text: collapsed, span: span, sectionIndex: sectionIndex,
                                paragraphIndex: paragraphIndex, isHeading: isHeading, words: words)
    }

    static func slice(_ text: String, _ range: Range<Int>) -> String {
        let utf8 = text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return String(text[start..<end])
    }
}

extension LanguageKit {
    /// Every sentence of a raw text, paragraph by paragraph, whitespace collapsed.
    /// Nothing is dropped: headings and residue come out as their own lines.
    public func sentences(inText text: String) -> [String] {
        Self.sentences(inText: text, segmenter: segmenter)
    }

    public static func sentences(inText text: String, segmenter: SentenceSegmenter) -> [String] {
        var result: [String] = []
        for unit in PlainTextReader(text: text).units() {
            for range in segmenter.sentenceRanges(in: unit.text) {
                let sentence = TextUnit.collapseWhitespace(slice(unit.text, range))
                if !sentence.isEmpty { result.append(sentence) }
            }
        }
        return result
    }
}
