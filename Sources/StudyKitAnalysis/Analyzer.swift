import StudyKitSupport
import StudyKitModel
import StudyKitText
import StudyKitRules

/// Runs the analysis stages over a document: sentences, words, statistics.
public struct Analyzer: Sendable {
    public let language: LanguageKit
    public let extractor: KnowledgeExtractor
    /// Which phrasings define a term (the glossary behind the study aids).
    public let glossaryRules: GlossaryRules
    /// The longest article (bytes) whose stages run side by side; 0 runs them one at a time.
    public var parallelLimit = ParallelJobs.articleSizeLimit

    /// Silent reading speed for non-fiction (Brysbaert 2019 meta-analysis: 238 words per minute).
    static let wordsPerMinute = 238

    public init(language: LanguageKit, extractor: KnowledgeExtractor, glossaryRules: GlossaryRules) {
        self.language = language
        self.extractor = extractor
        self.glossaryRules = glossaryRules
    }

    /// Sentences, statistics, topic sections for unheaded text, keyphrases and summaries.
    public func analyse(_ document: Document) -> Analysis {
        analyse(document, stages: .all)
    }

    /// The optional stages after sentences and statistics; commands that print one thing skip the rest.
    public struct Stages: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        /// The article's keyphrases and summaries (all the `summary` command prints).
        public static let summaries = Stages(rawValue: 1)
        /// Exams, domains, traits, study path.
        public static let knowledge = Stages(rawValue: 2)
        /// Keyphrases of each section (the outline, the JSON, the guide).
        public static let sectionKeyphrases = Stages(rawValue: 4)
        /// Glossary, flashcards and quiz (after everything else: they draw on it all).
        public static let studyAids = Stages(rawValue: 8)
        /// Keyphrases and summaries, for the article and for each section.
        public static let ranking: Stages = [.summaries, .sectionKeyphrases]
        public static let all: Stages = [.ranking, .knowledge, .studyAids]
    }

    /// `summaryLength`: the whole-article summary's length; by default about one sentence in forty.
    public func analyse(_ document: Document, stages: Stages, summaryLength: Summarizer.Length? = nil) -> Analysis {
        // The extractor's indices are built beside the sentence analysis, not after it.
        let firstPass = JobResult<Analysis>()
        var preparing: [@Sendable () -> Void] = [{ firstPass.value = measure(document) }]
        if stages.contains(.knowledge) { preparing += extractor.preparation }
        ParallelJobs.run(preparing, parallel: preparing.count > 1 && ParallelJobs.suitsParallel(document.text, limit: parallelLimit))
        var analysis = firstPass.value!
        if let split = TopicSections(language: language).split(analysis) {
            analysis = regroup(analysis, into: split)
        }
        // The stages below only read the sentences: they run side by side.
        let measured = analysis
        let keyphrases = JobResult<(document: [Keyphrase], sections: [[Keyphrase]])>()
        let summaries = JobResult<(summary: [Int], sections: [SectionSummary])>()
        let knowledge = JobResult<Knowledge>()
        var jobs: [@Sendable () -> Void] = []
        if !stages.isDisjoint(with: .ranking) {
            let sections = stages.contains(.sectionKeyphrases) ? measured.sectionStats.map(\.sentenceRange) : []
            jobs.append { keyphrases.value = language.ranking.keyphrases.keyphrases(
                in: measured.sentences, top: 15, sections: sections, sectionTop: 5,
                vocabulary: extractor.examVocabulary(
                    in: measured.sentences, minShare: language.ranking.keyphrases.rules.examVocabularyMinShare)) }
        }
        if stages.contains(.summaries) {
            let length = summaryLength ?? .sentences(Self.defaultSummaryLength(bodySentences: measured.stats.sentences))
            jobs.append { summaries.value = language.ranking.summarizer.summaries(of: measured.sentences, length: length) }
        }
        // Lists and table rows, for extraction and the study aids.
        var layout: ExtractionText? = nil
        if !stages.isDisjoint(with: [.knowledge, .studyAids]) {
            var forms = WordForms()
            layout = ExtractionText.make(analysis: measured) { text, span, section, paragraph in
                language.sentence(text: text, span: span, sectionIndex: section, paragraphIndex: paragraph, isHeading: false,
                                  forms: &forms)
            }
        }
        if stages.contains(.knowledge), let text = layout {
            // First: the longest job, begun first, ends the batch soonest (the others share the other core).
            jobs.insert({
                // Alone (`compare`), the extraction's own stages use both cores.
                knowledge.value = extractor.extract(text, sections: measured.document.sections,
                                                    parallel: stages.isDisjoint(with: .ranking) && ParallelJobs.suitsParallel(measured.document.text, limit: parallelLimit))
            }, at: 0)
        }
        ParallelJobs.run(jobs, parallel: ParallelJobs.suitsParallel(analysis.document.text, limit: parallelLimit))
        if let keyphrases = keyphrases.value {
            analysis.keyphrases = keyphrases.document
            if stages.contains(.sectionKeyphrases) { analysis.sectionKeyphrases = keyphrases.sections }
        }
        if let summaries = summaries.value {
            analysis.summary = summaries.summary
            var bySection = [[Int]](repeating: [], count: analysis.document.sections.count)
            for entry in summaries.sections where bySection.indices.contains(entry.sectionIndex) {
                bySection[entry.sectionIndex] = entry.sentences
            }
            analysis.sectionSummaries = bySection
        }
        analysis.layout = layout
        if let knowledge = knowledge.value {
            analysis.knowledge = knowledge
            analysis.catalog = extractor.catalog
        }
        if stages.contains(.studyAids) {
            analysis.studyAids = StudyAids.make(
                for: analysis, rules: glossaryRules,
                parallel: ParallelJobs.suitsParallel(analysis.document.text, limit: parallelLimit))
        }
        return analysis
    }

    /// How many sentences the whole-article summary has by default: about one in forty, 3 to 10.
    public static func defaultSummaryLength(bodySentences: Int) -> Int {
        min(10, max(3, bodySentences / 40))
    }

    /// Sentences and figures, section by section. Paragraphs are split and
    /// tokenized in parallel chunks for articles up to `ParallelJobs.articleSizeLimit`.
    func measure(_ document: Document) -> Analysis {
        // Every title, heading and paragraph in document order, with its section and paragraph number.
        var pieces: [MeasuredPiece] = []
        var paragraphIndex = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            // The title heading (when it came from the text) opens the first section's sentences.
            if sectionIndex == 0, let title = document.titleHeading {
                pieces.append(MeasuredPiece(section: 0, paragraph: paragraphIndex,
                                            content: .heading(title.text, title.span)))
                paragraphIndex += 1
            }
            if let title = section.title, let span = section.headingSpan {
                pieces.append(MeasuredPiece(section: sectionIndex, paragraph: paragraphIndex, content: .heading(title, span)))
                paragraphIndex += 1
            }
            for paragraph in section.paragraphs {
                pieces.append(MeasuredPiece(section: sectionIndex, paragraph: paragraphIndex, content: .body(paragraph)))
                paragraphIndex += 1
            }
        }
        var found = sentences(of: pieces, parallel: ParallelJobs.suitsParallel(document.text, limit: parallelLimit))

        var sentences: [AnalysedSentence] = []
        sentences.reserveCapacity(found.reduce(0) { $0 + $1.count })
        var sectionStats: [Analysis.SectionStats] = []
        var totalWords = 0, bodySentenceCount = 0, totalParagraphs = 0
        var next = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            let first = sentences.count
            var words = 0
            while next < pieces.count && pieces[next].section == sectionIndex {
                for sentence in found[next] {
                    words += sentence.wordCount
                }
                if case .body = pieces[next].content { bodySentenceCount += found[next].count }
                sentences.append(contentsOf: found[next])
                found[next] = []  // a book's sentences are not held twice
                next += 1
            }
            totalWords += words
            totalParagraphs += section.paragraphs.count
            sectionStats.append(Analysis.SectionStats(words: words, paragraphs: section.paragraphs.count,
                                                      sentenceRange: first..<sentences.count))
        }
        let minutes = totalWords == 0 ? 0 : max(1, Int((Double(totalWords) / Double(Self.wordsPerMinute)).rounded(.up)))
        let stats = Analysis.Stats(words: totalWords, sentences: bodySentenceCount,
                                   paragraphs: totalParagraphs, readingMinutes: minutes)
        var analysis = Analysis(document: document, sentences: sentences, stats: stats, sectionStats: sectionStats)
        analysis.paragraphs = pieces.map { piece in
            if case .body(let paragraph) = piece.content { return paragraph }
            return nil
        }
        return analysis
    }

    /// The same sentences under the sections of `document`, the same paragraphs regrouped
    /// (topic sections): nothing is split or tokenised again. Topic sections have no
    /// heading lines, so paragraph numbers are unchanged; only section numbers and figures move.
    func regroup(_ analysis: Analysis, into document: Document) -> Analysis {
        var sentences = analysis.sentences
        var sectionStats: [Analysis.SectionStats] = []
        var next = 0
        // The title line (when it came from the text) is paragraph 0 and opens the first section.
        var paragraphEnd = document.titleHeading == nil ? 0 : 1
        for (sectionIndex, section) in document.sections.enumerated() {
            let first = next
            paragraphEnd += section.paragraphs.count
            var words = 0
            while next < sentences.count && sentences[next].paragraphIndex < paragraphEnd {
                sentences[next].sectionIndex = sectionIndex
                words += sentences[next].wordCount
                next += 1
            }
            sectionStats.append(Analysis.SectionStats(words: words, paragraphs: section.paragraphs.count,
                                                      sentenceRange: first..<next))
        }
        var regrouped = Analysis(document: document, sentences: sentences, stats: analysis.stats, sectionStats: sectionStats)
        regrouped.paragraphs = analysis.paragraphs
        return regrouped
    }

    /// A heading or paragraph to split into analysed sentences.
    struct MeasuredPiece: Sendable {
        enum Content: Sendable {
            case heading(String, TextSpan)
            case body(Paragraph)
        }
        var section: Int
        var paragraph: Int
        var content: Content
    }

    /// The analysed sentences of each piece, in order; in a few parallel chunks when asked.
    private func sentences(of pieces: [MeasuredPiece], parallel: Bool) -> [[AnalysedSentence]] {
        let chunkCount = parallel ? min(8, max(1, pieces.count / 16)) : 1
        let bounds = (0...chunkCount).map { $0 * pieces.count / chunkCount }
        let results = (0..<chunkCount).map { _ in JobResult<[[AnalysedSentence]]>() }
        let jobs = (0..<chunkCount).map { chunk -> @Sendable () -> Void in
            let slot = results[chunk], range = bounds[chunk]..<bounds[chunk + 1]
            return {
                var forms = WordForms()
                slot.value = pieces[range].map { analyse($0, forms: &forms) }
            }
        }
        ParallelJobs.run(jobs, parallel: parallel)
        return results.flatMap { $0.value ?? [] }
    }

    private func analyse(_ piece: MeasuredPiece, forms: inout WordForms) -> [AnalysedSentence] {
        switch piece.content {
        case .heading(let text, let span):
            return [language.sentence(text: text, span: span, sectionIndex: piece.section,
                                      paragraphIndex: piece.paragraph, isHeading: true, forms: &forms)]
        case .body(let paragraph):
            return language.sentences(in: paragraph, sectionIndex: piece.section, paragraphIndex: piece.paragraph,
                                      forms: &forms)
        }
    }
}
