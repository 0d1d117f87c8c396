import Foundation
import StudyKitSupport

/// How articles name certification exams (`exam-names.json`): code shapes per vendor,
/// vendor names, name prefixes, credential words, level words. The knowledge extractor
/// uses them to find exams the catalogue lacks, and to fold the many ways a catalogued
/// exam is written into one.
public struct ExamNameRules: Sendable, Decodable {
    /// A vendor's exam-code shape, a regular expression over one word as written.
    public struct CodeShape: Sendable, Decodable {
        public var vendor: String
        public var pattern: String
        /// The capture group that successive versions of one exam line share, if any.
        public var family: Int?
        /// Whether ordinary numbers take this shape too, so a cue word must stand nearby.
        public var needsCue: Bool?
    }

    public struct Vendor: Sendable, Decodable {
        public var vendor: String
        public var names: [String]
    }

    /// A credential people name that the catalogue does not list as a current exam (a retired
    /// certification such as MCSE, a title such as ITIL Practitioner): found, but uncatalogued.
    public struct KnownCredential: Sendable, Decodable {
        public var code: String
        public var title: String
        /// Other names and acronyms ("MCSE").
        public var names: [String]
        public var vendor: String?
        public var level: String?
    }

    public struct AcronymLimits: Sendable, Decodable {
        public var minLetters: Int
        public var maxLetters: Int
    }

    public var schema: Int
    public var codeShapes: [CodeShape]
    /// Words that show a sentence talks about exams ("exam", "certified").
    public var cueWords: [String]
    public var vendors: [Vendor]
    /// Words a name may begin with that are not part of what tells exams apart
    /// ("AWS Certified", "Google Cloud"): catalogue titles are also matched without them.
    public var namePrefixes: [String]
    /// Words that make a capitalised name or an acronym's expansion a credential ("Certified").
    public var credentialMarkers: [String]
    /// Last words of credential names ("Administrator", "Associate").
    public var credentialTails: [String]
    /// Level words and the level they mean.
    public var levelWords: [String: String]
    /// Small words allowed inside a capitalised name ("and", "of").
    public var connectors: [String]
    /// Connectors that end what comes before a name ("take the … exam"): a name found by its
    /// level word and the cue word after it starts after the last of them.
    public var nameOpeners: [String]
    /// Connectors that open a credential's subject after its job word ("… Developer for Apache Spark").
    public var subjectConnectors: [String]
    /// Names that look like credentials but are not exams (course certificates, partner programmes).
    public var notExams: [String]
    public var acronymLimits: AcronymLimits
    /// Catalogue names that are also ordinary words or other acronyms ("CC", "ACE"): they name
    /// an exam only beside a cue word or their vendor's name.
    public var ambiguousNames: [String]
    public var knownCredentials: [KnownCredential]?

    /// Loads and checks the file: every pattern must compile, its family group must exist.
    public static func load(from url: URL) throws -> ExamNameRules {
        let rules = try DataFile.load(ExamNameRules.self, from: url)
        for (index, shape) in rules.codeShapes.enumerated() {
            let key = "codeShapes.\(index)"
            guard let expression = try? NSRegularExpression(pattern: shape.pattern) else {
                throw StudyKitError.badDataFile(path: url.path, key: key + ".pattern", reason: "'\(shape.pattern)' is not a regular expression")
            }
            if let family = shape.family, family < 1 || family > expression.numberOfCaptureGroups {
                throw StudyKitError.badDataFile(path: url.path, key: key + ".family", reason: "no capture group \(family) in '\(shape.pattern)'")
            }
        }
        if rules.acronymLimits.minLetters < 2 || rules.acronymLimits.maxLetters < rules.acronymLimits.minLetters {
            throw StudyKitError.badDataFile(path: url.path, key: "acronymLimits", reason: "need 2 ≤ minLetters ≤ maxLetters")
        }
        return rules
    }
}
