import StudyKitAnalysis
import StudyKitModel

/// The article itself, one content document per section, in reading order. Each
/// section opens with an "In brief" aside (its key points and key terms). A section
/// too long for one document (EPUB readers slow down on big files; we keep every
/// file well under 260 KB) continues in further parts of the same section.
struct ArticleChapters {
    /// Escaped body bytes per document; leaves room for the aside and markup.
    static let partBudget = 180_000
    /// Raw bytes per unit: a longer paragraph, item group or code run is cut into pieces
    /// (escaping can grow text fivefold, so one piece always fits a part).
    static let unitLimit = 30_000

    let analysis: Analysis
    let language: String
    let images: ArticleImages
    let budget: QuoteBudget

    /// Section id → the page its chapter opens on (the first part), as `pages()` names them.
    static func firstPages(_ document: Document) -> [String: String] {
        Dictionary(document.sections.enumerated().map { ($0.element.id, "section-\(String($0.offset + 1).leftPadded(to: 3)).xhtml") },
                   uniquingKeysWith: { first, _ in first })
    }

    func pages() -> (pages: [GuidePage], toc: [TOCEntry], warnings: [String]) {
        // Pack every section first, so links and footnote references know the page of their target.
        struct Part { var section: Int; var part: Int; var id: String; var units: [ArticleUnit] }
        var parts: [Part] = []
        var sectionPages: [String: String] = [:]
        var footnotePages: [Int: String] = [:]
        for (index, section) in analysis.document.sections.enumerated() {
            let number = String(index + 1).leftPadded(to: 3)
            for (part, units) in Self.pack(section.blocks.flatMap(ArticleUnit.units)).enumerated() {
                let id = "section-\(number)" + (part == 0 ? "" : "-\(part + 1)")
                if part == 0 { sectionPages[section.id] = id + ".xhtml" }
                for unit in units { if case .footnote(let note) = unit.block { footnotePages[note.number] = id + ".xhtml" } }
                parts.append(Part(section: index, part: part, id: id, units: units))
            }
        }
        let targets = GuideTargets(images: images, sectionPages: sectionPages, footnotePages: footnotePages)
        let writer = XHTMLArticle(targets: targets, imagesAsFigures: true, tableCaption: nil)
        var pages: [GuidePage] = []
        var entries: [(level: Int, entry: TOCEntry)] = []
        var tables = 0
        let lastParts = Dictionary(parts.map { ($0.section, $0.part) }, uniquingKeysWith: { max($0, $1) })
        let reviews = Dictionary(analysis.studyAids.quiz.reviews.map { ($0.section, $0.questions) }, uniquingKeysWith: { a, _ in a })
        for part in parts {
            let section = analysis.document.sections[part.section]
            let title = section.title ?? "Introduction"
            let href = part.id + ".xhtml"
            let heading = part.part == 0 ? title : "\(title) (continued, part \(part.part + 1))"
            let level = min(max(section.level, 1), 5)
            let page = XHTMLPage(title: heading, language: language) { body in
                body.section(heading: heading, level: level, id: part.part == 0 ? section.id : "\(section.id)-part-\(part.part + 1)",
                             epubType: "chapter") { s in
                    if part.part == 0 { inBrief(part.section, title: title, level: level, into: s) }
                    var captioned = writer
                    captioned.tableCaption = { number in "Table \(number): \(title)" }
                    s.append(captioned.markup(part.units.map(\.block), tables: &tables))
                    if lastParts[part.section] == part.part, let questions = reviews[section.id], !questions.isEmpty {
                        review(questions, title: title, into: s)
                    }
                }
            }
            pages.append(GuidePage(id: part.id, href: href, page: page, toc: nil))
            if part.part == 0 { entries.append((section.level, TOCEntry(title: title, href: href))) }
        }
        return (pages, Self.nest(entries), [])
    }

    /// The section's key points and key terms, set apart from the article's own text.
    /// Review questions at the end of a chapter, the answers under them.
    private func review(_ questions: [Quiz.Question], title: String, into body: XHTMLBody) {
        body.element("aside", attributes: [("class", "review"), ("aria-label", "Review: \(title)")]) { aside in
            aside.inlineElement("p", attributes: [("class", "aside-title")]) { $0.strong("Check yourself") }
            aside.list(ordered: true) { list in
                for question in questions {
                    list.block { item in
                        item.paragraph(question.prompt)
                        item.list(className: "options") { options in
                            for (index, option) in question.options.enumerated() {
                                options.item { $0.strong(Quiz.letter(index) + ". "); $0.text(option) }
                            }
                        }
                    }
                }
            }
            aside.paragraph(className: "note") { p in
                p.strong("Answers: ")
                p.text(questions.map { "\($0.number) \($0.answerLetter ?? $0.answer)" }.joined(separator: " · "))
            }
        }
    }

    private func inBrief(_ index: Int, title: String, level: Int, into body: XHTMLBody) {
        // Not the lines the reader is about to see: a key point among the section's opening
        // sentences would print twice in a row; and no sentence quoted past the guide's budget.
        let opening = Set(analysis.bodySentences(ofSection: index).prefix(2).map(\.text))
        var points: [AnalysedSentence] = []
        for point in analysis.keyPoints(ofSection: index, limit: 4) where points.count < 2 && !opening.contains(point.text) {
            if budget.take(point.text) { points.append(point) }
        }
        let phrases = analysis.sectionKeyphrases.indices.contains(index) ? analysis.sectionKeyphrases[index] : []
        guard !points.isEmpty || !phrases.isEmpty else { return }
        body.element("aside", attributes: [("class", "in-brief"), ("aria-label", "In brief: \(title)")]) { aside in
            aside.inlineElement("p", attributes: [("class", "aside-title")]) { $0.strong("In brief") }
            if !points.isEmpty {
                aside.list { list in
                    for point in points { list.item(Self.clip(point.text, to: 600)) }
                }
            }
            if !phrases.isEmpty {
                aside.paragraph { p in
                    p.strong("Key terms: ")
                    p.text(phrases.prefix(5).map(\.phrase).joined(separator: " · "))
                }
            }
        }
    }

    /// Groups units into parts whose escaped size stays under the budget.
    static func pack(_ units: [ArticleUnit]) -> [[ArticleUnit]] {
        var parts: [[ArticleUnit]] = [[]]
        var size = 0
        for unit in units {
            let cost = unit.escapedSize
            if size + cost > partBudget && !parts[parts.count - 1].isEmpty {
                parts.append([])
                size = 0
            }
            parts[parts.count - 1].append(unit)
            size += cost
        }
        return parts
    }

    /// Flat (level, entry) pairs into a tree: deeper levels nest under the last shallower entry.
    static func nest(_ flat: [(level: Int, entry: TOCEntry)]) -> [TOCEntry] {
        func build(_ start: inout Int, minLevel: Int) -> [TOCEntry] {
            var out: [TOCEntry] = []
            while start < flat.count, flat[start].level >= minLevel {
                var entry = flat[start].entry
                let level = flat[start].level
                start += 1
                entry.children = build(&start, minLevel: level + 1)
                out.append(entry)
            }
            return out
        }
        var start = 0
        var roots: [TOCEntry] = []
        while start < flat.count {
            roots += build(&start, minLevel: flat[start].level)
        }
        return roots
    }

    static func clip(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(limit)) + "…"
    }
}

extension String {
    /// Zero-padded on the left, e.g. "7" → "007".
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
