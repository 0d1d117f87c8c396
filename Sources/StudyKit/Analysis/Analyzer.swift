/// Runs the analysis stages over a document: sentences, words, statistics.
public struct Analyzer: Sendable {
    public let language: LanguageKit
    public let extractor: KnowledgeExtractor

    /// Silent reading speed for non-fiction (Brysbaert 2019 meta-analysis: 238 words per minute).
    static let wordsPerMinute = 238

    public init(language: LanguageKit, extractor: KnowledgeExtractor) {
        self.language = language
        self.extractor = extractor
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
        /// Keyphrases and summaries, for the article and for each section.
        public static let ranking: Stages = [.summaries, .sectionKeyphrases]
        public static let all: Stages = [.ranking, .knowledge]
    }

    /// `summaryLength`: the whole-article summary's length; by default about one sentence in forty.
    public func analyse(_ document: Document, stages: Stages, summaryLength: Summarizer.Length? = nil) -> Analysis {
        var analysis = measure(document)
        if let split = TopicSections(language: language).split(analysis) {
            analysis = measure(split)
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
                in: measured.sentences, top: 15, sections: sections, sectionTop: 5) }
        }
        if stages.contains(.summaries) {
            let length = summaryLength ?? .sentences(Self.defaultSummaryLength(bodySentences: measured.stats.sentences))
            jobs.append { summaries.value = language.ranking.summarizer.summaries(of: measured.sentences, length: length) }
        }
        if stages.contains(.knowledge) {
            jobs.append { knowledge.value = extractor.extract(sentences: measured.sentences, sections: measured.document.sections) }
        }
        ParallelJobs.run(jobs, parallel: ParallelJobs.suitsParallel(analysis.document.text))
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
        if let knowledge = knowledge.value {
            analysis.knowledge = knowledge
            analysis.catalog = extractor.catalog
        }
        return analysis
    }

    /// How many sentences the whole-article summary has by default: about one in forty, 3 to 10.
    public static func defaultSummaryLength(bodySentences: Int) -> Int {
        min(10, max(3, bodySentences / 40))
    }

    /// Sentences and figures, section by section.
    func measure(_ document: Document) -> Analysis {
        var sentences: [AnalysedSentence] = []
        var sectionStats: [Analysis.SectionStats] = []
        var paragraphIndex = 0
        var totalWords = 0
        var bodySentenceCount = 0
        var totalParagraphs = 0
        for (sectionIndex, section) in document.sections.enumerated() {
            let first = sentences.count
            var words = 0
            // The title heading (when it came from the text) opens the first section's sentences.
            if sectionIndex == 0, let span = document.titleSpan {
                let title = language.sentence(text: document.metadata.title, span: span, sectionIndex: 0,
                                              paragraphIndex: paragraphIndex, isHeading: true)
                words += title.words.filter { $0.kind != .punctuation }.count
                sentences.append(title)
                paragraphIndex += 1
            }
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
