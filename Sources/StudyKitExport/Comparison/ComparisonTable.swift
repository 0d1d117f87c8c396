import StudyKitRules
import StudyKitAnalysis

/// A side-by-side comparison of the exams an article discusses: one column per exam,
/// one row per aspect. Each cell says where it came from, so a reader can tell what the
/// article claims (with evidence) from what the certification catalogue fills in.
public struct ComparisonTable: Sendable, Equatable {
    public enum Source: String, Sendable, Equatable {
        case article, catalogue, none
    }

    public struct Cell: Sendable, Equatable {
        public var text: String
        public var source: Source
        public var evidence: [Evidence]
    }

    public struct Row: Sendable, Equatable {
        public var aspect: String
        public var cells: [Cell]
    }

    public var caption: String
    /// Column headers: "AZ-104 · Microsoft Azure Administrator".
    public var columns: [String]
    public var codes: [String]
    public var rows: [Row]

    /// Builds the table from an analysis and the catalogue behind it.
    public init(analysis: Analysis, catalog: CertificationCatalog) {
        let knowledge = analysis.knowledge
        let pathOrder = knowledge.studyPath.map(\.code)
        let exams = knowledge.certifications.sorted { left, right in
            let l = pathOrder.firstIndex(of: left.code) ?? Int.max
            let r = pathOrder.firstIndex(of: right.code) ?? Int.max
            return l != r ? l < r : left.mentions > right.mentions
        }
        caption = exams.isEmpty
            ? "No certification exams were found in “\(analysis.document.metadata.title)”."
            : "How " + Self.list(exams.map(\.code)) + " compare, from “\(analysis.document.metadata.title)”"
        columns = exams.map { "\($0.code) · \($0.title)" }
        codes = exams.map(\.code)
        let builder = CellBuilder(knowledge: knowledge, catalog: catalog)
        rows = [
            Row(aspect: "Role", cells: exams.map(builder.role)),
            Row(aspect: "Level", cells: exams.map(builder.level)),
            Row(aspect: "Focus", cells: exams.map { builder.traits($0, kind: "responsibility", limit: 5) }),
            Row(aspect: "Who it suits", cells: exams.map { builder.traits($0, kind: "disposition", limit: 6) }),
            Row(aspect: "Core domains (weight)", cells: exams.map(builder.domains)),
            Row(aspect: "Skills and tools", cells: exams.map { builder.traits($0, kind: "skill", limit: 6) }),
            Row(aspect: "Prerequisites", cells: exams.map(builder.prerequisites)),
            Row(aspect: "Career outcomes", cells: exams.map { builder.traits($0, kind: "outcome", limit: 5) }),
            Row(aspect: "Where to start", cells: exams.map(builder.start)),
        ]
    }

    static func list(_ items: [String]) -> String {
        switch items.count {
        case 0: return ""
        case 1: return items[0]
        case 2: return "\(items[0]) and \(items[1])"
        default: return items.dropLast().joined(separator: ", ") + " and " + items.last!
        }
    }
}

/// Fills the cells, preferring the article and falling back to the catalogue.
private struct CellBuilder {
    let knowledge: Knowledge
    let catalog: CertificationCatalog

    func role(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        if let found = knowledge.roles.first(where: { $0.certification == exam.code }) {
            let evidence = found.traits.first?.evidence ?? []
            return .init(text: found.name, source: .article, evidence: Array(evidence.prefix(1)))
        }
        guard let role = exam.role else { return .init(text: "—", source: .none, evidence: []) }
        return .init(text: role, source: .catalogue, evidence: [])
    }

    func level(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        .init(text: "\(exam.level) (\(exam.vendor))", source: .catalogue, evidence: [])
    }

    func traits(_ exam: CertificationFinding, kind: String, limit: Int) -> ComparisonTable.Cell {
        let found = knowledge.roles.filter { $0.certification == exam.code }.flatMap(\.traits).filter { $0.kind == kind }
        guard !found.isEmpty else {
            if kind == "responsibility", let verbs = catalog.exam(code: exam.code)?.domains.flatMap(\.skillVerbs), !verbs.isEmpty {
                var seen: Set<String> = []
                let unique = verbs.filter { seen.insert($0).inserted }.prefix(limit)
                return .init(text: unique.joined(separator: ", "), source: .catalogue, evidence: [])
            }
            return .init(text: "—", source: .none, evidence: [])
        }
        // Most-evidenced first, then alphabetical, for a stable order.
        let ranked = found.sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.trait < $1.trait }
        let chosen = ranked.prefix(limit)
        return .init(text: chosen.map(\.trait).joined(separator: ", "), source: .article,
                     evidence: chosen.compactMap(\.evidence.first))
    }

    func domains(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        let parts = exam.domains.map { domain in
            "\(domain.name) (\(domain.weight))\(domain.evidence.isEmpty ? "" : " ✓")"
        }
        let evidence = exam.domains.compactMap(\.evidence.first)
        return .init(text: parts.joined(separator: "; "), source: evidence.isEmpty ? .catalogue : .article, evidence: evidence)
    }

    func prerequisites(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        guard let entry = catalog.exam(code: exam.code) else { return .init(text: "—", source: .none, evidence: []) }
        var parts: [String] = entry.prerequisites.map { "\($0) (required)" }
        parts += entry.recommendedPrior.map { "\($0) (recommended)" }
        return .init(text: parts.isEmpty ? "None required" : parts.joined(separator: ", "), source: .catalogue, evidence: [])
    }

    func start(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        let path = knowledge.studyPath
        guard let position = path.firstIndex(where: { $0.code == exam.code }) else {
            return .init(text: "—", source: .none, evidence: [])
        }
        let step = path[position]
        var text = "Step \(position + 1) of \(path.count)"
        if step.optional { text += " (optional)" }
        if position > 0 { text += ", after \(path[position - 1].code)" }
        return .init(text: text, source: .article, evidence: Array(step.evidence.prefix(1)))
    }
}
