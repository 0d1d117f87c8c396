import Foundation
import StudyKitSupport
import StudyKitText

/// Every rule file and lexicon StudyKit ships, loaded through one API.
///
/// Each file is found, decoded and validated here (see `DataFile`); a bad file fails with
/// its path and key at load time, never mid-run. Stages below this one (the segmenter, the
/// stop-word list) define the shape of their rules; stages above take the loaded values.
public struct RuleBook: Sendable {
    public var sentences: SentenceRules
    public var stopWords: StopWords
    public var headings: HeadingRules
    public var residue: ResidueRules
    public var markdown: MarkdownRules
    public var keyphrases: KeyphraseRules
    public var summaries: SummaryRules
    public var topics: TopicSegmentationRules
    public var extraction: ExtractionRules
    public var examNames: ExamNameRules
    public var roleTraits: RoleTraitLexicon
    public var catalog: CertificationCatalog
    public var glossary: GlossaryRules

    public init(sentences: SentenceRules, stopWords: StopWords, headings: HeadingRules, residue: ResidueRules,
                markdown: MarkdownRules, keyphrases: KeyphraseRules, summaries: SummaryRules, topics: TopicSegmentationRules,
                extraction: ExtractionRules, examNames: ExamNameRules, roleTraits: RoleTraitLexicon,
                catalog: CertificationCatalog, glossary: GlossaryRules) {
        self.sentences = sentences
        self.stopWords = stopWords
        self.headings = headings
        self.residue = residue
        self.markdown = markdown
        self.keyphrases = keyphrases
        self.summaries = summaries
        self.topics = topics
        self.extraction = extraction
        self.examNames = examNames
        self.roleTraits = roleTraits
        self.catalog = catalog
        self.glossary = glossary
    }

    /// The bundled files, loaded side by side: the catalogue (the slowest) in one job, the
    /// rest in two more, so on two cores they overlap.
    public static func bundled() throws -> RuleBook {
        let catalog = JobResult<Result<CertificationCatalog, any Error>>()
        let text = JobResult<Result<(SentenceRules, StopWords, HeadingRules, ResidueRules, MarkdownRules), any Error>>()
        let ranking = JobResult<Result<(KeyphraseRules, SummaryRules, TopicSegmentationRules,
                                        ExtractionRules, ExamNameRules, RoleTraitLexicon, GlossaryRules), any Error>>()
        ParallelJobs.run([
            { catalog.value = Result { try CertificationCatalog.bundled() } },
            { text.value = Result { (try RuleFile.sentences.load(SentenceRules.self), try RuleFile.loadStopWords(),
                                     try HeadingRules.load(from: RuleFile.headings.url),
                                     try ResidueRules.load(from: RuleFile.residue.url),
                                     try RuleFile.markdown.load(MarkdownRules.self)) } },
            { ranking.value = Result { (try RuleFile.keyphrases.load(KeyphraseRules.self),
                                        try RuleFile.summaries.load(SummaryRules.self),
                                        try RuleFile.topics.load(TopicSegmentationRules.self),
                                        try RuleFile.extraction.load(ExtractionRules.self),
                                        try ExamNameRules.load(from: RuleFile.examNames.url),
                                        try RuleFile.roleTraits.load(RoleTraitLexicon.self),
                                        try RuleFile.glossary.load(GlossaryRules.self)) } },
        ])
        // The first failure in a fixed order, so the same broken install always reports the same error.
        let (sentences, stopWords, headings, residue, markdown) = try text.value!.get()
        let (keyphrases, summaries, topics, extraction, examNames, roleTraits, glossary) = try ranking.value!.get()
        return RuleBook(sentences: sentences, stopWords: stopWords, headings: headings, residue: residue,
                        markdown: markdown, keyphrases: keyphrases, summaries: summaries, topics: topics, extraction: extraction,
                        examNames: examNames, roleTraits: roleTraits, catalog: try catalog.value!.get(), glossary: glossary)
    }

    /// The same rules with the bundled catalogue extended or overridden by a user's file.
    public func withCatalog(_ path: String) throws -> RuleBook {
        var copy = self
        copy.catalog = try CertificationCatalog.load(userFile: URL(fileURLWithPath: path))
        return copy
    }
}

/// The bundled data files by name: the one list of what ships in `Resources/`.
public enum RuleFile: String, CaseIterable, Sendable {
    case sentences = "sentence-rules"
    case stopWords = "stopwords-en"
    case headings = "heading-rules"
    case residue = "residue-rules"
    case markdown = "markdown-rules"
    case keyphrases = "keyphrase-rules"
    case summaries = "summary-rules"
    case topics = "topic-segmentation"
    case extraction = "extraction-rules"
    case examNames = "exam-names"
    case roleTraits = "role-traits"
    case catalog = "certifications"
    case glossary = "glossary-rules"

    /// Where the bundled file is.
    public var url: URL { DataFile.url(named: rawValue) }

    /// Decodes the bundled file as `T` (schema checked; see `DataFile`).
    public func load<T: Decodable>(_ type: T.Type = T.self) throws -> T {
        try DataFile.load(type, from: url)
    }

    /// The bundled stop-word list, checked entry by entry.
    public static func loadStopWords() throws -> StopWords {
        try StopWords.load(from: RuleFile.stopWords.url)
    }
}

extension StopWords {
    /// Decodes and checks a stop-word file (bundled or a test's).
    public static func load(from url: URL) throws -> StopWords {
        let file = try DataFile.load(File.self, from: url)
        try check(file.words, path: url.path)
        return StopWords(words: file.words)
    }

    /// Decodes and checks stop-word file bytes.
    public static func decode(_ data: Data, path: String) throws -> StopWords {
        let file = try DataFile.decode(File.self, from: data, path: path)
        try check(file.words, path: path)
        return StopWords(words: file.words)
    }
}
