import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// One content document of the guide and where the table of contents points to it.
struct GuidePage {
    var id: String
    var href: String
    var page: XHTMLPage
    /// Nil for pages reached only through another page (continuations, answer key).
    var toc: TOCEntry?
}

/// Assembles the study guide: cover, contents, overview, the article section by
/// section (with a summary aside per section), the comparison table, exam domains,
/// role traits, the study path with its figures, and the study aids (flashcards,
/// quiz with answer key, glossary). Pages with nothing to show are left out.
struct StudyGuideBuilder {
    let analysis: Analysis
    /// `SOURCE_DATE_EPOCH` and the image files beside the article come from here.
    let effects: Effects

    var language: String {
        let tag = analysis.document.metadata.language
        let valid = !tag.isEmpty && tag.utf8.count <= 35
            && tag.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x41...0x5A).contains($0) || (0x61...0x7A).contains($0) || $0 == 0x2D }
            && !tag.hasPrefix("-") && !tag.hasSuffix("-")
        return valid ? tag : "en"
    }

    var title: String {
        let text = analysis.document.metadata.title.trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "Study guide" : text
    }

    /// Exam codes in study-path order, then the rest of the exams found.
    var examCodes: [String] {
        var codes = analysis.knowledge.studyPath.map(\.code)
        for exam in analysis.knowledge.certifications where !codes.contains(exam.code) { codes.append(exam.code) }
        return codes
    }

    func build() throws -> (book: EPUBBook, warnings: [String]) {
        let glossary = analysis.studyAids.glossary
        let cards = analysis.studyAids.flashcards
        let quiz = analysis.studyAids.quiz
        let lang = language

        let subtitle = examCodes.isEmpty ? "Study guide" : "Study guide · " + examCodes.joined(separator: " · ")
        let cover = SVGFigure.cover(title: title, subtitle: subtitle)
        var items = [EPUBItem.svg(id: "cover-image", href: "images/cover.svg", cover, properties: ["cover-image"])]
        let coverPage = XHTMLPage(title: "Cover", language: lang) { body in
            body.element("section", attributes: [("epub:type", "cover"), ("class", "cover"), ("aria-label", "Cover")]) { s in
                s.image(src: "images/cover.svg", alt: "Cover: \(title). \(subtitle).")
            }
        }

        var pages: [GuidePage] = [GuidePage(id: "cover", href: "cover.xhtml", page: coverPage, toc: nil)]
        // One budget for the whole guide: no sentence is quoted more than twice. The study aids
        // are built first (a definition belongs in the glossary), the pages keep reading order.
        let budget = QuoteBudget()
        let sectionPages = ArticleChapters.firstPages(analysis.document)
        let aids = StudyAidPages(language: lang, cards: cards, quiz: quiz, glossary: glossary, sectionPages: sectionPages,
                                 sectionTitles: analysis.document.sections.map { ($0.id, $0.title ?? "Introduction") }, budget: budget)
        let aidPages = aids.pages()
        pages.append(OverviewPage(analysis: analysis, title: title, language: lang, glossary: glossary, budget: budget).page())
        let images = ArticleImages(document: analysis.document, effects: effects)
        let chapters = ArticleChapters(analysis: analysis, language: lang, images: images, budget: budget)
        // Scoped, so the chapter pages live only in `pages` (released as they become bytes).
        let (articleTOC, articleWarnings) = {
            let article = chapters.pages()
            pages += article.pages
            return (article.toc, article.warnings)
        }()
        items += images.items
        let knowledge = KnowledgePages(analysis: analysis, language: lang, budget: budget, sectionPages: sectionPages)
        pages += knowledge.pages()
        if let map = ObjectiveMapPage(analysis: analysis, language: lang, sectionPages: sectionPages).page() { pages.append(map) }
        if let sheet = CheatSheetPage(analysis: analysis, language: lang, budget: budget).page() { pages.append(sheet) }
        pages += aidPages

        var spine = pages.map(\.id)
        spine.insert(EPUBWriter.navigationID, at: 1)
        // The overview, then the article's sections (nested), then the rest.
        var toc = pages.compactMap(\.toc)
        toc.insert(contentsOf: articleTOC, at: min(1, toc.count))
        // Each page's markup is dropped once it is bytes, so a book's text is not held twice.
        var pending = Array(pages.reversed())
        pages = []
        while let next = pending.popLast() {
            items.append(EPUBItem.page(id: next.id, href: next.href, next.page))
        }
        var landmarks = [Landmark(type: "cover", title: "Cover", href: "cover.xhtml"),
                         Landmark(type: "toc", title: "Contents", href: EPUBWriter.navigationHref),
                         Landmark(type: "bodymatter", title: "Overview", href: OverviewPage.href)]
        if !glossary.entries.isEmpty {
            landmarks.append(Landmark(type: "glossary", title: "Glossary", href: StudyAidPages.glossaryHref))
        }
        let metadata = analysis.document.metadata
        let book = EPUBBook(
            identifier: identifier(), title: title, language: lang, author: metadata.author,
            modified: GuideTimestamp.modified(frontMatterDate: metadata.date, sourceDateEpoch: effects.variable("SOURCE_DATE_EPOCH")),
            description: "A study guide made by StudyKit from “\(title)”.",
            accessibilitySummary: "All content is text in reading order with headings, a table of contents and landmarks. "
                + "Tables have captions and header cells. Every figure and image has a text alternative, "
                + "and the data in each chart is also given as text.",
            stylesheet: EPUBBook.defaultStylesheet + Self.extraStyles,
            items: items, spine: spine, tableOfContents: toc, landmarks: landmarks)
        return (book, images.warnings + articleWarnings)
    }

    /// A name-based UUID of what the book is made from: the article bytes, the
    /// title and author (which the command line may override) and the catalogue version.
    func identifier() -> String {
        let metadata = analysis.document.metadata
        var content = Array("studykit-guide\u{0}".utf8)
        for part in [title, metadata.author ?? "", analysis.catalog.version ?? "", analysis.document.text] {
            content += Array(part.utf8) + [0]
        }
        return NameBasedUUID.string(for: content)
    }

    static let extraStyles = """
    .cover { text-align: center; }
    .cover img { max-height: 95%; }
    aside.in-brief { border-left: 4px solid #2f6f9f; background: #f2f6fa; padding: 0.4em 1em; margin: 1em 0; }
    aside.in-brief h3, aside.in-brief h4, aside.in-brief h5, aside.in-brief h6 { margin-top: 0.2em; }
    blockquote { margin: 0.6em 1.5em; font-style: italic; }
    pre { white-space: pre-wrap; font-size: 0.9em; background: #f4f4f4; padding: 0.5em; }
    ul.options { list-style: none; padding-left: 1em; }
    .missing-image { border: 1px dashed #999999; padding: 0.5em; font-style: italic; }
    .note { font-size: 0.9em; color: #3d4a57; }
    .catalogue { font-style: italic; }
    blockquote.callout { font-style: normal; border-left: 4px solid #2f6f9f; background: #f2f6fa; padding: 0.3em 1em; margin: 1em 0; }
    blockquote.callout-warning, blockquote.callout-caution { border-left-color: #b5651d; background: #fbf3ea; }
    blockquote.callout-tip { border-left-color: #2e7d32; background: #eef6ee; }
    p.callout-title { font-weight: bold; margin: 0.2em 0; }
    li.task { list-style: none; }
    th.align-center, td.align-center { text-align: center; }
    th.align-right, td.align-right { text-align: right; }
    th.align-left, td.align-left { text-align: left; }
    aside.footnote { font-size: 0.9em; border-top: 1px solid #cccccc; margin-top: 1em; }
    p.footnote-number { font-weight: bold; margin-bottom: 0; }
    details { border: 1px solid #cccccc; padding: 0.3em 0.6em; margin: 0.6em 0; }
    summary { font-weight: bold; }
    kbd { font-family: monospace; border: 1px solid #999999; border-radius: 3px; padding: 0 0.2em; }

    """
}
