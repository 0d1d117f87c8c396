import StudyKitText
import StudyKitRules

/// Key terms of an article, each with the sentence that best explains it:
/// a defining sentence when the article has one ("X is a …", "X refers to …"),
/// else the first informative sentence that names it, else the catalogue.
public struct Glossary: Sendable, Equatable {
    public enum Source: String, Sendable, Equatable {
        /// A sentence of the article defines the term.
        case definition
        /// A sentence of the article uses the term (no definition found).
        case mention
        /// The certification catalogue describes it (the article never names it in a usable sentence).
        case catalogue
    }

    /// Where a term came from.
    public enum Kind: String, Sendable, Equatable {
        case exam, role, domain, keyphrase
    }

    public struct Entry: Sendable, Equatable {
        public var term: String
        public var kind: Kind
        public var definition: String
        public var source: Source
        /// The article sentence behind the definition (nil for catalogue entries).
        public var evidence: Evidence?
        /// Name of the defining pattern that matched (`definition` entries only).
        public var rule: String?
    }

    /// Alphabetical (case-insensitive, then exact text).
    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    init(analysis: Analysis, rules: GlossaryRules) {
        let candidates = Self.terms(analysis, rules: rules)
        let body = analysis.sentences.filter { !$0.isHeading }
        let folded = body.map { TermSearch.fold($0.text) }
        let wordCounts = body.map(\.wordCount)
        let patterns = rules.foldedPatterns()
        var entries: [Entry] = []
        for candidate in candidates {
            let term = TermSearch.fold(candidate.term)
            var best: (rank: Int, rule: Int, sentence: Int)?
            var firstInformative: Int?
            for index in body.indices where wordCounts[index] <= rules.maximumWords
                && TermSearch.contains(term, in: folded[index]) {
                if let match = rules.definingPattern(foldedTerm: term, inFolded: folded[index], patterns: patterns) {
                    // A sentence that opens with the term beats one that mentions it in passing.
                    let rank = (match.opensSentence ? 0 : 1000) + match.rule
                    if best == nil || rank < best!.rank { best = (rank, match.rule, index) }
                }
                if firstInformative == nil && wordCounts[index] >= rules.minimumWords { firstInformative = index }
            }
            if let best {
                let sentence = body[best.sentence]
                entries.append(Entry(term: candidate.term, kind: candidate.kind, definition: sentence.text, source: .definition,
                                     evidence: Evidence(sentence), rule: rules.definingPatterns[best.rule].name))
            } else if let fallback = candidate.fallback, candidate.kind == .domain || firstInformative == nil {
                // Domain names are rarely written out in prose; their weight says more than a passing mention.
                entries.append(Entry(term: candidate.term, kind: candidate.kind, definition: fallback.text, source: .catalogue,
                                     evidence: fallback.evidence, rule: nil))
            } else if let index = firstInformative {
                entries.append(Entry(term: candidate.term, kind: candidate.kind, definition: body[index].text, source: .mention,
                                     evidence: Evidence(body[index]), rule: nil))
            }
        }
        self.entries = entries.sorted { left, right in
            let l = left.term.lowercased(), r = right.term.lowercased()
            return l != r ? l < r : left.term < right.term
        }
    }

    /// A candidate term and what to say when no article sentence names it.
    private struct Candidate {
        var term: String
        var kind: Kind
        var fallback: (text: String, evidence: Evidence?)?
    }

    /// Exam codes, role names, domain names and the leading keyphrases, without duplicates.
    private static func terms(_ analysis: Analysis, rules: GlossaryRules) -> [Candidate] {
        var seen: Set<String> = []
        var out: [Candidate] = []
        func add(_ term: String, _ kind: Kind, _ fallback: (text: String, evidence: Evidence?)?) {
            let trimmed = term.trimmingCharacters(in: .whitespacesAndNewlines)
            guard trimmed.unicodeScalars.contains(where: { $0.properties.isAlphabetic }),
                  seen.insert(trimmed.lowercased()).inserted else { return }
            out.append(Candidate(term: trimmed, kind: kind, fallback: fallback))
        }
        let knowledge = analysis.knowledge
        for exam in knowledge.certifications {
            add(exam.code, .exam, ("\(exam.code) is the exam for \(exam.title) (\(exam.levelAndVendor)).", nil))
        }
        for step in knowledge.studyPath {
            if let exam = analysis.catalog.exam(code: step.code) {
                add(exam.code, .exam, ("\(exam.code) is the exam for \(exam.title) (\(exam.level), \(exam.vendor)).", nil))
            }
        }
        for role in knowledge.roles {
            add(role.name, .role, ("The role certified by \(role.certification).", nil))
        }
        for exam in knowledge.certifications {
            for domain in exam.domains {
                let evidence = domain.evidence.first
                var text = "An exam domain of \(exam.code) (\(exam.title)), weighted \(domain.weightLabel) of the exam."
                if let evidence { text += " In the article: “\(evidence.text)”" }
                add(domain.name, .domain, (text, evidence))
            }
        }
        for phrase in analysis.keyphrases.prefix(rules.maxKeyphrases) {
            add(phrase.phrase, .keyphrase, nil)
        }
        return out
    }
}
