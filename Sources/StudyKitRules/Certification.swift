/// One exam of the certification catalogue, as read from `certifications.json`.
public struct Certification: Sendable, Codable, Equatable {
    public var code: String
    /// Other spellings of the code ("AZ 104", "az104"). An alias several exams
    /// list ("A+") names them all: one certification made of several exams.
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
    /// Exams required before this certification is granted.
    public var prerequisites: [String]
    /// Exams the vendor suggests taking first.
    public var recommendedPrior: [String]
    public var outline: OutlineSource
}

/// One skills-measured domain of an exam outline.
public struct CertificationDomain: Sendable, Codable, Equatable {
    public var name: String
    /// As published: "20–25%" or "30%".
    public var weight: String
    public var low: Int
    public var high: Int
    /// Words and short phrases that signal the domain in prose (matched on stems).
    public var keywords: [String]
    public var skillVerbs: [String]
}

/// Where and when an outline was read, so stale facts can be spotted.
public struct OutlineSource: Sendable, Codable, Equatable {
    public var asOf: String
    public var source: String
    public var note: String?
}
