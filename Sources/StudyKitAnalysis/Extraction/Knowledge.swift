import StudyKitModel

/// A sentence a finding rests on: exactly as in the article, with its UTF-8 span.
public struct Evidence: Sendable, Codable, Hashable {
    public var text: String
    public var span: TextSpan

    public init(text: String, span: TextSpan) {
        self.text = text
        self.span = span
    }

    init(_ sentence: AnalysedSentence) {
        self.init(text: sentence.text, span: sentence.span)
    }
}

/// An official domain of an exam and how much of the article speaks to it.
public struct DomainFinding: Sendable, Codable, Equatable {
    public var name: String
    public var weight: String
    /// Share of the article's (non-heading) sentences that speak to the domain.
    public var coverage: Double
    public var evidence: [Evidence]
}

/// A topic the article stresses for an exam that none of its domains names.
public struct TopicFinding: Sendable, Codable, Equatable {
    public var topic: String
    public var evidence: [Evidence]
}

/// An exam the article discusses.
public struct CertificationFinding: Sendable, Codable, Equatable {
    public var code: String
    public var title: String
    public var role: String?
    public var level: String
    public var vendor: String
    /// How often the article names the exam (code, title or role).
    public var mentions: Int
    public var domains: [DomainFinding]
    public var unmatchedTopics: [TopicFinding]
}

/// A trait the article ascribes to a role.
public struct TraitFinding: Sendable, Codable, Equatable {
    public var trait: String
    /// "disposition", "responsibility", "skill" or "outcome".
    public var kind: String
    public var evidence: [Evidence]
}

/// A role, the exam that certifies it, and what the article says it is like.
public struct RoleFinding: Sendable, Codable, Equatable {
    public var name: String
    public var certification: String
    public var traits: [TraitFinding]
}

/// One step of the recommended study order.
public struct StudyStep: Sendable, Codable, Equatable {
    public var code: String
    public var optional: Bool
    public var why: String
    public var evidence: [Evidence]
}

/// Everything extracted from one article.
public struct Knowledge: Sendable, Codable, Equatable {
    public var catalogVersion: String?
    public var certifications: [CertificationFinding]
    public var roles: [RoleFinding]
    public var studyPath: [StudyStep]
}
