/// A word of a sentence, analysed once and shared by every later stage
/// (keyphrases, summaries, topics, extraction).
public struct Word: Sendable, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// Letters, possibly with inner hyphens or apostrophes ("big-picture", "it's").
        case word
        /// Digits, decimals, percentages ("2.5", "40%").
        case number
        /// Exam and product codes ("AZ-104", "SAA-C03").
        case code
        /// Punctuation and symbols, kept so phrases do not run across them.
        case punctuation
    }

    /// The word as written.
    public var text: String
    /// Lower-cased, curly apostrophes made straight.
    public var lower: String
    /// Porter2 stem of `lower` (codes and numbers keep `lower`).
    public var stem: String
    /// Bounds of `range`, 32-bit: a book has millions of words, and this keeps a word at 64 bytes, not 72.
    private var rangeStart: UInt32
    private var rangeEnd: UInt32
    public var kind: Kind
    public var isStopWord: Bool

    /// UTF-8 byte range inside the sentence text.
    public var range: Range<Int> {
        get { Int(rangeStart)..<Int(rangeEnd) }
        set {
            rangeStart = UInt32(newValue.lowerBound)
            rangeEnd = UInt32(newValue.upperBound)
        }
    }

    public init(text: String, lower: String, stem: String, kind: Kind, isStopWord: Bool, range: Range<Int>) {
        self.text = text
        self.lower = lower
        self.stem = stem
        self.kind = kind
        self.isStopWord = isStopWord
        rangeStart = UInt32(range.lowerBound)
        rangeEnd = UInt32(range.upperBound)
    }

    /// True when the word starts with an upper-case letter.
    public var isCapitalized: Bool { text.first?.isUppercase ?? false }
    /// True for words that carry content: not stop words, not punctuation.
    public var isContent: Bool { kind != .punctuation && !isStopWord }
}

/// A sentence of the article with its place and its words.
public struct AnalysedSentence: Sendable, Equatable {
    /// The sentence as it stands in the article, inner whitespace collapsed.
    public var text: String
    /// Where it stands in the source (the paragraph's span if the paragraph is not verbatim).
    public var span: TextSpan
    /// Index into `Document.sections`.
    public var sectionIndex: Int
    /// Index of the paragraph within the whole document (0-based, document order).
    public var paragraphIndex: Int
    /// True for a section heading (kept for display; never chosen as a summary or evidence).
    public var isHeading: Bool
    public var words: [Word]
    /// Bounds of the sentence inside its paragraph's text (UTF-8 bytes; 32-bit, as word ranges),
    /// so an export can show the paragraph's own markup for just this sentence.
    private var paragraphStart: UInt32 = 0
    private var paragraphEnd: UInt32 = 0

    /// Byte range of the sentence in its paragraph's `text` (empty for headings).
    public var rangeInParagraph: Range<Int> {
        get { Int(paragraphStart)..<Int(paragraphEnd) }
        set {
            paragraphStart = UInt32(newValue.lowerBound)
            paragraphEnd = UInt32(newValue.upperBound)
        }
    }

    public init(text: String, span: TextSpan, sectionIndex: Int, paragraphIndex: Int, isHeading: Bool, words: [Word]) {
        self.text = text
        self.span = span
        self.sectionIndex = sectionIndex
        self.paragraphIndex = paragraphIndex
        self.isHeading = isHeading
        self.words = words
    }

    /// Words without punctuation: what reading time and section figures count.
    public var wordCount: Int {
        words.reduce(0) { $1.kind == .punctuation ? $0 : $0 + 1 }
    }
}
