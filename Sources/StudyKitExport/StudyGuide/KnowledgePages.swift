import StudyKitAnalysis

/// What StudyKit extracted about the exams: the comparison table, each exam's
/// domains (weights, coverage, evidence), the roles' traits by kind, and the
/// study path — each claim with the article sentences it rests on.
struct KnowledgePages {
    static let evidencePerClaim = 2
    let analysis: Analysis
    let language: String
    let budget: QuoteBudget
    /// Section id → its chapter's first page, for the objective map.
    let sectionPages: [String: String]

    func pages() -> [GuidePage] {
        let knowledge = analysis.knowledge
        var pages: [GuidePage] = []
        if !knowledge.certifications.isEmpty {
            pages.append(comparison())
            pages.append(domains())
        }
        if !knowledge.roles.isEmpty { pages.append(roles()) }
        if !knowledge.studyPath.isEmpty { pages.append(studyPath()) }
        return pages
    }

    private func comparison() -> GuidePage {
        let table = ComparisonTable(analysis: analysis, catalog: analysis.catalog)
        let page = XHTMLPage(title: "Comparison", language: language) { body in
            body.section(heading: "The exams compared", level: 1, id: "comparison", epubType: "chapter") { s in
                let rows = table.rows.map { row in
                    [row.aspect] + row.cells.map { $0.text + " " + $0.source.mark }
                }
                s.table(caption: table.caption, columns: ["Aspect"] + table.columns, rows: rows)
                s.paragraph(ComparisonTable.Source.legend, className: "note")
            }
        }
        return GuidePage(id: "comparison", href: "comparison.xhtml", page: page,
                         toc: TOCEntry(title: "The exams compared", href: "comparison.xhtml"))
    }

    private func domains() -> GuidePage {
        let page = XHTMLPage(title: "Exam domains", language: language) { body in
            body.section(heading: "Exam domains", level: 1, id: "domains", epubType: "chapter") { s in
                s.paragraph("Each exam's domains with their weight — the article's where it states them, else the official "
                            + "outline's — how much of the article speaks to each (share of its sentences), and the sentences "
                            + "that do.", className: "note")
                for exam in analysis.knowledge.certifications {
                    s.section(heading: "\(exam.code) · \(exam.title)", level: 2, id: exam.code) { e in
                        if !exam.catalogued {
                            e.paragraph("Not in StudyKit's catalogue: what is known comes from the article alone"
                                        + (exam.writtenAs.isEmpty ? "." : " (written as \(exam.writtenAs.prefix(3).joined(separator: ", "))))."),
                                        className: "note")
                        }
                        for domain in exam.domains {
                            e.section(heading: "\(domain.name) (\(domain.weightLabel))", level: 3, id: "\(exam.code)-\(domain.name)") { d in
                                d.paragraph(Self.sourceNote(domain.source), className: "note")
                                let percent = (domain.coverage * 1000).rounded() / 10
                                d.paragraph(domain.evidence.isEmpty
                                            ? "The article does not speak to this domain directly."
                                            : "Coverage in the article: \(percent)% of its sentences (\(domain.evidence.count) found).")
                                quotes(domain.evidence, into: d)
                            }
                        }
                        if !exam.unmatchedTopics.isEmpty {
                            e.paragraph { p in
                                p.strong("Also stressed, outside the official domains: ")
                                p.text(exam.unmatchedTopics.map(\.topic).joined(separator: ", "))
                            }
                        }
                    }
                }
            }
        }
        return GuidePage(id: "domains", href: "domains.xhtml", page: page, toc: TOCEntry(title: "Exam domains", href: "domains.xhtml"))
    }

