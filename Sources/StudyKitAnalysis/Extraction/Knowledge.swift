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

/// Where a fact comes from: what the article says wins over the catalogue, and every
/// fact shown carries its source so a reader can tell the two apart.
public enum FactSource: String, Sendable, Codable {
    /// The article states it (with evidence).
    case article
    /// The certification catalogue fills it in.
    case catalogue
    /// The article and the catalogue agree.
    case both
}

/// A domain of an exam: an official one, one the article lists, or both; and how much
/// of the article speaks to it.
public struct DomainFinding: Sendable, Codable, Equatable {
    public var name: String
    /// The weight shown: the article's when it states one, else the catalogue's; nil when neither does.
    public var weight: String?
    /// The weight as the article writes it ("25–30%"), when it does.
    public var articleWeight: String?
    /// The catalogue's weight, when the catalogue lists the domain.
    public var catalogueWeight: String?
    public var source: FactSource
    /// Share of the article's (non-heading) sentences that speak to the domain.
    public var coverage: Double
    public var evidence: [Evidence]

    /// The weight for display: both weights where the article and the catalogue disagree.
    public var weightLabel: String {
        guard let weight else { return "no published weight" }
        if weightsDiffer, let catalogueWeight { return "\(weight) per the article, \(catalogueWeight) per the catalogue" }
        return weight
    }

    /// Low and high percentages of the weight shown, if there is one.
    public var bounds: (low: Double, high: Double)? {
        weight.flatMap(WeightText.bounds)
    }

    /// True when the article's weight and the catalogue's disagree (both are shown).
    public var weightsDiffer: Bool {
        guard let articleWeight, let catalogueWeight else { return false }
        return !WeightText.same(articleWeight, catalogueWeight)
    }
}

/// A topic the article stresses for an exam that none of its domains names.
public struct TopicFinding: Sendable, Codable, Equatable {
    public var topic: String
    public var evidence: [Evidence]
}

/// An exam the article discusses, catalogued or not.
public struct CertificationFinding: Sendable, Codable, Equatable {
    /// The catalogue's code; for an exam the catalogue lacks, the code, acronym or name the article uses.
    public var code: String
    public var title: String
    public var role: String?
    public var level: String?
    public var vendor: String?
    /// False for an exam found by its shape or name in the article but missing from the catalogue.
    public var catalogued: Bool
    /// The article's own spellings of the exam, in order of first use (a retired code such as
    /// "SAA-C02" stays visible beside the current exam it maps to).
    public var writtenAs: [String]
    /// In how many sentences the article names the exam (code, title, acronym or role).
    public var mentions: Int
    public var domains: [DomainFinding]
    public var unmatchedTopics: [TopicFinding]

    /// "Associate, Microsoft": what is known of level and vendor, for display.
    public var levelAndVendor: String {
        let parts = [level, vendor].compactMap { $0 }
        return parts.isEmpty ? "not in the catalogue" : parts.joined(separator: ", ")
    }
}

/// A trait the article ascribes to a role.
public struct TraitFinding: Sendable, Codable, Equatable {
    public enum Polarity: String, Sendable, Codable {
        /// The article says the role has or needs it.
        case affirmed
        /// The article denies it ("no coding required", "not a hands-on exam").
        case negated
    }

    public var trait: String
    /// "disposition", "responsibility", "skill" or "outcome".
    public var kind: String
    public var polarity: Polarity
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
    /// The article's ordering, or (when the article gives none) the catalogue's prerequisites and levels.
    public var source: FactSource
    public var evidence: [Evidence]
}

/// Everything extracted from one article.
public struct Knowledge: Sendable, Codable, Equatable {
    public var catalogVersion: String?
    public var certifications: [CertificationFinding]
    public var roles: [RoleFinding]
    /// The study order: the article's own when it gives one, else a catalogue-based suggestion.
    public var studyPath: [StudyStep]

    /// Whether the article itself recommends an order (else the path is the catalogue's suggestion, or empty).
    public var articleRecommendsOrder: Bool { studyPath.contains { $0.source != .catalogue } }

    public init(catalogVersion: String?, certifications: [CertificationFinding], roles: [RoleFinding], studyPath: [StudyStep]) {
        self.catalogVersion = catalogVersion
        self.certifications = certifications
        self.roles = roles
        self.studyPath = studyPath
    }

    public func certification(_ code: String) -> CertificationFinding? {
        certifications.first { $0.code == code }
    }
}
