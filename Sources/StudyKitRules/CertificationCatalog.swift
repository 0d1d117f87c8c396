import Foundation
import StudyKitSupport

/// The versioned catalogue of exams: the bundled file, optionally merged with a
/// user file (`--catalog FILE`) whose entries replace bundled ones by code.
public struct CertificationCatalog: Sendable, Codable, Equatable {
    public var schema: Int
    public var version: String?
    public var asOf: String?
    public var exams: [Certification]

    public init(schema: Int = DataFile.schema, version: String?, asOf: String?, exams: [Certification]) {
        self.schema = schema
        self.version = version
        self.asOf = asOf
        self.exams = exams
    }

    /// The catalogue shipped with StudyKit.
    public static func bundled() throws -> CertificationCatalog {
        let url = RuleFile.catalog.url
        let catalog = try load(from: url)
        try catalog.validateReferences(path: url.path)
        return catalog
    }

    /// The bundled catalogue, merged with a user file when one is given.
    public static func load(userFile: URL?) throws -> CertificationCatalog {
        let base = try bundled()
        guard let userFile else { return base }
        let user = try load(from: userFile)
        let merged = base.merged(with: user)
        try merged.validateReferences(of: user, path: userFile.path)
        return merged
    }

    /// Reads and validates one catalogue file.
    public static func load(from url: URL) throws -> CertificationCatalog {
        let catalog = try DataFile.load(CertificationCatalog.self, from: url)
        try catalog.validate(path: url.path)
        return catalog
    }

    /// Decodes and validates catalogue bytes (tests, stdin).
    public static func decode(_ data: Data, path: String) throws -> CertificationCatalog {
        let catalog = try DataFile.decode(CertificationCatalog.self, from: data, path: path)
        try catalog.validate(path: path)
        return catalog
    }

    /// Entries of `other` replace entries with the same code; new codes are appended.
    public func merged(with other: CertificationCatalog) -> CertificationCatalog {
        var exams = self.exams
        for exam in other.exams {
            if let index = exams.firstIndex(where: { $0.code.uppercased() == exam.code.uppercased() }) {
                exams[index] = exam
            } else {
                exams.append(exam)
            }
        }
        let version = [self.version, other.version].compactMap { $0 }.joined(separator: "+")
        return CertificationCatalog(schema: schema, version: version.isEmpty ? nil : version,
                                    asOf: other.asOf ?? asOf, exams: exams)
    }

    public func exam(code: String) -> Certification? {
        // Called per code-like word of an article: the length rules out most entries before any case
        // folding (upper-casing keeps an ASCII code's length; other codes are always compared).
        let upper = code.uppercased(), length = upper.utf8.count
        return exams.first { entry in
            (entry.code.utf8.count == length || entry.code.utf8.contains { $0 >= 0x80 }) && entry.code.uppercased() == upper
        }
    }

    /// The current exam of a line whose older code this is ("SAA-C02" → SAA-C03), if listed.
    public func successor(of code: String) -> Certification? {
        let upper = code.uppercased()
        return exams.first { $0.replaces?.contains { $0.uppercased() == upper } ?? false }
    }

