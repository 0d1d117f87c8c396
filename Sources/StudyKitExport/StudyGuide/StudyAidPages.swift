import StudyKitAnalysis

/// Flashcards, the quiz and its answer key (linked both ways), and the glossary.
struct StudyAidPages {
    static let flashcardsHref = "flashcards.xhtml", quizHref = "quiz.xhtml"
    static let answersHref = "quiz-answers.xhtml", glossaryHref = "glossary.xhtml"

    let language: String
    let cards: [Flashcard]
    let quiz: Quiz
    let glossary: Glossary

    func pages() -> [GuidePage] {
        var pages: [GuidePage] = []
        if !cards.isEmpty { pages.append(flashcards()) }
        if !quiz.questions.isEmpty { pages += [questions(), answers()] }
        if !glossary.entries.isEmpty { pages.append(glossaryPage()) }
        return pages
    }

    static func questionID(_ number: Int) -> String { "question-\(number)" }
    static func answerID(_ number: Int) -> String { "answer-\(number)" }

    private func flashcards() -> GuidePage {
        let page = XHTMLPage(title: "Flashcards", language: language) { body in
            body.section(heading: "Flashcards", level: 1, id: "flashcards", epubType: "chapter") { s in
                s.paragraph("Cover the right-hand column and answer from memory. The same cards are in "
                            + "flashcards.tsv for Anki; […] marks the gap of a fill-in card.", className: "note")
                let rows = cards.map { card in
                    [card.prompt, card.gap.map { "\($0.answer) — \(card.back)" } ?? card.back]
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
                        if let evidence = question.evidence {
                            a.element("blockquote") { $0.paragraph(evidence.text) }
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
                s.paragraph("Each term with the article sentence that defines it, or failing that the first "
                            + "informative sentence that uses it; † marks a description from the catalogue.",
                            className: "note")
                s.definitionList(glossary.entries.map { entry in
                    (term: entry.term, definition: entry.definition + (entry.source == .catalogue ? " †" : ""))
                }, glossary: true)
            }
        }
        return GuidePage(id: "glossary", href: Self.glossaryHref, page: page,
                         toc: TOCEntry(title: "Glossary", href: Self.glossaryHref))
    }
}
