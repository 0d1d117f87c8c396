import StudyKitRules
import StudyKitAnalysis

/// A side-by-side comparison of the exams an article discusses, catalogued or not: one
/// column per exam, one row per aspect. Every cell says where it came from (the article,
/// the catalogue, both, or neither), so a reader can tell what the article claims (with
/// evidence) from what the certification catalogue fills in.
public struct ComparisonTable: Sendable, Equatable {
    public enum Source: String, Sendable, Equatable {
        case article, catalogue, both, none

        /// The mark a cell carries in the Markdown and guide tables.
        public var mark: String {
            switch self {
            case .article: return "◆"
            case .catalogue: return "†"
            case .both: return "◆†"
            case .none: return "∅"
            }
        }

        /// What the marks mean, for the legend under every table.
        public static let legend = "◆ from the article's own sentences; † from StudyKit's certification catalogue "
            + "(the official outline); ◆† both; ∅ stated by neither. In the domains, ✓ marks a domain the article speaks to, "
            + "and a weight the article states differently from the catalogue is shown with both."
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
        columns = exams.map { "\($0.code) · \($0.title)" + ($0.catalogued ? "" : " (not in the catalogue)") }
        codes = exams.map(\.code)
        let builder = CellBuilder(knowledge: knowledge, catalog: catalog)
        rows = [
            Row(aspect: "Role", cells: exams.map(builder.role)),
            Row(aspect: "Level", cells: exams.map(builder.level)),
            Row(aspect: "Focus", cells: exams.map(builder.focus)),
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

    static let empty = ComparisonTable.Cell(text: "—", source: .none, evidence: [])

    func role(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        if let found = knowledge.roles.first(where: { $0.certification == exam.code }), let evidence = found.traits.first?.evidence.first {
            return .init(text: found.name, source: exam.catalogued ? .both : .article, evidence: [evidence])
        }
        guard let role = exam.role else { return Self.empty }
        return .init(text: role, source: exam.catalogued ? .catalogue : .article, evidence: [])
    }

    func level(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        guard exam.level != nil || exam.vendor != nil else { return Self.empty }
        let text = [exam.level, exam.vendor.map { "(\($0))" }].compactMap { $0 }.joined(separator: " ")
        return .init(text: text, source: exam.catalogued ? .catalogue : .article, evidence: [])
    }

    /// What the role does, by the article; else the catalogue's two heaviest domains.
    func focus(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        let cell = traits(exam, kind: "responsibility", limit: 5)
        if cell.source != .none { return cell }
        let official = exam.domains.filter { $0.source != .article && $0.catalogueWeight != nil }
        guard !official.isEmpty else { return Self.empty }
        let heaviest = official.sorted { ($0.bounds?.high ?? 0) > ($1.bounds?.high ?? 0) }.prefix(2).map(\.name)
        return .init(text: heaviest.joined(separator: "; "), source: .catalogue, evidence: [])
    }

    func traits(_ exam: CertificationFinding, kind: String, limit: Int) -> ComparisonTable.Cell {
        let found = knowledge.roles.filter { $0.certification == exam.code }.flatMap(\.traits).filter { $0.kind == kind }
        guard !found.isEmpty else { return Self.empty }
        // Most-evidenced first, then alphabetical, for a stable order.
        let ranked = found.sorted { $0.evidence.count != $1.evidence.count ? $0.evidence.count > $1.evidence.count : $0.trait < $1.trait }
        let chosen = ranked.prefix(limit)
        return .init(text: chosen.map { $0.polarity == .negated ? "not \($0.trait)" : $0.trait }.joined(separator: ", "),
                     source: .article, evidence: chosen.compactMap(\.evidence.first))
    }

    func domains(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        guard !exam.domains.isEmpty else { return Self.empty }
        let parts = exam.domains.map { domain -> String in
            var weight: String
            switch domain.source {
            case .article: weight = (domain.articleWeight ?? "no weight") + " ◆"
            case .catalogue: weight = (domain.catalogueWeight ?? "unweighted") + " †"
            case .both:
                weight = domain.weightsDiffer
                    ? "\(domain.articleWeight ?? "?") ◆, \(domain.catalogueWeight ?? "?") †"
                    : (domain.weight ?? "no weight") + " ◆†"
            }
            return "\(domain.name) (\(weight))\(domain.evidence.isEmpty ? "" : " ✓")"
        }
        let sources = Set(exam.domains.map(\.source))
        let source: ComparisonTable.Source = sources == [.catalogue] ? .catalogue : sources == [.article] ? .article : .both
        return .init(text: parts.joined(separator: "; "), source: source, evidence: exam.domains.compactMap(\.evidence.first))
    }

    func prerequisites(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        guard let entry = catalog.exam(code: exam.code) else { return Self.empty }
        let parts = entry.requirements.map(\.description)
        return .init(text: parts.isEmpty ? "None required" : parts.joined(separator: "; "), source: .catalogue, evidence: [])
    }

    func start(_ exam: CertificationFinding) -> ComparisonTable.Cell {
        let path = knowledge.studyPath
        guard let position = path.firstIndex(where: { $0.code == exam.code }) else {
            return .init(text: knowledge.articleRecommendsOrder ? "Not on the path" : "The article recommends no order",
                         source: knowledge.articleRecommendsOrder ? .article : .none, evidence: [])
        }
        let step = path[position]
        var text = "Step \(position + 1) of \(path.count)"
        if step.optional { text += " (optional)" }
        if position > 0 { text += ", after \(path[position - 1].code)" }
        return .init(text: text, source: step.source == .catalogue ? .catalogue : .article, evidence: Array(step.evidence.prefix(1)))
    }
}