    /// Checks what JSON decoding cannot: unique codes, weight text, weight sums, keywords.
    func validate(path: String) throws {
        var seen: [String: Int] = [:]
        for (index, exam) in exams.enumerated() {
            let key = "exams.\(index)"
            if exam.code.trimmingCharacters(in: .whitespaces).isEmpty {
                throw StudyKitError.badDataFile(path: path, key: key + ".code", reason: "empty exam code")
            }
            if let first = seen[exam.code.uppercased()] {
                throw StudyKitError.badDataFile(path: path, key: key + ".code",
                                                reason: "duplicate code '\(exam.code)' (also exams.\(first).code)")
            }
            seen[exam.code.uppercased()] = index
            for old in exam.replaces ?? [] where old.uppercased() == exam.code.uppercased() {
                throw StudyKitError.badDataFile(path: path, key: key + ".replaces", reason: "'\(exam.code)' cannot replace itself")
            }
            for (number, requirement) in exam.requirements.enumerated() where requirement.anyOf.isEmpty {
                throw StudyKitError.badDataFile(path: path, key: "\(key).requires.\(number).anyOf", reason: "a requirement needs at least one exam")
            }
            if exam.domains.isEmpty {
                throw StudyKitError.badDataFile(path: path, key: key + ".domains", reason: "an exam needs at least one domain")
            }
            for (domainIndex, domain) in exam.domains.enumerated() {
                try Self.validate(domain, path: path, key: "\(key).domains.\(domainIndex)")
            }
            let weighted = exam.domains.filter(\.isWeighted).count
            if weighted != 0 && weighted != exam.domains.count {
                throw StudyKitError.badDataFile(path: path, key: key + ".domains",
                                                reason: "either every domain of '\(exam.code)' has a weight or none has")
            }
            let lows = exam.domains.map(\.low).reduce(0, +)
            let highs = exam.domains.map(\.high).reduce(0, +)
            if weighted > 0 && (lows > 100 || highs < 100) {
                throw StudyKitError.badDataFile(path: path, key: key + ".domains",
                                                reason: "weights of '\(exam.code)' cannot add up to 100% (\(lows)–\(highs)%)")
            }
        }
    }

    /// Every requirement of `file`'s exams must name an exam in this (merged) catalogue, and no
    /// replaced code may be a current exam's code; keys are reported as indices into `file`.
    func validateReferences(of file: CertificationCatalog? = nil, path: String) throws {
        for (index, exam) in (file ?? self).exams.enumerated() {
            for (number, requirement) in exam.requirements.enumerated() {
                for code in requirement.anyOf where self.exam(code: code) == nil {
                    throw StudyKitError.badDataFile(path: path, key: "exams.\(index).requires.\(number).anyOf",
                                                    reason: "unknown exam code '\(code)'")
                }
            }
            for old in exam.replaces ?? [] where self.exam(code: old) != nil {
                throw StudyKitError.badDataFile(path: path, key: "exams.\(index).replaces",
                                                reason: "'\(old)' is a current exam's code, not a replaced one")
            }
        }
    }

    private static func validate(_ domain: CertificationDomain, path: String, key: String) throws {
        if !domain.isWeighted {
            if domain.low != 0 || domain.high != 0 {
                throw StudyKitError.badDataFile(path: path, key: key + ".low", reason: "an unweighted domain has low and high 0")
            }
            return try validateKeywords(domain, path: path, key: key)
        }
        guard let (low, high) = parseWeight(domain.weight) else {
            throw StudyKitError.badDataFile(path: path, key: key + ".weight",
                                            reason: "weight '\(domain.weight)' is not of the form 'N–M%', 'N%' or 'unweighted'")
        }
        if low != domain.low || high != domain.high {
            throw StudyKitError.badDataFile(path: path, key: key + ".low",
                                            reason: "low/high (\(domain.low), \(domain.high)) disagree with weight '\(domain.weight)'")
        }
        try validateKeywords(domain, path: path, key: key)
    }

    private static func validateKeywords(_ domain: CertificationDomain, path: String, key: String) throws {
        // A blank keyword is empty or spaces only (checked on bytes: the catalogue holds thousands).
        if domain.keywords.isEmpty || domain.keywords.contains(where: { $0.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 } }) {
            throw StudyKitError.badDataFile(path: path, key: key + ".keywords", reason: "keywords must be non-empty words or phrases")
        }
    }

    /// Parses "20–25%" (en dash or hyphen) or "30%" into bounds; nil if malformed.
    static func parseWeight(_ text: String) -> (Int, Int)? {
        guard text.hasSuffix("%") else { return nil }
        let body = text.dropLast()
        let parts = body.split(omittingEmptySubsequences: false) { $0 == "–" || $0 == "-" }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, (1...2).contains(numbers.count) else { return nil }
        let low = numbers[0], high = numbers.last!
        guard low <= high, high <= 100 else { return nil }
        return (low, high)
    }
}
