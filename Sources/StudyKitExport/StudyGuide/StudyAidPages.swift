import StudyKitAnalysis

/// Flashcards, the quiz and its answer key (linked both ways), the glossary (each term linked
/// to the chapters that use it) and the index of key terms the article does not define.
struct StudyAidPages {
    static let flashcardsHref = "flashcards.xhtml", quizHref = "quiz.xhtml"
    static let answersHref = "quiz-answers.xhtml", glossaryHref = "glossary.xhtml", indexHref = "index.xhtml"

    let language: String
    let cards: [Flashcard]
    let quiz: Quiz
    let glossary: Glossary
    /// Section id → its chapter's first page.
    let sectionPages: [String: String]
    let sectionTitles: [(id: String, title: String)]
    let budget: QuoteBudget

    func pages() -> [GuidePage] {
        var pages: [GuidePage] = []
        // The glossary first: its definitions have the first claim on the quote budget.
        let glossaryPages = glossary.entries.isEmpty ? [] : [glossaryPage()]
        let indexPages = glossary.index.isEmpty ? [] : [indexPage()]
        if !cards.isEmpty { pages.append(flashcards()) }
        if !quiz.questions.isEmpty { pages += [questions(), answers()] }
        return pages + glossaryPages + indexPages
    }

    private func title(of section: String) -> String {
        sectionTitles.first { $0.id == section }?.title ?? section
    }

    /// "Used in: <chapter>, <chapter>" as links.
    private func usedIn(_ sections: [String], into p: XHTMLInline) {
        let linked = sections.prefix(8).compactMap { id in sectionPages[id].map { (id, $0) } }
        guard !linked.isEmpty else { return }
        p.text(" Used in: ")
        for (position, (id, href)) in linked.enumerated() {
            if position > 0 { p.text("; ") }
            p.link(title(of: id), href: href)
        }
        p.text(".")
    }

    static func questionID(_ number: Int) -> String { "question-\(number)" }
    static func answerID(_ number: Int) -> String { "answer-\(number)" }

    private func flashcards() -> GuidePage {
        let page = XHTMLPage(title: "Flashcards", language: language) { body in
            body.section(heading: "Flashcards", level: 1, id: "flashcards", epubType: "chapter") { s in
                s.paragraph("Cover the right-hand column and answer from memory. The same cards are in "
                            + "flashcards.tsv for Anki; […] marks the gap of a fill-in card.", className: "note")
                let rows = cards.map { card -> [String] in
                    if let gap = card.gap { return [card.prompt, card.back.isEmpty ? gap.answer : "\(gap.answer) — \(card.back)"] }
                    // A quote under an answer ("AZ-104\n“…”") is dropped past the guide's budget; a definition
                    // already quoted twice is pointed to, not printed again.
                    let lines = card.back.components(separatedBy: "\n")
                    if lines.count == 2, lines[1].hasPrefix("“"), lines[1].hasSuffix("”") {
                        let quote = String(lines[1].dropFirst().dropLast())
                        return [card.prompt, budget.take(quote) ? card.back : lines[0]]
                    }
                    return [card.prompt, budget.take(card.back) ? card.back : "See the glossary."]
                }
                s.table(caption: "\(cards.count) flashcards", columns: ["Question", "Answer"], rows: rows)
            }
        }
        return GuidePage(id: "flashcards", href: Self.flashcardsHref, page: page,
                         toc: TOCEntry(title: "Flashcards", href: Self.flashcardsHref))
    }

    private func questions() -> GuidePage {
        let page = XHTMLPage(title: "Quiz", language: language) { body in
            body.section(heading: "Quiz", level: 1, id: "quiz", epubType: "chapter") { s in
                s.paragraph(quiz.questions.count == 1 ? "1 question. It links to its answer, which links back."
                            : "\(quiz.questions.count) questions. Each links to its answer; each answer links back.",
                            className: "note")
                for question in quiz.questions {
                    s.section(heading: "Question \(question.number)", level: 2, id: Self.questionID(question.number)) { q in
                        q.paragraph(question.prompt)
                        if !question.options.isEmpty {
                            q.list(className: "options") { list in
                                for (index, option) in question.options.enumerated() {
                                    list.item { $0.strong(Quiz.letter(index) + ". "); $0.text(option) }
                                }
                            }
                        }
                        q.paragraph { $0.link("Answer to question \(question.number)",
                                              href: "\(Self.answersHref)#\(Self.answerID(question.number))") }
                    }
                }
            }
        }
        return GuidePage(id: "quiz", href: Self.quizHref, page: page, toc: TOCEntry(title: "Quiz", href: Self.quizHref))
    }

    private func answers() -> GuidePage {
        let page = XHTMLPage(title: "Quiz answers", language: language) { body in
            body.section(heading: "Quiz answers", level: 1, id: "quiz-answers", epubType: "chapter") { s in
                for question in quiz.questions {
                    s.section(heading: "Answer \(question.number)", level: 2, id: Self.answerID(question.number)) { a in
                        a.paragraph { p in
                            if let letter = question.answerLetter { p.strong(letter + ". ") }
                            p.text(question.answer)
                        }
                        if let evidence = question.evidence, budget.take(evidence.text) {
                            a.element("blockquote") { $0.paragraph(evidence.text) }
                        }
                        if let section = question.section, let href = sectionPages[section] {
                            a.paragraph { $0.text("From: "); $0.link(title(of: section), href: href) }
                        }
                        a.paragraph { $0.link("Back to question \(question.number)",
                                              href: "\(Self.quizHref)#\(Self.questionID(question.number))") }
                    }
                }
            }
        }
        return GuidePage(id: "quiz-answers", href: Self.answersHref, page: page,
                         toc: TOCEntry(title: "Quiz answers", href: Self.answersHref))
    }

    private func glossaryPage() -> GuidePage {
        let page = XHTMLPage(title: "Glossary", language: language) { body in
            body.section(heading: "Glossary", level: 1, id: "glossary", epubType: "glossary") { s in
                s.paragraph("Each term the article defines, with its defining sentence, the other spellings it uses and "
                            + "the chapters that use it; † marks an exam described by StudyKit's catalogue. Key terms the "
                            + "article uses without defining them are in the index.", className: "note")
                for entry in glossary.entries {
                    s.paragraph(className: "glossary-entry") { p in
                        p.strong(entry.term)
                        if !entry.aliases.isEmpty { p.text(" (also " + entry.aliases.joined(separator: ", ") + ")") }
                        p.text(" — ")
                        p.text(budget.take(entry.definition) || entry.source == .catalogue ? entry.definition : "defined in the article.")
                        if entry.source == .catalogue { p.text(" †") }
                        usedIn(entry.sections, into: p)
                    }
                }
            }
        }
        return GuidePage(id: "glossary", href: Self.glossaryHref, page: page,
                         toc: TOCEntry(title: "Glossary", href: Self.glossaryHref))
    }

    private func indexPage() -> GuidePage {
        let page = XHTMLPage(title: "Index of key terms", language: language) { body in
            body.section(heading: "Index of key terms", level: 1, id: "index", epubType: "index") { s in
                s.paragraph("Key terms the article uses without defining them, and the chapters that use them.", className: "note")
                for entry in glossary.index {
                    s.paragraph(className: "index-entry") { p in
                        p.strong(entry.term)
                        usedIn(entry.sections, into: p)
                    }
                }
            }
        }
        return GuidePage(id: "index", href: Self.indexHref, page: page, toc: TOCEntry(title: "Index of key terms", href: Self.indexHref))
    }
}
