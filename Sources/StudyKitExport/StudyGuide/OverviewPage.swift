import StudyKitAnalysis

/// The first page after the contents: the whole-article summary, the key terms
/// (linked to the glossary when they are in it), reading time and counts.
struct OverviewPage {
    static let href = "overview.xhtml"
    let analysis: Analysis
    let title: String
    let language: String
    let glossary: Glossary
    let budget: QuoteBudget

    func page() -> GuidePage {
        let stats = analysis.stats
        let glossaryTerms = Set(glossary.entries.map { $0.term.lowercased() })
        let page = XHTMLPage(title: "Overview", language: language) { body in
            body.section(heading: title, level: 1, id: "overview", epubType: "bodymatter") { s in
                let minutes = stats.readingMinutes
                s.paragraph("About \(minutes) minute\(minutes == 1 ? "" : "s") to read: \(stats.words) words in "
                            + "\(stats.sentences) sentences and \(stats.paragraphs) paragraphs.", className: "note")
                if let author = analysis.document.metadata.author {
                    s.paragraph("By \(author).", className: "note")
                }
                s.section(heading: "Summary", level: 2, id: "summary") { summary in
                    let sentences = analysis.summarySentences
                    if sentences.isEmpty {
                        summary.paragraph("The article is too short to summarise.")
                    }
                    for sentence in sentences where budget.take(sentence.text) { summary.paragraph(sentence.text) }
                }
                if !analysis.keyphrases.isEmpty {
                    s.section(heading: "Key terms", level: 2, id: "key-terms") { terms in
                        terms.list { list in
                            for phrase in analysis.keyphrases.prefix(12) {
                                if glossaryTerms.contains(phrase.phrase.lowercased()) {
                                    list.item { $0.link(phrase.phrase, href: StudyAidPages.glossaryHref) }
                                } else {
                                    list.item(phrase.phrase)
                                }
                            }
                        }
                    }
                }
                s.section(heading: "At a glance", level: 2, id: "at-a-glance") { glance in
                    let sections = analysis.document.sections
                    var rows = [["Reading time", "about \(stats.readingMinutes) min"],
                                ["Words", "\(stats.words)"], ["Sentences", "\(stats.sentences)"],
                                ["Paragraphs", "\(stats.paragraphs)"], ["Sections", "\(sections.count)"],
                                ["Exams discussed", analysis.knowledge.certifications.map(\.code).joined(separator: ", ")],
                                ["Roles described", analysis.knowledge.roles.map(\.name).joined(separator: ", ")]]
                    rows = rows.map { [$0[0], $0[1].isEmpty ? "none found" : $0[1]] }
                    if !analysis.document.removed.isEmpty {
                        rows.append(["Text left out", "\(analysis.document.removed.count) passage(s), e.g. chat-assistant residue"])
                    }
                    glance.table(caption: "The article in numbers", columns: ["Measure", "Value"], rows: rows)
                }
            }
        }
        return GuidePage(id: "overview", href: Self.href, page: page, toc: TOCEntry(title: "Overview", href: Self.href))
    }
}
