/// One exam of the certification catalogue, as read from `certifications.json`.
public struct Certification: Sendable, Codable, Equatable {
    public var code: String
    /// Other spellings of the code ("AZ 104", "az104", the acronym "CKA", the official
    /// number "312-50"). An alias several exams list ("A+") names them all: one
    /// certification made of several exams.
    public var aliases: [String]
    public var title: String
    public var titleAliases: [String]?
    /// The job the exam certifies ("Azure Administrator"); nil for fundamentals exams.
    public var role: String?
    /// How articles name the role ("administrator", "Azure admin").
    public var roleAliases: [String]
    public var level: String
    public var vendor: String
    /// "active", "retiring" or "retired".
    public var status: String?
    public var domains: [CertificationDomain]
    /// What the vendor asks for before this exam: each requirement is met by any one of
    /// its exams; all required ones must be met ("AZ-400 needs AZ-104 or AZ-204").
    public var requires: [Requirement]?
    /// Older codes of the same exam line ("SAA-C02" for "SAA-C03"): an article that
    /// writes one means this exam, and the article's code is kept beside it.
    public var replaces: [String]?
    public var outline: OutlineSource

    /// The requirements, none when the file lists none.
    public var requirements: [Requirement] { requires ?? [] }

    /// Codes of exams that must be passed first, when the choice is not open ("all of").
    public var requiredCodes: [String] {
        requirements.filter { $0.kind == .required && $0.anyOf.count == 1 }.map { $0.anyOf[0] }
    }
}

/// A prerequisite in the vendor's own logic: one of `anyOf`, required or recommended.
public struct Requirement: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case required, recommended
    }

    public var anyOf: [String]
    public var kind: Kind

    public init(anyOf: [String], kind: Kind) {
        self.anyOf = anyOf
        self.kind = kind
    }

    /// "AZ-104 or AZ-204 (required)".
    public var description: String {
        anyOf.joined(separator: " or ") + " (\(kind.rawValue))"
    }
}

/// One skills-measured domain of an exam outline.
public struct CertificationDomain: Sendable, Codable, Equatable {
    public var name: String
    /// As published: "20–25%" or "30%"; "unweighted" when the vendor publishes none.
    public var weight: String
    public var low: Int
    public var high: Int
    /// Words and short phrases that signal the domain in prose (matched on stems).
    public var keywords: [String]
    public var skillVerbs: [String]

    /// Whether the vendor publishes a weight for this domain.
    public var isWeighted: Bool { weight != CertificationDomain.unweighted }

    /// The weight text of a domain the vendor publishes without weights.
    public static let unweighted = "unweighted"
}

/// Where and when an outline was read, so stale facts can be spotted.
public struct OutlineSource: Sendable, Codable, Equatable {
    public var asOf: String
    public var source: String
    public var note: String?
    /// False when the entry could not be checked against the vendor's own page
    /// (the note says what it was written from); absent means checked.
    public var verified: Bool?
}
