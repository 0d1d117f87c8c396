/// The sentence patterns and cue words of `extraction-rules.json`.
public struct ExtractionRules: Sendable, Decodable {
    public struct Contrast: Sendable, Decodable {
        public var first: [String]
        public var second: [String]
    }

    public struct Example: Sendable, Decodable {
        public var text: String
        public var matches: Bool
        /// The exam the pattern should bind, when it matches.
        public var exam: String?
    }

    /// A pattern whose `{traits}` capture describes the bound exam's role.
    public struct TraitFrame: Sendable, Decodable {
        public var id: String
        public var pattern: String
        public var examples: [Example]
    }

    /// A pattern that says something about study order.
    public struct StudyCue: Sendable, Decodable {
        public enum Effect: String, Sendable, Decodable {
            /// first exam before second
            case before
            /// second exam before first
            case after
            case first, optional, foundation, later
            /// the exam the article says cannot be needed
            case skip
            /// the exam the sentence points back at ("it", the section's exam) before the named one
            case focusBefore
            /// the named exam before the one the sentence points back at
            case focusAfter
        }
        public var id: String
        public var pattern: String
        public var effect: Effect
        /// Reason text with {first} / {second} placeholders.
        public var why: String
        public var examples: [Example]
    }

    public struct TopicSettings: Sendable, Decodable {
        public var minimumMentions: Int
        public var ignore: [String]
    }

    public var schema: Int
    /// Words that point back at the exam in focus ("it", "this role").
    public var anaphors: [String]
    /// Words that put an exam in a comparison ("compared to AZ-900"): not the subject "it" points back at.
    public var comparisons: [String]
    public var clauseBreaks: [String]
    public var contrast: Contrast
    public var traitFrames: [TraitFrame]
    public var studyOrder: [StudyCue]
    /// Exam levels in study order (fundamentals before associate before expert).
    public var levelRanks: LevelRanks
    public var unmatchedTopics: TopicSettings
    public var pathLists: PathLists
    public var narration: Narration
    public var domainStatements: DomainStatements
    public var domainEvidence: DomainEvidence
    public var traitScope: TraitScope

    /// When a list of exams is a study order.
    public struct PathLists: Sendable, Decodable {
        public var orderCues: [String]
        public var nextCues: [String]
        /// Words of a lead-in or heading over a list of what an exam needs ("Prerequisites:"): the
        /// exams listed come before the exam the section is about.
        public var prerequisiteCues: [String]
        /// Marks between two exams that put the first before the second ("AZ-900 → AZ-104").
        public var arrows: [String]
        public var minimumExams: Int
    }

    /// The author's own history, which recommends nothing.
    public struct Narration: Sendable, Decodable {
        public var firstPerson: [String]
        public var pastVerbs: [String]
        public var recommendVerbs: [String]
    }

    /// Lines that state an exam domain and its weight.
    public struct DomainStatements: Sendable, Decodable {
        public var numbering: [String]
        public var notInNames: [String]
        public var listHeadings: [String]
        public var maxNameWords: Int
        public var minimumStatements: Int
        /// Share of a name's words another name must share to be the same domain.
        public var sameDomainShare: Double
    }

    /// When a sentence is evidence for a domain.
    public struct DomainEvidence: Sendable, Decodable {
        public var minimumGeneralTerms: Int
        public var logistics: [String]
        /// Words of domain names too general to tell domains apart.
        public var generalWords: [String]
    }

    /// Whose a trait is, and whether it is denied.
    public struct TraitScope: Sendable, Decodable {
        public var authorWords: [String]
        public var subjectWords: [String]
        public var negationBefore: [String]
        public var negationAfter: [String]
        /// Phrases that contain a trigger but deny nothing ("not only").
        public var pseudoNegations: [String]
        public var scopeWords: Int
        public var scopeEnds: [String]
        public var hedges: [String]
        /// Words that put a noun next ("a", "the", "their"): "a reasonable plan" is no responsibility.
        public var nounMarkers: [String]
        /// Study material and tools: when one is a sentence's subject, it describes no role.
        public var resourceWords: [String]
        /// Openers of advice to the reader ("Be patient"): no disposition of the role.
        public var imperatives: [String]
        /// Words of section titles that list study material: such sections describe no role.
        public var resourceSectionWords: [String]
    }

    public struct LevelRanks: Sendable, Decodable {
        public var ranks: [String: Double]
        public var defaultRank: Double

        /// The rank of a catalogue level, matched case-insensitively.
        public func rank(of level: String?) -> Double {
            level.flatMap { ranks[$0.lowercased()] } ?? defaultRank
        }
    }
}

/// The trait lexicon of `role-traits.json`.
public struct RoleTraitLexicon: Sendable, Decodable {
    public struct Trait: Sendable, Decodable {
        public var trait: String
        /// Matched as written (lower case, with a plural or possessive "s"), never by stem.
        public var forms: [String]
        /// The vendor whose products the skill is (its exams only), if any.
        public var vendor: String?
    }

    public struct Example: Sendable, Decodable {
        public var text: String
        public var traits: [String]
    }

    public struct Kind: Sendable, Decodable {
        public var kind: String
        public var traits: [Trait]
        public var examples: [Example]?
    }

    public var schema: Int
    public var kinds: [Kind]
}
