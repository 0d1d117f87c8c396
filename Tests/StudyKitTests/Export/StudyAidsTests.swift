import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitText
@testable import StudyKitRules
@testable import StudyKitAnalysis
@testable import StudyKitExport

/// flashcards.tsv, quiz.md, glossary.md and mindmap.md.
struct StudyAidsTests {
    static let seed: Analysis = {
        let pipeline = TestSupport.pipeline
        return pipeline.analyse(try! pipeline.document(path: TestSupport.seedPath, standardInput: { Data() }))
    }()

    @Test func flashcardFileHasAnkiHeadersAndSixColumns() throws {
        let text = String(decoding: try FlashcardsExporter().render(Self.seed, effects: TestSupport.effects), as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(Array(lines.prefix(6)) == ["#separator:tab", "#html:true", "#guid column:1", "#notetype column:2",
                                           "#deck column:3", "#tags column:6"])
        let notes = lines.dropFirst(6)
        #expect(notes.count >= 10)
        var guids: Set<String> = []
        for note in notes {
            let fields = note.split(separator: "\t", omittingEmptySubsequences: false)
            #expect(fields.count == 6, "\(note)")
            #expect(fields[1] == "Basic" || fields[1] == "Cloze")
            #expect(fields[2] == "StudyKit::AZ-104 vs AZ-305")
            #expect(guids.insert(String(fields[0])).inserted, "duplicate guid \(fields[0])")
            if fields[1] == "Cloze" { #expect(fields[3].contains("{{c1::")) }
        }
        #expect(notes.contains { $0.contains("Which exam does the article recommend taking before AZ-305?\tAZ-104") })
        #expect(notes.contains { $0.contains("\tBasic\t") && $0.contains("What is ") })
    }

    @Test(arguments: [
        ("plain", "plain"), ("a\tb", "a b"), ("line\nbreak", "line<br>break"),
        ("say \"hi\"", "\"say \"\"hi\"\"\""), ("", ""),
    ])
    func fieldsAreEscapedForAnki(raw: String, expected: String) {
        #expect(FlashcardsExporter.field(raw) == expected)
    }

    @Test(arguments: [
        ("Fish & chips <b>", "Fish &amp; chips &lt;b&gt;"), ("two\nlines", "two<br>lines"), ("{{c1::x}}", "{{c1::x}}"),
    ])
    func htmlIsEscapedInsideFields(raw: String, expected: String) {
        #expect(FlashcardsExporter.html(raw) == expected)
    }

    @Test func clozeCardEscapesAroundTheGap() {
        let card = Flashcard(noteType: .cloze, front: "R&D is a <team>.", back: "", gap: .init(before: "", answer: "R&D", after: " is a <team>."), tags: [])
        #expect(FlashcardsExporter.frontHTML(card) == "{{c1::R&amp;D}} is a &lt;team&gt;.")
        #expect(card.prompt == "[…] is a <team>.")
    }

    @Test func guidsAreStableAndDistinct() {
        let a = FlashcardsExporter.guid(deck: "StudyKit::X", front: "Q1")
        #expect(a == FlashcardsExporter.guid(deck: "StudyKit::X", front: "Q1"))
        #expect(a != FlashcardsExporter.guid(deck: "StudyKit::X", front: "Q2"))
        #expect(a != FlashcardsExporter.guid(deck: "StudyKit::Y", front: "Q1"))
        #expect(a.count == 20 && a.allSatisfy(\.isHexDigit))
        #expect(FlashcardsExporter.deckName(title: "A::B") == "StudyKit::A:B")
    }

    @Test func quizHasFourDistinctOptionsAndLinkedAnswers() throws {
        let quiz = Self.seed.studyAids.quiz
        // The seed gives three fair questions (AZ-305's domains by weight); its one blank ("_____ is
        // the gateway to becoming an Azure Solutions Architect" with "Azure Solution Architect" as an
        // option) gave itself away and is gone. Fewer means a rule lost one.
        #expect(quiz.questions.count >= 3)
        var letters: Set<String> = []
        for question in quiz.questions {
            #expect(question.kind == .multipleChoice)
            #expect(question.options.count == 4 && Set(question.options).count == 4)
            let index = try #require(question.answerIndex)
            #expect(question.options[index] == question.answer)
            #expect(question.evidence != nil, "every answer cites its sentence")
            letters.insert(question.answerLetter!)
        }
        #expect(letters.count == min(quiz.questions.count, 4), "consecutive answers stand at different letters: \(letters)")
        let markdown = String(decoding: try QuizExporter().render(Self.seed, effects: TestSupport.effects), as: UTF8.self)
        for question in quiz.questions {
            let n = question.number
            #expect(markdown.contains("<a id=\"q\(n)\"></a>") && markdown.contains("[Answer \(n)](#a\(n))"))
            #expect(markdown.contains("<a id=\"a\(n)\"></a>") && markdown.contains("[Back to question \(n)](#q\(n))"))
        }
        #expect(markdown.range(of: "## Questions")!.lowerBound < markdown.range(of: "## Answers")!.lowerBound)
        #expect(!quiz.reviews.isEmpty && markdown.contains("## Chapter review"))
        #expect(quiz.reviews.allSatisfy { (1...TestSupport.rules.glossary.studyAids.reviewQuestionsPerChapter).contains($0.questions.count) })
        #expect(try QuizExporter().render(Self.seed, effects: TestSupport.effects) == QuizExporter().render(Self.seed, effects: TestSupport.effects))
    }

    @Test func aQuizOfOneQuestionSaysSo() throws {
        var quiz = Self.seed.studyAids.quiz
        quiz.questions = [quiz.questions[0]]
        #expect(QuizExporter().markdown(quiz, title: "T").contains("1 question; the answer, with the sentence it rests on, is at the end."))
    }

    /// No template cards ("What does the article say about …?"), and a cloze gap is never
    /// given away elsewhere on its card.
    @Test func flashcardsAskAboutTheSubject() throws {
        let cards = Self.seed.studyAids.flashcards
        #expect(cards.count >= 10)
        for card in cards {
            #expect(!card.front.hasPrefix("What does the article say about"))
            if let gap = card.gap {
                let rest = TermSearch.fold(gap.before + " " + gap.after + " " + card.back)
                #expect(!TermSearch.contains(TermSearch.fold(gap.answer), in: rest), "\(card.front)")
            }
        }
        #expect(Set(cards.map(\.front)).count == cards.count)
    }

    /// A term inside a file name or identifier is not the term in prose; numbering and
    /// "/" as "or" still leave it a word.
    @Test(arguments: [
        ("pyenv", "$HOME/.pyenv is the default.", false),
        ("books", "This writes a file called books.ledger with a few accounts.", false),
        ("currency", "- LEDGERLINE_CURRENCY, the default currency", true),
        ("currency", "- LEDGERLINE_CURRENCY, the default", false),
        ("pyenv", "Install pyenv. Then restart.", true),
        ("e4", "Openings that begin with 1.e4 e5 are open games.", true),
        ("date lines", "traps: byline/photo credit/date lines, quotes", true),
        ("pyenv", "pyenv lets you switch versions.", true),
    ])
    func termsInsideFileNamesAreNotWords(term: String, sentence: String, found: Bool) {
        #expect(TermSearch.contains(TermSearch.fold(term), in: TermSearch.fold(sentence)) == found)
    }

    @Test func glossaryIsSortedAndEveryTermHasARealDefinition() throws {
        let glossary = Self.seed.studyAids.glossary
        #expect(glossary.entries.count >= 3)
        let keys = glossary.entries.map { $0.term.lowercased() }
        #expect(keys == keys.sorted())
        // One entry per term: spellings of one term (plural, Solution/Solutions, acronym) are merged.
        let folded = glossary.entries.map { Glossary.key($0.term) }
        #expect(Set(folded).count == folded.count)
        for entry in glossary.entries where entry.source == .definition {
            let spellings = [entry.term] + entry.aliases
            #expect(spellings.contains { TermSearch.contains(TermSearch.fold($0), in: TermSearch.fold(entry.definition)) }, "\(entry.term)")
            #expect(entry.evidence?.text == entry.definition && entry.rule != nil)
        }
        #expect(glossary.entries.contains { $0.term == "AZ-305" && $0.source == .definition })
        // Terms the article does not define go to the index, with where they are used.
        #expect(!glossary.index.isEmpty && glossary.index.allSatisfy { !$0.sections.isEmpty })
        let markdown = String(decoding: try GlossaryExporter().render(Self.seed, effects: TestSupport.effects), as: UTF8.self)
        #expect(markdown.contains("**AZ-305**") && markdown.contains("## Index"))
    }

    /// The definition shapes of `glossary-rules.json`, each with its example sentences.
    @Test(arguments: [
        ("A tenant is a dedicated instance of Microsoft Entra ID that an organisation receives.", "tenant"),
        ("Hypervisors are programs that run virtual machines on a host.", "Hypervisors"),
        ("RBAC refers to granting access by role rather than by person.", "RBAC"),
        ("Kubelet, the agent on each node, starts the containers.", "Kubelet"),
        ("Latency: the time a packet takes to cross the network.", nil),
        ("Role-based access control (RBAC) ties permissions to roles.", "RBAC"),
        ("The default setting is called a landing zone in Azure.", "landing zone"),
        ("This is called a landing zone.", nil),
        ("AZ-104 is a great start for beginners.", nil),
        ("It is a tool that helps.", nil),
        ("There are many reasons to study.", nil),
        ("First, the exam is intentionally cloud agnostic.", nil),
        ("Keep in mind, a flexible architecture can reduce need for support.", nil),
        ("Please refer to the contributing guide for details.", nil),
        ("Later, the format was expanded to represent changes to directory entries.", nil),
        ("f is the pointer to your object in the callback.", nil),
        ("The name is a play on Client for URLs.", nil),
        ("Lots of pods are a sign that the node is overloaded.", nil),
        // Lead-ins, uses of a name, pairs, states and sample names define nothing.
        ("The API is the following:", nil),
        ("The next step is to add what's called front matter.", nil),
        ("Adding data is called pushing onto the stack, and removing data is called popping off the stack.", nil),
        ("Untracked means git does not know anything about the file and will not watch it.", nil),
        ("Suppose two men are discussing what day of the month it is.", nil),
        ("The variable s refers to a string literal that is hardcoded into the program.", nil),
        ("Caching means keeping a copy of a response to answer the same request faster.", "Caching"),
        ("The next step is to add what is called front matter.", nil),
        ("A testbed is a platform for running experiments on new network protocols.", "testbed"),
        ("React offers a hook known as useEffect, which is called after every render of the component.", "useEffect"),
        ("The hook is called after each render; its return value is known as the cleanup function.", "cleanup function"),
        // A vague class made definite by "of" or a relative clause; "occurs when"; one letter and a joined "mean" are no terms.
        ("Working memory is a type of short-term memory that we use during a task.", "Working memory"),
        ("A statistic is a number that represents a property of the sample.", "statistic"),
        ("A vertical merger occurs when two firms at different levels of an industry merge.", "vertical merger"),
        ("R is a language and environment for statistical computing.", "R"),
        ("Subnetting is the part that trips most people up.", nil),
        ("The words mean and average are often used interchangeably.", nil),
        ("AZ-104 is a great start for most people.", nil),
        // Questions, dialogue, footnotes, stories of persons, the author's own, pointers into the page.
        ("Do you know why it is called a whiting?", nil),
        ("“London is the capital of Paris, and Paris is the capital of Rome,” she said.", nil),
        ("71. Better known as Hsiang Yu in the histories of the period.", nil),
        ("Chuan Chu is the abbreviated form of his name.", nil),
        ("A general repository is an organized knowledgebase for my work and personal notes.", nil),
        ("Terminal is a program that lets you send the commands shown above to your computer.", nil),
        // A person's role or an evaluation is no class; "are" then an adverb or participle is no definition.
        ("Pi I-hsun, the author of the commentary, backs this up with a quotation.", nil),
        ("Jekyll is a fantastic blog engine for static sites.", nil),
        ("The sex cells are specifically involved in reproduction.", nil),
        ("Expenses are categorized in two ways by most budgets.", nil),
        // Possessives, participle clauses and counts are no terms.
        ("Moltke’s greatest triumph, the capitulation of the army, was won without bloodshed.", nil),
        ("Three kinds of operators are the ones that the selector supports.", nil),
        // A naming of a title, or of what the sentence before described.
        ("A worthwhile book on memory is a short study called Make It Stick by three authors.", nil),
        ("Much of this brain work begins in the part of the brain called the hippocampus.", nil),
        ("A tagged compound used for medical purposes is called a radiopharmaceutical.", "radiopharmaceutical"),
        ("A failure is an unexpected event within a system that stops it from working normally.", "failure"),
        ("Cells are the basic units of life in all organisms.", "Cells"),
        // What a term is for or how it goes is no class; an opening phrase or a person is no term.
        ("Artificial active immunity is the foundation for vaccination.", nil),
        ("Selective incorporation is an ongoing process.", nil),
        ("Beginning in 1811, a secretive group of British textile workers began destroying machinery.", nil),
        ("Alex Buetel, a computer scientist from Carnegie Mellon University, published a paper in 2016.", nil),
        ("Prior to PostgreSQL version 9.1, a request for the Serializable level behaved the same way.", nil),
        ("The duchy laws developed in two periods, the Ancienne coutume and the Coutume reformée.", nil),
    ] as [(String, String?)])
    func definitionShapes(sentence: String, term: String?) throws {
        let analysed = TestAnalysis.sentences(from: sentence + "\n")
        let finder = DefinitionFinder(rules: try TestSupport.rules.glossary)
        let found = analysed.enumerated().flatMap { finder.definitions(of: $0.element, number: $0.offset, place: .prose) }.map(\.term)
        if let term { #expect(found.contains(term), "\(found)") } else { #expect(found.isEmpty, "\(found)") }
    }

    /// A label line defines its label in a list item, not in running prose; callouts and page labels never.
    @Test func labelLinesDefineInListsOnly() throws {
        let finder = DefinitionFinder(rules: try TestSupport.rules.glossary)
        let item = SentencePlace(kind: .listItem, group: 0, item: 0, ordered: false, depth: 1)
        let terms = { (text: String) in
            TestAnalysis.sentences(from: text + "\n").enumerated().flatMap { finder.definitions(of: $0.element, number: $0.offset, place: item) }.map(\.term)
        }
        #expect(terms("Latency: the time a packet takes to cross the network.") == ["Latency"])
        #expect(terms("NOTE: the time a packet takes to cross the network.").isEmpty)
        #expect(terms("Page 56: the time a packet takes to cross the network.").isEmpty)
        #expect(terms("Udemy: Windows Privilege Escalation for Linux Beginners").isEmpty)
        // A value, the author's story, advice, a web address or the label used again: no definition.
        #expect(terms("Cost: $375 USD, with a free retake within the year.").isEmpty)
        #expect(terms("Duration: two (2) hours for the whole exam.").isEmpty)
        #expect(terms("Storage Management: the web interface made it easier for me to study.").isEmpty)
        #expect(terms("Forums: If you get stuck, ask for help in the discussion forums.").isEmpty)
        #expect(terms("Study notes: they can be found at https://example.org/notes today.").isEmpty)
        #expect(terms("Premium support: AWS offers several levels of premium support.").isEmpty)
        // An explanation whose subject is the label's first word tells about it; a modal opens advice.
        #expect(terms("Training for certifications: Training is offered by the vendor and by partners.").isEmpty)
        #expect(terms("Members: Should dial in or take part in person where possible.").isEmpty)
    }

    /// A table row defines its first cell only with exactly two cells; a wider row lists resources.
    @Test func tableRowsDefineWithTwoCellsOnly() throws {
        let finder = DefinitionFinder(rules: try TestSupport.rules.glossary)
        let row = SentencePlace(kind: .tableRow, group: 0, item: 1, ordered: false, depth: 0)
        let terms = { (text: String) in
            TestAnalysis.sentences(from: text + "\n").enumerated().flatMap { finder.definitions(of: $0.element, number: $0.offset, place: row) }.map(\.term)
        }
        #expect(terms("Latency | the time a packet takes to cross the network") == ["Latency"])
        #expect(terms("Udemy | the time a packet takes to cross the network | Sathish").isEmpty)
        // The definition is the description cell, not the row.
        let definitions = TestAnalysis.sentences(from: "Latency | the time a packet takes to cross the network\n").enumerated()
            .flatMap { finder.definitions(of: $0.element, number: $0.offset, place: row) }
        #expect(definitions.map(\.evidence.text) == ["the time a packet takes to cross the network"])
    }

    /// What a defining sentence says the term is, without the term and its verb.
    @Test(arguments: [
        ("A tenant is a dedicated instance of Microsoft Entra ID that an organisation receives.", "tenant", "copula",
         "A dedicated instance of Microsoft Entra ID that an organisation receives" as String?),
        ("Kubelet, the agent on each node, starts the containers.", "Kubelet", "appositive", "The agent on each node"),
        ("Codominance means that both alleles are observed; this is rare.", "Codominance", "relation", "Both alleles are observed"),
        ("The default setting is called a landing zone in Azure.", "landing zone", "naming", nil),
        ("A tenant is a tenant.", "tenant", "copula", nil),
    ] as [(String, String, String, String?)])
    func descriptionsLeaveOutTheTerm(sentence: String, term: String, rule: String, description: String?) throws {
        let shapes = try TestSupport.rules.glossary.definitionShapes
        #expect(StudyItems.description(of: term, in: sentence, rule: rule, articles: shapes.articles,
                                       describers: (shapes.copulas + shapes.relations).sorted { $0.count > $1.count }) == description)
    }

    /// Four defined terms give "Which of these describes X?" questions whose options are the others' descriptions.
    @Test func shortGlossariesStillGiveDescriptionQuestions() throws {
        let analysis = try TestSupport.analysis("""
            # Mergers

            A merger is a deal that joins two formerly separate firms into a single firm.

            An acquisition is the purchase of one firm by another firm for cash or shares.

            A tender offer is a public bid to buy shares directly from the shareholders of a firm.

            A poison pill is a defence that makes a hostile bid far more expensive for the bidder.
            """, path: "mergers.md")
        let studyAids = StudyAids.make(for: analysis, rules: try TestSupport.rules.glossary, parallel: false)
        let asked = studyAids.quiz.questions.filter { $0.prompt.hasPrefix("Which of these describes") }
        #expect(asked.count >= 3, "\(studyAids.quiz.questions.map(\.prompt))")
        for question in asked {
            #expect(question.options.count == 4 && Set(question.options).count == 4)
            #expect(question.answerIndex.map { question.options[$0] } == question.answer)
        }
        #expect(asked.contains { $0.prompt == "Which of these describes “acquisition”?"
            && $0.answer == "The purchase of one firm by another firm for cash or shares" })
    }

    /// Two terms that share a word and whose descriptions say much the same are one thing: neither
    /// is a wrong option for the other, so a question that would need it is not asked.
    @Test func nearSynonymsAreNoWrongOptionsOfEachOther() throws {
        let analysis = try TestSupport.analysis("""
            # Legal systems

            A customary law system is a system based on long-standing traditions in a particular community.

            Customary systems are systems based on long-standing traditions that the courts in a community enforce.

            Andorra is a small country in the Pyrenees bordering Spain and France.

            Common law is a body of rules that judges develop from earlier decisions.

            Civil law is a body of rules written down in codes by a legislature.
            """, path: "law.md")
        let studyAids = StudyAids.make(for: analysis, rules: try TestSupport.rules.glossary, parallel: false)
        let asked = studyAids.quiz.questions.filter { $0.prompt.hasPrefix("Which of these describes") }
        #expect(!asked.isEmpty, "\(studyAids.quiz.questions.map(\.prompt))")
        for question in asked where question.prompt.contains("customary") {
            #expect(question.options.filter { $0.contains("long-standing traditions") }.count == 1, "\(question.options)")
        }
    }

    /// A table whose header sets two sides against each other ("Advantages | Disadvantages") defines nothing.
    @Test func contrastTablesDefineNothing() throws {
        let finder = DefinitionFinder(rules: try TestSupport.rules.glossary)
        let table = "Advantages | Disadvantages\nLong-lasting immunity | Risk of infection in immunocompromised patients\n"
        let sentences = TestAnalysis.sentences(from: table)
        let places = sentences.indices.map { SentencePlace(kind: .tableRow, group: 0, item: $0 - 1, ordered: false, depth: 0) }
        #expect(sentences.count == 2)
        #expect(finder.definitions(in: sentences, places: places).isEmpty)
        let glossary = "Term | Meaning\nLatency | the time a packet takes to cross the network\n"
        let rows = TestAnalysis.sentences(from: glossary)
        #expect(finder.definitions(in: rows, places: places).map(\.term) == ["Latency"])
    }

    /// A blank must be answerable from its sentence and test recall, not wording or grammar.
    @Test(arguments: [
        ("Owner", "The Owner holds administrative ownership of the organization or repository settings.", false),
        ("Option 4", "Option 4 is the solution.", false),
        ("capability bits", "2. Remove the capability bits from the copied binary with the setcap command.", false),
        ("Docker image", "Task 1: Deploy an Azure container instance from a Docker image stored in a registry.", false),
        ("implicit assertion", "The former is known as an implicit assertion, unlike the explicit kind used in binds.", false),
        ("Authentication", "Authentication is the process of generating, transmitting and verifying credentials across networks.", true),
        ("zlib format", "The zlib format was designed for in-memory and communication channel applications.", true),
        // The rest of the sentence spells the answer out.
        ("Git", "GitHub stores files and records changes using a piece of software called Git, which lets many people work together.", false),
        ("JavaScript", "Browsers run JavaScript, a language whose name borrowed from Java for marketing reasons.", false),
        ("DSA", "DSA stands for Directory System Agent, the server that holds the directory entries.", false),
        ("requests", "The messages sent by the client are called requests and the messages sent by the server are called responses.", false),
        ("dominant", "The trait that was expressed Mendel referred to as dominant, and the trait that disappeared he referred to as recessive.", false),
        ("HTTP request", "Before a client and server can exchange an HTTP request/response pair, they must establish a TCP connection first.", false),
        // A place in the article the learner cannot see.
        ("blog post", "And now you can start writing the text of your blog post on line 16 of the template file.", false),
        ("mitochondria", "The mitochondria produce most of the chemical energy needed to power the biochemical reactions of a cell.", true),
        // Chance resemblances give nothing away.
        ("load balancer", "A load balancer must stop any single server from being overloaded by sudden bursts of traffic.", true),
        ("IP", "IP is the protocol that routes packets across networks and is part of every network stack.", true),
        ("Kubernetes", "Teams can use Kubernetes to run containers in production, and they can use it to scale them.", true),
    ])
    func blanksMustBeFair(term: String, sentence: String, fair: Bool) throws {
        let analysed = try #require(TestAnalysis.sentences(from: sentence + "\n").first)
        let gap = try #require(FlashcardDeck.gap(term, in: analysed.text))
        let rules = try TestSupport.rules.glossary.studyAids
        #expect(StudyItems.makesFairBlank(gap, in: analysed, minimumClueWords: rules.minimumClueWords,
                                          contextWords: Set(rules.contextWords), dependentOpenings: Set(rules.dependentOpenings),
                                          numberedReferences: Set(rules.numberedReferenceWords)) == fair)
    }

    /// "What is a tenant?" in lower case, but a name keeps its capitals wherever it stands.
    @Test(arguments: [
        ("tenant", "A tenant is a dedicated instance of Microsoft Entra ID.", "What is a tenant?"),
        ("Hypervisors", "Hypervisors are programs that run virtual machines.", "What are hypervisors?"),
        ("Meng Shih", "Meng Shih refers to a commentator of the Liang dynasty.", "What is Meng Shih?"),
        ("RBAC", "RBAC refers to granting access by role.", "What is RBAC?"),
    ])
    func questionsKeepNamesCapitalised(term: String, definition: String, question: String) {
        #expect(StudyItems.whatIs(term, definition: definition) == question)
    }

    /// A gap never takes part of a hyphenated word.
    @Test func gapsStandOnWholeHyphenatedWords() throws {
        let analysed = try #require(TestAnalysis.sentences(from: "The general Sun Tzu-hsu wrote a commentary on the classic text.\n").first)
        let gap = try #require(FlashcardDeck.gap("Sun Tzu", in: analysed.text))
        #expect(!StudyItems.standsWhole(gap, in: analysed))
    }

    /// "An _____ is …" fits only the options that start with a vowel: the quiz writes "a(n)".
    @Test(arguments: [
        ("An ", "A(n) "), ("The client sends an ", "The client sends a(n) "), ("It is a ", "It is a(n) "),
        ("“A ", "“A(n) "), ("Apache Kafka ", "Apache Kafka "), ("the ", "the "), ("", ""), ("Class A ", "Class A "),
        ("Remember: An ", "Remember: A(n) "), ("He said: “An ", "He said: “A(n) "),
    ])
    func quizBlanksHideTheArticle(before: String, shown: String) {
        #expect(Quiz.neutralArticle(before) == shown)
    }

    /// A title in capitals is no option among ordinary terms, but one among titles.
    @Test func capitalTitlesAreOptionsOnlyForCapitalAnswers() {
        let pool = ["RED-HEADED LEAGUE", "Briony Lodge", "Irene Adler", "Baker Street", "THE FIVE ORANGE PIPS"]
        #expect(!StudyItems.distractors(for: "John Clay", from: pool).contains("RED-HEADED LEAGUE"))
        #expect(StudyItems.distractors(for: "A SCANDAL IN BOHEMIA", from: pool).contains("THE FIVE ORANGE PIPS"))
        // A code is no title.
        #expect(StudyItems.distractors(for: "SHA-256", from: ["MD5", "SHA-1", "AES"]).contains("MD5"))
    }

    /// Wrong options share the answer's grammatical number: one plural among singulars is the answer.
    @Test func distractorsShareTheAnswersNumber() {
        let pool = ["pipes", "head", "delimiters", "file name", "exit codes"]
        #expect(StudyItems.distractors(for: "capabilities", from: pool) == ["pipes", "delimiters", "exit codes"])
        #expect(StudyItems.distractors(for: "pipe", from: pool) == ["head", "file name"])
        #expect(StudyItems.distractors(for: "requirements.txt", from: pool + ["app.py", "docker port", "Dockerfile", "static/index.html"])
                == ["app.py", "static/index.html"])
    }

    /// Wrong options are of the answer's kind: names for a name, common nouns for a common noun, codes
    /// for a code; terms defined as the answer's class come first.
    @Test func distractorsAreOfTheAnswersKind() {
        let pool = ["Azure Front Door", "disaster", "Azure Chaos Studio", "outage", "backup", "MD5", "SHA-1", "AES"]
        let common = StudyItems.distractors(for: "failure", from: pool, isName: { $0.first?.isUppercase == true })
        #expect(Set(common) == ["disaster", "outage", "backup"])
        #expect(StudyItems.distractors(for: "Azure Monitor", from: pool, isName: { $0.first?.isUppercase == true }) == ["Azure Front Door", "Azure Chaos Studio"])
        #expect(Set(StudyItems.distractors(for: "SHA-256", from: pool)) == ["MD5", "SHA-1", "AES"])
        let classes = ["outage": "event", "disaster": "event", "backup": "copy", "failure": "event"]
        #expect(StudyItems.distractors(for: "failure", from: ["backup", "outage", "disaster"], classOf: { classes[$0] }).prefix(2).sorted() == ["disaster", "outage"])
    }

    /// A term only capitalised where it opens its sentence is a common noun; one the article never
    /// writes in lower case is a name.
    @Test func namesAreTermsTheArticleCapitalises() {
        let lower: Set<String> = ["disaster", "backup"]
        #expect(!StudyItems.isName("Disasters", lowerWritten: lower))
        #expect(StudyItems.isName("Docker", lowerWritten: lower))
        #expect(StudyItems.isName("Azure Front Door", lowerWritten: lower))
        #expect(StudyItems.isName("GitHub", lowerWritten: lower))
        #expect(!StudyItems.isName("failure", lowerWritten: lower))
    }

    /// The class a definition puts its term in: the last content word after the copula and article.
    @Test(arguments: [
        ("A failure is an unexpected event within a system.", "failure", "event"),
        ("A probe is a diagnostic performed periodically by the kubelet.", "probe", "diagnostic"),
        ("Azure Chaos Studio is a managed service that uses chaos engineering.", "Azure Chaos Studio", "service"),
    ])
    func definitionsNameTheirClass(sentence: String, term: String, noun: String) throws {
        let analysed = try #require(TestAnalysis.sentences(from: sentence + "\n").first)
        #expect(StudyItems.classNoun(of: term, in: analysed) == noun)
    }

    /// An acronym of a cited body makes no card; one of the subject does. A common noun that opens
    /// its sentence is shown in lower case among options in lower case.
    @Test func cardsSkipBodiesAndQuizHidesSentenceCapitals() throws {
        let text = """
        Sleep

        The American Academy of Sleep Medicine (AASM) publishes advice on sleep. Rapid eye movement (REM) sleep is the stage in which most dreams occur. A dream is a sequence of images that occurs during sleep. A nightmare is a disturbing dream that wakes the sleeper. An insomniac is a person who cannot sleep. A spindle is a burst of brain waves during light sleep. Disorders are conditions that disturb sleep for weeks.

        """
        let analysis = try TestSupport.analysis(text)
        let aids = StudyAids.make(for: analysis, rules: try TestSupport.rules.glossary, parallel: false)
        let fronts = aids.flashcards.map(\.front)
        #expect(!fronts.contains { $0.contains("AASM") }, "\(fronts)")
        #expect(fronts.contains { $0.contains("REM") }, "\(fronts)")
        for question in aids.quiz.questions where question.prompt.hasPrefix("Which term") {
            #expect(question.options.allSatisfy { $0.first?.isLowercase == true }, "\(question.options)")
        }
    }

    /// A short label with a value states no fact; a table row is no sentence.
    @Test func labelsWithValuesAreNoKeyPoints() throws {
        let rules = TestSupport.rules.summaries
        let cues = InformativenessCues(rules.informativeness)
        let verdict = { (text: String) in
            TestAnalysis.sentences(from: text + "\n").allSatisfy { Summarizer.isKeyPoint($0, rules, cues: cues) }
        }
        #expect(!verdict("Estimated completion time: 32 minutes."))
        #expect(!verdict("Cost: $375 for one attempt."))
        #expect(!verdict("The pipe character | is used to connect the output of one command to another."))
        #expect(verdict("A storage account must have a globally unique name across all of Azure."))
    }

    /// Key points are informative sentences that end like one: no list lead-in, no bare title, no anecdote.
    @Test func keyPointsAreInformativeSentences() throws {
        let rules = TestSupport.rules.summaries
        let cues = InformativenessCues(rules.informativeness)
        let verdict = { (text: String) in
            TestAnalysis.sentences(from: text + "\n").allSatisfy { Summarizer.isKeyPoint($0, rules, cues: cues) }
        }
        #expect(verdict("A storage account must have a globally unique name."))
        #expect(!verdict("Explain the design principles:"))
        #expect(!verdict("Data Engineering on Google Cloud by Maverick Lin"))
        #expect(!verdict("As always, she supported my decision and helped me through it."))
        #expect(!verdict("As promised, this article will be more focused on cloud certifications."))
        #expect(!verdict("In this case, the server must return a 301 response code."))
        #expect(!verdict("It must run as root to change the capabilities of a file."))
        #expect(!verdict("(b) under Patent Claims of such Contributor to make, use, sell and import its Contributions."))
        #expect(!verdict("[RFC4520] Zeilenga, K., Considerations for the Lightweight Directory Access Protocol, June 2006."))
        #expect(!verdict("In this chapter we have to ask whether there is such a thing as matter."))
        #expect(!verdict("Now the recognition request will go through the load balancer."))
        #expect(verdict("(Optional) settings are kept in the user's home folder."))
        // A lab step is an instruction wherever its verb stands.
        #expect(!verdict("In the Overview pane, select the Delete button to remove the resource group."))
        #expect(verdict("A resource group is a container that holds related resources for an Azure solution."))
        #expect(verdict("The scheduler selects a maintenance window in which updates are applied."))
        #expect(!verdict("Finally, you must tell readline that the terminal supports eight-bit characters."))
        #expect(verdict("Itanium servers must run a supported release of the operating system."))
        #expect(!verdict("Select the virtual network and open its settings page."), "a lab step")
        // A numbered objective is an instruction too; a pointer to a video is the page talking about itself.
        #expect(!verdict("1. Identify parts of a graph."))
        #expect(!verdict("Watch this video about superior autobiographical memory from the show 60 Minutes to learn more."))
        #expect(!verdict("But you would be reducing performance and increasing costs."))
    }

    @Test func glossaryRuleExamples() throws {
        let rules = try TestSupport.rules.glossary
        let examples = try #require(rules.examples)
        #expect(examples.count >= 6)
        for example in examples {
            let found = rules.definingPattern(term: example.term, in: example.sentence) != nil
            #expect(found == example.defines, "\(example.term) in “\(example.sentence)”")
        }
    }

    @Test(arguments: [
        ("plain words", "plain words"), ("C# & F#", "C#35; #amp; F#35;"), ("say \"x\"", "say #quot;x#quot;"),
        ("(a) [b] {c}", "#40;a#41; #91;b#93; #123;c#125;"), ("**bold** `code` _it_", "#42;#42;bold#42;#42; #96;code#96; #95;it#95;"),
        ("a\nb", "a b"), ("<tag>", "#lt;tag#gt;"),
    ])
    func mindmapLabelsEscapeMermaidSyntax(raw: String, expected: String) {
        #expect(MindmapExporter.label(raw) == expected)
    }

    @Test func mindmapIsAFencedMermaidMindmap() throws {
        let text = String(decoding: try MindmapExporter().render(Self.seed, effects: TestSupport.effects), as: UTF8.self)
        let lines = text.split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex(of: "```mermaid"))
        #expect(lines[start + 1] == "mindmap")
        #expect(lines[start + 2] == "  n1((\"AZ-104 vs AZ-305\"))")
        #expect(lines.last == "```")
        let body = lines[(start + 2)..<(lines.count - 1)]
        for line in body {
            #expect(line.hasPrefix("    ") || line == lines[start + 2], "\(line)")
            #expect(line.filter { $0 == "\"" }.count == 2, "\(line)")
        }
        #expect(body.count > Self.seed.document.sections.count * 2)
    }
}
