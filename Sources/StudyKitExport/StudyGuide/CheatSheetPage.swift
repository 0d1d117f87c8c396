import StudyKitModel
import StudyKitAnalysis

/// One page to revise from: the domain weights of the exams the article discusses as one
/// chart, the article's key facts, and its defined terms (linked to the glossary).
struct CheatSheetPage {
    static let href = "cheat-sheet.xhtml"
    static let factCount = 6, termCount = 10

    let analysis: Analysis
    let language: String
    let budget: QuoteBudget

    func page() -> GuidePage? {
        let exams = analysis.knowledge.certifications.filter { $0.mentions >= 2 && $0.domains.contains { $0.bounds != nil } }
        let facts = Self.facts(analysis)
        let terms = analysis.studyAids.glossary.entries.filter { $0.source == .definition }.prefix(Self.termCount)
        guard !exams.isEmpty || !facts.isEmpty || !terms.isEmpty else { return nil }
        let page = XHTMLPage(title: "Cheat sheet", language: language) { body in
            body.section(heading: "Cheat sheet", level: 1, id: "cheat-sheet", epubType: "chapter") { s in
                if !exams.isEmpty {
                    var bars: [RangeBar] = []
                    for exam in exams {
                        for domain in exam.domains {
                            if let bounds = domain.bounds { bars.append(RangeBar("\(exam.code): \(domain.name)", low: bounds.low, high: bounds.high)) }
                        }
                    }
                    let caption = "Domain weights, as a share of each exam: " + bars.map { bar in
                        let low = SVGLayout.number(bar.low), high = SVGLayout.number(bar.high)
                        return "\(bar.label) \(low == high ? low : low + "–" + high)%"
                    }.joined(separator: "; ")
                    s.figure(id: "cheat-sheet-weights", caption: caption) { f in
                        f.svg(.rangeChart(title: "Domain weights", bars: bars, idBase: "cheat-chart"))
                    }
                }
                let shown = facts.filter { budget.take($0) }
                if !shown.isEmpty {
                    s.section(heading: "Key facts", level: 2, id: "cheat-sheet-facts") { section in
                        section.list { list in for fact in shown { list.item(fact) } }
                    }
                }
                if !terms.isEmpty {
                    s.section(heading: "Terms to know", level: 2, id: "cheat-sheet-terms") { section in
                        section.paragraph { p in
                            for (position, entry) in terms.enumerated() {
                                if position > 0 { p.text(" · ") }
                                p.link(entry.term, href: StudyAidPages.glossaryHref)
                            }
                        }
                    }
                }
            }
        }
        return GuidePage(id: "cheat-sheet", href: Self.href, page: page, toc: TOCEntry(title: "Cheat sheet", href: Self.href))
    }

    /// The fact sentences the flashcards gap, best first.
    static func facts(_ analysis: Analysis) -> [String] {
        var seen = Set<String>()
        return analysis.studyAids.flashcards.filter { $0.noteType == .cloze }.map(\.front)
            .filter { seen.insert($0).inserted }.prefix(factCount).map { $0 }
    }
}

/// Each exam domain the article or the catalogue gives, and the chapters that speak to it;
/// a domain no chapter covers is marked as a gap.
struct ObjectiveMapPage {
    static let href = "objective-map.xhtml"

    let analysis: Analysis
    let language: String
    let sectionPages: [String: String]

    func page() -> GuidePage? {
        let exams = analysis.knowledge.certifications.filter { $0.mentions >= 2 && !$0.domains.isEmpty }
        guard !exams.isEmpty else { return nil }
        var sectionOf: [TextSpan: Int] = [:]
        for sentence in analysis.sentences { sectionOf[sentence.span] = sentence.sectionIndex }
        let sections = analysis.document.sections
        let page = XHTMLPage(title: "Exam objective map", language: language) { body in
            body.section(heading: "Exam objective map", level: 1, id: "objective-map", epubType: "chapter") { s in
                s.paragraph("Each domain of the exams the article discusses, and the chapters that speak to it; "
                            + "“not covered” marks a domain to study elsewhere.", className: "note")
                for exam in exams {
                    s.section(heading: "\(exam.code) · \(exam.title)", level: 2, id: "map-\(exam.code)") { e in
                        e.list { list in
                            for domain in exam.domains {
                                let covering = Array(Set(domain.evidence.compactMap { sectionOf[$0.span] })).sorted()
                                list.item { p in
                                    p.strong(domain.name)
                                    p.text(" (\(domain.weightLabel), \(Self.source(domain.source))): ")
                                    if covering.isEmpty { p.text("not covered") }
                                    for (position, index) in covering.prefix(6).enumerated() {
                                        if position > 0 { p.text("; ") }
                                        let section = sections[index]
                                        if let href = sectionPages[section.id] {
                                            p.link(section.title ?? "Introduction", href: href)
                                        } else {
                                            p.text(section.title ?? "Introduction")
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return GuidePage(id: "objective-map", href: Self.href, page: page, toc: TOCEntry(title: "Exam objective map", href: Self.href))
    }

    private static func source(_ source: FactSource) -> String {
        switch source {
        case .article: return "from the article"
        case .catalogue: return "from the catalogue"
        case .both: return "article and catalogue"
        }
    }
}
