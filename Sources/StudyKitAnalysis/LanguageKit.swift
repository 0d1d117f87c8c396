import StudyKitModel
import StudyKitText
import StudyKitRules

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

    /// The tools with the rules of `book`; throws when the sentence rules do not compile.
    public init(rules book: RuleBook) throws {
        self.init(segmenter: try SentenceSegmenter(rules: book.sentences), tokenizer: Tokenizer(),
                  stemmer: EnglishStemmer(), stopWords: book.stopWords, ranking: RankingTools(rules: book))
    }

    /// The sentences of a paragraph, with words analysed and spans in the source.
    public func sentences(in paragraph: Paragraph, sectionIndex: Int, paragraphIndex: Int) -> [AnalysedSentence] {
        var forms = WordForms()
        return sentences(in: paragraph, sectionIndex: sectionIndex, paragraphIndex: paragraphIndex, forms: &forms)
    }

    /// `sentences(in:…)` sharing the stems already worked out for earlier paragraphs.
    func sentences(in paragraph: Paragraph, sectionIndex: Int, paragraphIndex: Int,
                   forms: inout WordForms) -> [AnalysedSentence] {
        segmenter.sentenceRanges(in: paragraph.text).map { range in
            let text = Self.slice(paragraph.text, range)
            let span = paragraph.sourceSpan(of: range)
            var analysed = sentence(text: text, span: span, sectionIndex: sectionIndex, paragraphIndex: paragraphIndex,
                                    isHeading: false, forms: &forms)
            analysed.rangeInParagraph = range
            return analysed
        }
    }

    /// One sentence (or heading) analysed into words.
    public func sentence(text: String, span: TextSpan, sectionIndex: Int, paragraphIndex: Int, isHeading: Bool) -> AnalysedSentence {
        var forms = WordForms()
        return sentence(text: text, span: span, sectionIndex: sectionIndex, paragraphIndex: paragraphIndex,
                        isHeading: isHeading, forms: &forms)
    }

    /// `sentence(text:…)` sharing the stems already worked out for earlier sentences.
    func sentence(text: String, span: TextSpan, sectionIndex: Int, paragraphIndex: Int, isHeading: Bool,
                  forms: inout WordForms) -> AnalysedSentence {
        let collapsed = Whitespace.collapse(text)
        let words = tokenizer.tokens(in: collapsed).map { token -> Word in
            let lower = Tokenizer.lowercased(token.text)
            guard token.kind == .word else {
                return Word(text: token.text, lower: lower, stem: lower, kind: token.kind, isStopWord: false, range: token.range)
            }
            let form = forms.form(of: lower, stemmer: stemmer, stopWords: stopWords)
            return Word(text: token.text, lower: lower, stem: form.stem, kind: token.kind,
                        isStopWord: form.isStopWord, range: token.range)
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
