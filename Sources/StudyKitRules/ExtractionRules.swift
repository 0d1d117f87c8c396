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
    public var clauseBreaks: [String]
    public var contrast: Contrast
    public var traitFrames: [TraitFrame]
    public var studyOrder: [StudyCue]
    /// Exam levels in study order (fundamentals before associate before expert).
    public var levelRanks: LevelRanks
    public var unmatchedTopics: TopicSettings

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
        public var forms: [String]
        /// Match the forms as words, not stems, when an unrelated word shares
        /// their stem ("practical" / "in practice").
        public var exact: Bool?
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