    private func roles() -> GuidePage {
        let kinds = [("disposition", "Who it suits"), ("responsibility", "Responsibilities"),
                     ("skill", "Skills and tools"), ("outcome", "Career outcomes")]
        let page = XHTMLPage(title: "Roles", language: language) { body in
            body.section(heading: "Roles and what they are like", level: 1, id: "roles", epubType: "chapter") { s in
                for role in analysis.knowledge.roles {
                    s.section(heading: "\(role.name) (\(role.certification))", level: 2, id: role.name) { r in
                        for (kind, label) in kinds + otherKinds(role, known: kinds.map(\.0)) {
                            let traits = role.traits.filter { $0.kind == kind }
                            guard !traits.isEmpty else { continue }
                            r.section(heading: label, level: 3, id: "\(role.name)-\(kind)") { k in
                                k.list { list in
                                    for trait in traits {
                                        list.block { item in
                                            item.paragraph { $0.strong(trait.polarity == .negated ? "not \(trait.trait)" : trait.trait) }
                                            quotes(trait.evidence, into: item)
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return GuidePage(id: "roles", href: "roles.xhtml", page: page, toc: TOCEntry(title: "Roles", href: "roles.xhtml"))
    }

    private func otherKinds(_ role: RoleFinding, known: [String]) -> [(String, String)] {
        Array(Set(role.traits.map(\.kind)).subtracting(known)).sorted().map { ($0, $0.capitalized) }
    }

    private func studyPath() -> GuidePage {
        let path = analysis.knowledge.studyPath
        let summary = path.map { $0.code + ($0.optional ? " (optional)" : "") }.joined(separator: " → ")
        let fromArticle = analysis.knowledge.articleRecommendsOrder
        let page = XHTMLPage(title: "Study path", language: language) { body in
            body.section(heading: "Study path", level: 1, id: "study-path", epubType: "chapter") { s in
                if !fromArticle {
                    s.paragraph("The article recommends no order. The order below is the catalogue's: the prerequisites "
                                + "the vendors list between the exams the article discusses.", className: "note")
                }
                s.figure(id: "roadmap", caption: (fromArticle ? "Recommended order: " : "Catalogue order: ") + summary) { f in
                    let steps = path.map { step in
                        RoadmapStep(step.code, note: step.optional ? "optional" : nil, optional: step.optional)
                    }
                    f.svg(.roadmap(title: "Study path: \(summary)", steps: steps))
                }
                s.list(ordered: true) { list in
                    for step in path {
                        list.block { item in
                            item.paragraph { p in
                                p.strong(step.code + (step.optional ? " (optional)" : ""))
                                if let exam = analysis.knowledge.certification(step.code) { p.text(" · \(exam.title)") }
                            }
                            item.paragraph("Why: \(step.why).", className: "note")
                            quotes(step.evidence, into: item)
                        }
                    }
                }
                for step in path { weightChart(step.code, into: s) }
            }
        }
        return GuidePage(id: "study-path", href: "study-path.xhtml", page: page, toc: TOCEntry(title: "Study path", href: "study-path.xhtml"))
    }

    /// A range chart of one exam's domain weights, as the findings give them (the article's first).
    private func weightChart(_ code: String, into body: XHTMLBody) {
        let bars: [RangeBar] = analysis.knowledge.certification(code)?.domains.compactMap { domain in
            domain.bounds.map { RangeBar(domain.name, low: $0.low, high: $0.high) }
        } ?? []
        guard !bars.isEmpty else { return }
        let weights = bars.map { bar in
            let low = SVGLayout.number(bar.low), high = SVGLayout.number(bar.high)
            return "\(bar.label) \(low == high ? low : low + "–" + high)%"
        }.joined(separator: "; ")
        body.figure(id: "\(code)-weights", caption: "\(code): domain weights as a share of the exam — \(weights)") { f in
            f.svg(.rangeChart(title: "Domain weights of \(code)", bars: bars, idBase: "\(code)-chart"))
        }
    }

    static func sourceNote(_ source: FactSource) -> String {
        switch source {
        case .article: return "Stated by the article; not in the catalogue's outline."
        case .catalogue: return "From the catalogue's official outline; the article does not state it."
        case .both: return "Stated by the article and in the catalogue's official outline."
        }
    }

    private func quotes(_ evidence: [Evidence], into body: XHTMLBody) {
        var shown = 0
        for quote in evidence where shown < Self.evidencePerClaim && budget.take(quote.text) {
            body.element("blockquote") { $0.paragraph(quote.text) }
            shown += 1
        }
    }
}
