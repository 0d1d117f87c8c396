import StudyKitModel
import StudyKitRules

/// Everything StudyKit learns about a document; exporters read from it.
///
/// Results are stand-off annotations: they point at sentences and spans of
/// `document`, they do not copy or rewrite the article.
public struct Analysis: Sendable {
    public struct Stats: Sendable, Equatable {
        public var words: Int
        public var sentences: Int
        public var paragraphs: Int
        public var readingMinutes: Int
    }

    /// Per-section figures, parallel to `document.sections`.
    public struct SectionStats: Sendable, Equatable {
        public var words: Int
        public var paragraphs: Int
        /// Indices into `sentences` of this section's body sentences.
        public var sentenceRange: Range<Int>
    }

    public var document: Document
    /// Every sentence in document order, section headings included (flagged).
    public var sentences: [AnalysedSentence]
    public var stats: Stats
    public var sectionStats: [SectionStats]
    /// Every paragraph by the `paragraphIndex` its sentences carry (nil where a heading stands),
    /// so an export can show a sentence with its paragraph's markup.
    public var paragraphs: [Paragraph?] = []
    /// The article's keyphrases, best first.
    public var keyphrases: [Keyphrase] = []
    /// Keyphrases of each section, parallel to `document.sections`.
    public var sectionKeyphrases: [[Keyphrase]] = []
    /// Indices into `sentences` of the whole-article summary, in document order.
    public var summary: [Int] = []
    /// Indices into `sentences` of each section's 1–2 summary sentences, parallel to `document.sections`.
    public var sectionSummaries: [[Int]] = []
    /// Exams, their domains, role traits and the study path, each with evidence.
    public var knowledge = Knowledge(catalogVersion: nil, certifications: [], roles: [], studyPath: [])
    /// The sentences with their layout (lists, table rows) that extraction and the study aids read.
    public var layout: ExtractionText?
    /// Glossary, flashcards and quiz: what the study aids say (exporters only lay them out).
    public var studyAids = StudyAids.empty
    /// The catalogue the knowledge was found with (fills comparison cells the article leaves open).
    public var catalog = CertificationCatalog(version: nil, asOf: nil, exams: [])

    /// Body sentences of one section (headings excluded).
    public func bodySentences(ofSection index: Int) -> ArraySlice<AnalysedSentence> {
        sentences[sectionStats[index].sentenceRange].filter { !$0.isHeading }[...]
    }

    /// The key points of a section: its summary sentences. None when the summariser found no
    /// informative sentence there (a list of links or titles is not summed up by its first item).
    public func keyPoints(ofSection index: Int, limit: Int = 2) -> [AnalysedSentence] {
        let chosen = sectionSummaries.indices.contains(index) ? sectionSummaries[index] : []
        return chosen.prefix(limit).map { sentences[$0] }
    }

    /// The paragraph a body sentence comes from (by its `paragraphIndex`); nil for headings.
    public func paragraph(of sentence: AnalysedSentence) -> Paragraph? {
        guard !sentence.isHeading, paragraphs.indices.contains(sentence.paragraphIndex) else { return nil }
        return paragraphs[sentence.paragraphIndex]
    }

    /// The summary sentences themselves.
    public var summarySentences: [AnalysedSentence] { summary.map { sentences[$0] } }
}
