import StudyKitRules
import StudyKitModel
import StudyKitText

/// Things worth learning from an article, overgenerated and ranked (Heilman & Smith's
/// overgenerate-and-rank): definitions, facts that hold a key term and a number, requirement or
/// comparison, the domains of the exams it discusses, its study order and the roles' dispositions.
/// Each item has a transparent score (importance of its answer term, informativeness of its
/// sentence) and the sentence and section it comes from; flashcards and quiz take the best.
struct StudyItem: Sendable, Equatable {
    enum Kind: String, Sendable {
        case definition, fact, domain, path, suits
        /// "Which of these describes X?": the options are descriptions of terms the article defines.
        case description
    }

    var kind: Kind
    /// A question ("What is a tenant?") or, for a fact, the sentence around the gap.
    var question: String
    /// What the learner must recall: a term, a domain, an exam.
    var answer: String
    /// The gap in the fact's sentence (facts only).
    var gap: Flashcard.Gap?
    /// Wrong answers of the same kind from the same article, best first (possibly too few).
    var distractors: [String]
    /// The answer is a common noun that only opens its sentence in capitals ("Disasters are …"):
    /// the quiz shows it, like its options, in lower case, so its capital gives nothing away.
    var commonNoun: Bool = false
    var evidence: Evidence?
    /// Id of the section the evidence stands in.
    var section: String?
    var score: Double
    /// Document order of the evidence, for stable ties.
    var position: Int
}

enum StudyItems {
    /// Words that make a sentence carry a fact worth recalling: requirements, limits, comparisons.
    static func items(for analysis: Analysis, glossary: Glossary, rules: StudyAidRules, glossaryRules: GlossaryRules) -> [StudyItem] {
        var items: [StudyItem] = []
        let sectionIDs = analysis.document.sections.map(\.id)
        let sentenceAt = Dictionary(analysis.sentences.enumerated().map { ($0.element.span, $0.offset) }, uniquingKeysWith: { a, _ in a })
        func place(_ evidence: Evidence?) -> (section: String?, position: Int) {
            guard let evidence, let number = sentenceAt[evidence.span] else { return (nil, Int.max) }
            let section = analysis.sentences[number].sectionIndex
            return (sectionIDs.indices.contains(section) ? sectionIDs[section] : nil, number)
        }
        // Importance of a term: its keyphrase score, with a bonus when the article defines it.
        var importance: [String: Double] = [:]
        for phrase in analysis.keyphrases { importance[Glossary.key(phrase.phrase)] = max(importance[Glossary.key(phrase.phrase)] ?? 0, phrase.score) }
        let defined = glossary.entries.filter { $0.source == .definition }
        for entry in defined { importance[Glossary.key(entry.term), default: 0.3] += 0.5 }

        // Each sentence folded once: options, counts and facts below all search the same text.
        let foldedSentences = analysis.sentences.map { $0.isHeading ? [] : TermSearch.fold($0.text) }
        // Wrong options must be terms the article's text uses, not fragments of its headings
        // ("Asked Questions" of "Frequently Asked Questions").
        // An option must also stand whole somewhere ("GNU Lesser General Public" never does: "License"
        // follows it every time), and one capitalised word must be a name the text writes so
        // mid-sentence, not a label or heading word ("Untracked").
        var usedInText: [String: Bool] = [:]
        func isUsedInText(_ term: String) -> Bool {
            if let known = usedInText[term] { return known }
            let needle = TermSearch.fold(term)
            let oneCapitalisedWord = !term.contains(" ") && term.first?.isUppercase == true
                && term.dropFirst().contains(where: \.isLowercase) && !term.dropFirst().contains(where: \.isUppercase)
            let used = analysis.sentences.indices.contains { number in
                guard TermSearch.contains(needle, in: foldedSentences[number]) else { return false }
                let sentence = analysis.sentences[number]
                guard let gap = FlashcardDeck.gap(term, in: sentence.text), standsWhole(gap, in: sentence) else { return false }
                return !oneCapitalisedWord || (gap.answer == term && sentence.words.first.map { $0.range.upperBound <= gap.before.utf8.count } == true
                                               && !gap.before.hasSuffix(": ") && !gap.before.hasSuffix("\n"))
            }
            usedInText[term] = used
            return used
        }

        let contextWords = Set(rules.contextWords)
        let dependentOpenings = Set(rules.dependentOpenings)
        let numberedReferences = Set(rules.numberedReferenceWords)
        // Definitions: "What is X?".
        // Wrong options are other terms the article defines: a keyphrase ("multiple Pods") is no
        // term of the answer's kind. Names answer names, common nouns common nouns (shown in lower
        // case), and a term defined as the same class ("an event") comes first.
        let termPool = defined.map(\.term).filter(isUsedInText)
        var lowerWritten = Set<String>()
        for sentence in analysis.sentences where !sentence.isHeading {
            for word in sentence.words where word.kind == .word && word.text.first?.isLowercase == true { lowerWritten.insert(ExamNameIndex.key(word.lower)) }
        }
        let isName = { (term: String) in Self.isName(term, lowerWritten: lowerWritten) }
        var classOf: [String: String] = [:]
        for entry in defined {
            if let evidence = entry.evidence, let number = sentenceAt[evidence.span],
               let noun = Self.classNoun(of: entry.term, in: analysis.sentences[number]) {
                classOf[Glossary.key(entry.term)] = noun
            }
        }
        // Each pool term folded and shown (a common noun in lower case) once, not once per question.
        let pool = termPool.map { (folded: TermSearch.fold($0), shown: isName($0) ? $0 : Self.lowerFirst($0)) }
        func options(for answer: String, in sentence: String) -> [String] {
            let folded = TermSearch.fold(sentence)
            let shown = pool.filter { !TermSearch.contains($0.folded, in: folded) }.map(\.shown)
            return distractors(for: isName(answer) ? answer : Self.lowerFirst(answer), from: shown, isName: isName,
                               classOf: { classOf[Glossary.key($0)] })
        }
        for entry in defined {
            guard let evidence = entry.evidence else { continue }
            let isAcronym = entry.rule == "acronym"
            let question = isAcronym ? "What does \(entry.aliases.first ?? entry.term) stand for?" : Self.whatIs(entry.term, definition: evidence.text)
            let (section, position) = place(evidence)
            let score = 1.5 + (importance[Glossary.key(entry.term)] ?? 0) + (entry.rule == "copula" || entry.rule == "relation" ? 0.3 : 0)
            // The defining sentence with the term blanked, when it makes a fair blank on its own.
            var cloze: Flashcard.Gap?
            if !isAcronym, let number = sentenceAt[evidence.span], let gap = FlashcardDeck.gap(entry.term, in: evidence.text),
               !entry.aliases.contains(where: { FlashcardDeck.gap($0, in: gap.before + " " + gap.after) != nil }),
               Self.makesFairBlank(gap, in: analysis.sentences[number], minimumClueWords: rules.minimumClueWords,
                                  contextWords: contextWords, dependentOpenings: dependentOpenings,
                                  numberedReferences: numberedReferences) {
                cloze = gap
            }
            items.append(StudyItem(kind: .definition, question: question, answer: isAcronym ? entry.term : entry.definition, gap: cloze,
                                   distractors: options(for: entry.term, in: evidence.text), commonNoun: !isName(entry.term),
                                   evidence: evidence, section: section, score: score, position: position))
        }

        // "Which of these describes X?": each option is what the article says another term is. It
        // needs no blank and no wrong term of the answer's grammatical kind, so an article with a
        // short glossary still gets questions; the other descriptions are the wrong options.
        let shapes = glossaryRules.definitionShapes
        // Longest first: "refers to" before "refer to".
        let describers = Array(Set(shapes.copulas + shapes.relations)).sorted { $0.count != $1.count ? $0.count > $1.count : $0 < $1 }
        let described = defined.compactMap { entry -> (entry: Glossary.Entry, text: String)? in
            guard let evidence = entry.evidence,
                  let text = Self.description(of: entry.term, in: evidence.text, rule: entry.rule,
                                              articles: shapes.articles, describers: describers) else { return nil }
            return (entry, text)
        }
        if described.count >= 4 {
            let foldedTexts = described.map { TermSearch.fold($0.text) }
            // Longer words of each description and term: two terms that share a word and whose
            // descriptions share a third of theirs may be one thing ("customary law system",
            // "customary systems"), so both options would be right. "VoiceOver" and "ChromeVox",
            // screen readers on different devices, stay: telling them apart is the question.
            func longWords(_ text: String) -> Set<String> {
                Set(text.lowercased().split { !$0.isLetter }.filter { $0.count >= 4 }.map { $0.hasSuffix("s") ? String($0.dropLast()) : String($0) })
            }
            let wordSets = described.map { longWords($0.text) }
            let termWords = described.map { longWords($0.entry.term) }
            func sameThing(_ a: Int, _ b: Int) -> Bool {
                let union = wordSets[a].union(wordSets[b]).count
                return !termWords[a].isDisjoint(with: termWords[b])
                    && union > 0 && Double(wordSets[a].intersection(wordSets[b]).count) >= 0.3 * Double(union)
            }
            for (index, item) in described.enumerated() {
                // No option that names the term (it would be the right one, or a second right one), nor
                // one that says much the same ("a system based on long-standing traditions …" twice).
                let term = TermSearch.fold(item.entry.term)
                let others = described.indices.filter { $0 != index && described[$0].text != item.text
                    && !TermSearch.contains(term, in: foldedTexts[$0]) && !sameThing(index, $0) }.map { described[$0].text }
                // Nearest in length first: a much longer option stands out as the right one.
                let options = others.enumerated().sorted { left, right in
                    let l = abs(left.element.count - item.text.count), r = abs(right.element.count - item.text.count)
                    return l != r ? l < r : left.offset < right.offset
                }.map(\.element)
                guard options.count >= 3, let evidence = item.entry.evidence else { continue }
                let shown = isName(item.entry.term) ? item.entry.term : Self.lowerFirst(item.entry.term)
                let (section, position) = place(evidence)
                items.append(StudyItem(kind: .description, question: "Which of these describes “\(shown)”?", answer: item.text,
                                       gap: nil, distractors: Array(options.prefix(3)), evidence: evidence, section: section,
                                       score: 1.1 + (importance[Glossary.key(item.entry.term)] ?? 0), position: position))
            }
        }

        // Acronyms the article spells out: "What does HHI stand for?".
        // Not a cited body's ("American Academy of Sleep Medicine"): who said it is no subject matter.
        let organisations = Set(rules.organisationWords)
        for acronym in glossary.acronyms
        where !PhraseIndex<Bool>.split(acronym.expansion).contains(where: { organisations.contains($0.lowercased()) }) {
            let (section, position) = place(acronym.evidence)
            items.append(StudyItem(kind: .definition, question: "What does \(acronym.acronym) stand for?", answer: acronym.expansion,
                                   gap: nil, distractors: [], evidence: acronym.evidence, section: section,
                                   score: 1.2 + (importance[Glossary.key(acronym.expansion)] ?? 0), position: position))
        }

        // Facts: a sentence with a key term and a number, requirement or comparison; the term gapped.
        // Key terms are only those the article defines: a keyphrase gap ("oversee [recovery
        // processes]") has many fair fills.
        let keyTerms = unique(defined.map(\.term)).filter { Glossary.key($0).count >= 3 }
        let cues = Set(rules.factCues)
        let narration = Set(rules.narration)
        let captions = Set(glossaryRules.definitionShapes.captionOpenings)
        let title = TermSearch.fold(analysis.document.metadata.title)
        // Front and back matter (errata, about the author, resources) teaches nothing of the subject.
        let skipped = Set(analysis.document.sections.indices.filter { index in
            ExamNameIndex.keys(of: analysis.document.sections[index].title ?? "").contains { rules.skipSectionWords.contains($0) }
        })
        let expansions = glossary.acronyms.map { (TermSearch.fold($0.acronym), TermSearch.fold($0.expansion)) }
            + defined.flatMap { entry in entry.aliases.map { (TermSearch.fold($0), TermSearch.fold(entry.term)) } }
        // How many sentences use each key term (a term everywhere is guessed from the topic).
        var sentencesUsing: [String: Int] = [:]
        let foldedTerms = keyTerms.map { (Glossary.key($0), TermSearch.fold($0)) }
        for (number, sentence) in analysis.sentences.enumerated() where !sentence.isHeading {
            let folded = foldedSentences[number]
            for (key, needle) in foldedTerms where TermSearch.contains(needle, in: folded) { sentencesUsing[key, default: 0] += 1 }
        }
        var foldedSectionTitles: [Int: [UInt8]] = [:]
        for (number, sentence) in analysis.sentences.enumerated() where !sentence.isHeading && !skipped.contains(sentence.sectionIndex) {
            let words = sentence.words
            let opening = words.lazy.filter { $0.kind != .punctuation }.prefix(3).map(\.lower)
            guard (rules.minimumFactWords...rules.maximumFactWords).contains(sentence.wordCount),
                  !sentence.text.hasSuffix("?"), !sentence.text.hasSuffix(":"),
                  !words.contains(where: { narration.contains($0.lower) }), !(opening.first.map(captions.contains) ?? false),
                  !(opening.first.map(dependentOpenings.contains) ?? false), Self.endsWithFullStop(sentence.text),
                  // Markup left in the text (a reStructuredText link, code) makes a broken blank.
                  !sentence.text.utf8.contains(UInt8(ascii: "`")), !sentence.text.utf8.contains(UInt8(ascii: "<"))
            else { continue }
            if words.contains(where: { contextWords.contains($0.lower) }) { continue }
            let hasNumber = words.contains { $0.kind == .number }
            let hasCue = words.contains { cues.contains($0.lower) }
            guard hasNumber || hasCue else { continue }
            let lowered = sentence.text.lowercased()
            guard !rules.metaOpenings.contains(where: { lowered.hasPrefix($0) }) else { continue }
            let folded = foldedSentences[number]
            let sectionTitle: [UInt8]
            if let known = foldedSectionTitles[sentence.sectionIndex] {
                sectionTitle = known
            } else {
                sectionTitle = TermSearch.fold(analysis.document.sections.indices.contains(sentence.sectionIndex)
                                               ? analysis.document.sections[sentence.sectionIndex].title ?? "" : "")
                foldedSectionTitles[sentence.sectionIndex] = sectionTitle
            }
            // The most important key term that stands once in the sentence as a whole term, and that
            // neither the sentence (its acronym or expansion), its section title nor the article title gives away.
            var candidates: [(String, Flashcard.Gap, Double)] = []
            for (term, folding) in zip(keyTerms, foldedTerms) {
                let needle = folding.1
                guard TermSearch.contains(needle, in: folded),
                      let gap = FlashcardDeck.gap(term, in: sentence.text),
                      FlashcardDeck.gap(term, in: gap.after) == nil, FlashcardDeck.gap(term, in: gap.before) == nil,
                      Self.standsWhole(gap, in: sentence), (sentencesUsing[folding.0] ?? 0) <= rules.maximumAnswerSentences,
                      // The sentence passed the context-word and opening checks above.
                      Self.makesFairBlank(gap, in: sentence, minimumClueWords: rules.minimumClueWords, contextWords: [], dependentOpenings: [],
                                          numberedReferences: numberedReferences),
                      !TermSearch.contains(needle, in: title), !TermSearch.contains(needle, in: sectionTitle)
                else { continue }
                let givenAway = expansions.contains { pair in
                    (pair.0 == needle && TermSearch.contains(pair.1, in: folded)) || (pair.1 == needle && TermSearch.contains(pair.0, in: folded))
                }
                if !givenAway { candidates.append((term, gap, importance[folding.0] ?? 0)) }
            }
            guard let best = candidates.max(by: { $0.2 != $1.2 ? $0.2 < $1.2 : $0.0 > $1.0 }) else { continue }
            let evidence = Evidence(sentence)
            let (section, _) = place(evidence)
            let score = 1.0 + best.2 + (hasNumber ? 0.3 : 0) + (hasCue ? 0.3 : 0) - Double(max(0, sentence.wordCount - 30)) / 40
            items.append(StudyItem(kind: .fact, question: sentence.text, answer: best.1.answer, gap: best.1,
                                   distractors: options(for: best.1.answer, in: sentence.text),
                                   commonNoun: !isName(best.1.answer), evidence: evidence,
                                   section: section, score: score, position: number))
        }

        // Domains of the exams the article discusses, when their weights tell them apart.
        let knowledge = analysis.knowledge
        let codes = knowledge.certifications.map { ($0.code, TermSearch.fold($0.code)) }
        /// A sentence naming other exams but not `code` speaks of those (a DP-203 line is no evidence on DEA-C01).
        func speaksOfAnotherExam(_ evidence: Evidence, _ code: String) -> Bool {
            let folded = TermSearch.fold(evidence.text)
            let named = codes.filter { TermSearch.contains($0.1, in: folded) }.map(\.0)
            return !named.isEmpty && !named.contains(code)
        }
        for exam in knowledge.certifications where exam.mentions >= 2 {
            let weighted = exam.domains.filter { $0.weight != nil }
            guard weighted.count >= 4, Set(weighted.compactMap(\.weight)).count == weighted.count else { continue }
            for domain in weighted {
                let others = weighted.filter { $0.name != domain.name }.map(\.name)
                let evidence = domain.evidence.first { !speaksOfAnotherExam($0, exam.code) }
                let (section, position) = place(evidence)
                let stated = domain.source != .catalogue ? 0.4 : 0
                items.append(StudyItem(kind: .domain, question: "Which domain makes up \(domain.weightLabel) of \(exam.code)?",
                                       answer: domain.name, gap: nil, distractors: others, evidence: evidence, section: section,
                                       score: 0.9 + stated + (evidence == nil ? 0 : 0.3), position: position))
            }
        }

        // The study order the article recommends.
        if knowledge.articleRecommendsOrder, let first = knowledge.studyPath.first(where: { !$0.optional }) {
            let (section, position) = place(first.evidence.first)
            // The exams it comes before say which track the question is about (and are no options).
            let later = knowledge.studyPath.filter { !$0.optional && $0.code != first.code }.prefix(2).map(\.code)
            let others = knowledge.certifications.map(\.code).filter { $0 != first.code && !later.contains($0) }
            let question = later.isEmpty ? "Which exam does the article recommend taking first?"
                : "Which exam does the article recommend taking before \(later.joined(separator: " and "))?"
            items.append(StudyItem(kind: .path, question: question, answer: first.code,
                                   gap: nil, distractors: others, evidence: first.evidence.first, section: section,
                                   score: 1.6, position: position))
        }

        // Who each role suits, when the article says it in several words.
        for role in knowledge.roles {
            let suits = role.traits.filter { $0.kind == "disposition" && $0.polarity == .affirmed }
            guard suits.count >= 2 else { continue }
            let answer = suits.sorted { $0.evidence.count > $1.evidence.count }.prefix(4).map(\.trait).joined(separator: ", ")
            let evidence = suits.first?.evidence.first
            let (section, position) = place(evidence)
            items.append(StudyItem(kind: .suits, question: "Who does the role of \(role.name) (\(role.certification)) suit, according to the article?",
                                   answer: answer, gap: nil, distractors: [], evidence: evidence, section: section,
                                   score: 1.1, position: position))
        }
        return items.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
    }

    /// Whether the text ends like a statement ("." or "!", closing quotes and brackets aside):
    /// titles, list labels and front-matter lines do not.
    static func endsWithFullStop(_ text: String) -> Bool {
        let last = text.unicodeScalars.reversed().first { !"\"'”’)]» ".unicodeScalars.contains($0) }
        return last == "." || last == "!"
    }

    /// Whether a word of the answer, or a word of its family, stands elsewhere in the sentence ("the
    /// supply curve (S) and the [demand curve] (D)", "administrative ownership" beside [Owner]):
    /// the sentence then gives the answer away.
    static func sharesWord(_ gap: Flashcard.Gap) -> Bool {
        let rest = PhraseIndex<Bool>.split(gap.before + " " + gap.after).map(ExamNameIndex.key).filter { $0.count > 3 }
        return PhraseIndex<Bool>.split(gap.answer).map(ExamNameIndex.key).contains { word in
            word.count > 3 && rest.contains { $0.hasPrefix(word) || word.hasPrefix($0) }
        }
    }

    /// Whether a blank can be answered from its own sentence and tests recall, not grammar or
    /// wording: no word of the answer's family left in the sentence, nothing else that spells it out
    /// (`givesAnswerAway`, a slashed pair), enough content words around the blank to point at one
    /// term ("_____ is the solution." has one), not a numbered step of an exercise or a "Label:
    /// text" line, no place in the article the learner cannot see ("line 16"), and no word that
    /// leans on the sentences around it.
    static func makesFairBlank(_ gap: Flashcard.Gap, in sentence: AnalysedSentence, minimumClueWords: Int,
                               contextWords: Set<String>, dependentOpenings: Set<String>,
                               numberedReferences: Set<String> = []) -> Bool {
        guard !sharesWord(gap) else { return false }
        // "an _____/response pair": the other half of a slashed pair names the answer.
        if gap.after.hasPrefix("/") || gap.before.hasSuffix("/") { return false }
        let start = gap.before.utf8.count, end = start + gap.answer.utf8.count
        let outside = sentence.words.filter { $0.range.upperBound <= start || $0.range.lowerBound >= end }
        if givesAnswerAway(gap, outside: outside, start: start) { return false }
        // "on line 16", "in Table 2", "step 3": a place in the article the learner cannot see.
        for (index, word) in sentence.words.enumerated().dropLast() where numberedReferences.contains(word.lower) {
            if sentence.words[index + 1].kind == .number { return false }
        }
        let clues = outside.filter { $0.kind == .word && !$0.isStopWord }.count
        guard clues >= minimumClueWords else { return false }
        if !contextWords.isEmpty, outside.contains(where: { contextWords.contains($0.lower) }) { return false }
        if let first = outside.first(where: { $0.kind != .punctuation }), dependentOpenings.contains(first.lower),
           first.range.lowerBound < start { return false }
        // "2. Start a container …", "Task 1: Deploy …", "path: … is only given …".
        let text = sentence.text.utf8
        if let first = text.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) { return false }
        if let colon = text.firstIndex(of: UInt8(ascii: ":")),
           sentence.words.filter({ $0.kind == .word && $0.range.upperBound <= text.distance(from: text.startIndex, to: colon) }).count <= 4 {
            return false
        }
        return true
    }

    /// Whether the rest of the sentence spells the answer out: a compound name built on it
    /// ("GitHub" around [Git], "Java" beside [JavaScript]), initials of content words that spell an
    /// acronym answer ("Directory System Agent" for [DSA]), or the blank's own lead-in said again
    /// of the other member of a pair ("are called [requests] … are called responses", "known as
    /// [mitosis] … known as meiosis"), which leaves the one remaining term.
    static func givesAnswerAway(_ gap: Flashcard.Gap, outside: [Word], start: Int) -> Bool {
        let content = outside.filter { $0.kind == .word && !$0.isStopWord && $0.lower.utf8.count >= 3 }
        // Only names written as one capitalised compound: "overloaded" holds "load" by chance.
        let answerWords = gap.answer.split(separator: " ").map(String.init).filter { $0.utf8.count >= 3 }
        func isCompound(_ word: String) -> Bool { word.dropFirst().contains(where: \.isUppercase) && word.contains(where: \.isLowercase) }
        for word in content {
            for answer in answerWords where answer.lowercased() != word.lower {
                if isCompound(word.text), word.lower.hasPrefix(answer.lowercased()) { return true }
                if isCompound(answer), answer.lowercased().hasPrefix(word.lower) { return true }
            }
        }
        let letters = Array(gap.answer.unicodeScalars)
        if (2...6).contains(letters.count), letters.allSatisfy({ ("A"..."Z").contains($0) }) {
            // Content words only: "is part" spells no IP.
            let initials = outside.filter { $0.kind == .word && !$0.isStopWord }.compactMap { $0.lower.unicodeScalars.first }
            let wanted = gap.answer.lowercased().unicodeScalars.map { $0 }
            if initials.count >= wanted.count,
               (0...(initials.count - wanted.count)).contains(where: { Array(initials[$0..<($0 + wanted.count)]) == wanted }) {
                return true
            }
        }
        let words = outside.filter { $0.kind == .word }
        var lead = words.filter { $0.range.upperBound <= start }.map(\.lower)
        while let last = lead.last, ["a", "an", "the"].contains(last) { lead.removeLast() }
        if lead.count >= 2 {
            let pair = Array(lead.suffix(2))
            let after = words.filter { $0.range.lowerBound > start }
            // The repeated lead-in must name the other member: "can use [Kubernetes] … can use it" names nothing.
            for index in after.indices.dropLast(2) where after[index].lower == pair[0] && after[index + 1].lower == pair[1] {
                var next = index + 2
                while next < after.count, ["a", "an", "the"].contains(after[next].lower) { next += 1 }
                if next < after.count, !after[next].isStopWord { return true }
            }
        }
        return false
    }

    /// Whether a gap stands on a whole term: no content word right after it ("Layer 4 load [balancer]")
    /// and no capitalised word right before it ("Secretary of State [George Marshall]").
    static func standsWhole(_ gap: Flashcard.Gap, in sentence: AnalysedSentence) -> Bool {
        let start = gap.before.utf8.count, end = start + gap.answer.utf8.count
        // Part of a hyphenated word ("Sun Tzu[-hsu]", "[re-]deploy") is no whole term.
        if gap.after.hasPrefix("-"), gap.after.dropFirst().first?.isLetter == true { return false }
        if gap.before.hasSuffix("-"), gap.before.dropLast().last?.isLetter == true { return false }
        if let next = sentence.words.first(where: { $0.range.lowerBound >= end }), next.range.lowerBound <= end + 1,
           next.kind == .word, !next.isStopWord { return false }
        if let previous = sentence.words.last(where: { $0.range.upperBound <= start }), previous.range.upperBound >= start - 1,
           previous.kind == .word, previous.isCapitalized, !previous.isStopWord, start > 0 { return false }
        return true
    }

    /// Other terms of the same article as wrong answers, of the same shape as the answer (an
    /// acronym for an acronym, a name for a name, a common noun for a common noun, then similar
    /// length); never a spelling of the answer.
    static func distractors(for answer: String, from pool: [String], isName: ((String) -> Bool)? = nil,
                            classOf: (String) -> String? = { _ in nil }) -> [String] {
        let key = Glossary.key(answer)
        // A code ("SHA-256", "MD5") answers a code, a name a name, a common noun a common noun: the
        // odd one out gives the answer away.
        func isCode(_ term: String) -> Bool {
            term.count <= 8 && !term.contains(" ") && term.contains(where: \.isUppercase) && !term.contains(where: \.isLowercase)
        }
        let nameTest = isName ?? { $0.first?.isUppercase == true }
        let answerClass = classOf(answer)
        let answerIsCode = isCode(answer), answerIsName = nameTest(answer)
        func shape(_ term: String) -> (Int, Int, Int, Int) {
            let acronym = term.count <= 6 && term.allSatisfy { $0.isUppercase || $0.isNumber } ? 1 : 0
            let name = term.first?.isUppercase == true ? 1 : 0
            // A plural answer wants plural options: only one option fitting the sentence gives it away.
            let plural = acronym == 0 && term.hasSuffix("s") && !["ss", "us", "is"].contains(where: term.hasSuffix) ? 1 : 0
            return (acronym, name, term.split(separator: " ").count, plural)
        }
        let wanted = shape(answer)
        // A file or identifier ("requirements.txt", "CAP_CHOWN") is answered by one of its kind, a
        // word by a word: the odd one out gives the answer away.
        func isFileLike(_ term: String) -> Bool {
            term.dropLast().contains { $0 == "." || $0 == "_" || $0 == "/" || $0 == "\\" }
        }
        let fileLike = isFileLike(answer)
        // Options of another grammatical number than the answer's ("_____ are …" with one plural
        // option) give it away: never offered.
        // A title in capitals ("RED-HEADED LEAGUE") among ordinary terms is the odd one out.
        // Several words: a code ("SHA-256") is no title.
        func isLongCapitals(_ term: String) -> Bool {
            term.count > 6 && term.contains(" ") && term.contains(where: \.isLetter) && !term.contains(where: \.isLowercase)
        }
        let capitals = isLongCapitals(answer)
        let options = unique(pool).filter { Glossary.key($0) != key && !Glossary.key($0).contains(key) && !key.contains(Glossary.key($0)) }
            .filter { (wanted.0 == 1 || shape($0).3 == wanted.3) && isFileLike($0) == fileLike && isLongCapitals($0) == capitals }
            .filter { isCode($0) == answerIsCode && nameTest($0) == answerIsName }
        func distance(_ term: String) -> Int {
            let other = shape(term)
            // Defined as the same class ("an event", "a service"): the closest kind there is.
            let sameClass = answerClass != nil && classOf(term) == answerClass ? -8 : 0
            return sameClass + 4 * abs(other.0 - wanted.0) + 2 * abs(other.1 - wanted.1) + abs(other.2 - wanted.2) + 2 * abs(other.3 - wanted.3)
        }
        return options.enumerated().sorted { left, right in
            let l = distance(left.element), r = distance(right.element)
            return l != r ? l < r : left.offset < right.offset
        }.map(\.element)
    }

    /// Whether a term is a name: capitals inside a word ("GitHub") or on a later word ("Azure Front
    /// Door"), a digit, or a capitalised word the article never writes in lower case ("Docker", but
    /// not "Disasters", which only opens its sentence).
    static func isName(_ term: String, lowerWritten: Set<String>) -> Bool {
        let words = term.split(separator: " ")
        guard let first = words.first, first.first?.isUppercase == true || words.dropFirst().contains(where: { $0.first?.isUppercase == true })
        else { return term.contains(where: \.isNumber) }
        if term.contains(where: \.isNumber) || words.contains(where: { $0.dropFirst().contains(where: \.isUppercase) })
            || words.dropFirst().contains(where: { $0.first?.isUppercase == true }) { return true }
        return !lowerWritten.contains(ExamNameIndex.key(first.lowercased()))
    }

    /// The text with its first letter in lower case ("Disasters" → "disasters").
    static func lowerFirst(_ text: String) -> String {
        guard let first = text.first, first.isUppercase else { return text }
        return first.lowercased() + text.dropFirst()
    }

    /// The class a defining sentence puts its term in ("an unexpected [event] within …", "a
    /// [diagnostic] performed …", "the [practice] of …"): the last of the content words after the
    /// copula and article, before a stop word or a participle that follows it; folded like a key.
    static func classNoun(of term: String, in sentence: AnalysedSentence) -> String? {
        let words = sentence.words
        // The term's first appearance ("Azure Chaos Studio is … chaos engineering").
        guard let last = PhraseIndex<Bool>.split(term).last?.lowercased(),
              let termEnd = words.firstIndex(where: { $0.lower == last }),
              let copula = words[(termEnd + 1)...].prefix(2).firstIndex(where: { ["is", "are", ","].contains($0.text.lowercased()) })
        else { return nil }
        var index = copula + 1
        if index < words.count, ["a", "an", "the"].contains(words[index].lower) { index += 1 }
        var head: String?
        while index < words.count, index <= copula + 5 {
            let word = words[index]
            guard word.kind == .word, !word.isStopWord else { break }
            // "an unexpected event", "a managed service": a modifier before the noun; "a diagnostic
            // performed …": a participle after it ends the class.
            if word.lower.hasSuffix("ly") || DefinitionFinder.isParticiple(word.lower) {
                if head != nil { break }
            } else {
                head = word.lower
            }
            index += 1
        }
        return head.map(ExamNameIndex.key)
    }

    /// "What is a tenant?", "What are hypervisors?", "What is caching?", "What is RBAC?": the
    /// term in lower case unless it is a name (capitals inside, a digit, or capitalised beyond the
    /// sentence start); "a"/"an" only where the article writes one before the term; "are" for plurals.
    /// What a defining sentence says the term is, without the term: "A tenant is a dedicated
    /// instance of …" gives "A dedicated instance of …"; an appositive stops at its comma. Nil when
    /// the sentence does not open with the term, or what is left is too short or still names it.
    /// `describers`: the copulas and relation words, longest first.
    static func description(of term: String, in sentence: String, rule: String?, articles: [String], describers: [String]) -> String? {
        var rest = Substring(sentence)
        for article in articles where rest.lowercased().hasPrefix(article + " ") {
            rest = rest.dropFirst(article.count + 1)
            break
        }
        guard rest.lowercased().hasPrefix(term.lowercased()) else { return nil }
        rest = rest.dropFirst(term.count)
        rest = rest.drop { $0 == " " || ",:;—–-|".contains($0) }
        if rule == "appositive", let comma = rest.firstIndex(of: ",") { rest = rest[..<comma] }
        // "is", "are", "refers to", "means": the description starts after the verb.
        let lowerRest = rest.lowercased()
        for describer in describers where lowerRest.hasPrefix(describer + " ") {
            rest = rest.dropFirst(describer.count + 1)
            break
        }
        // "Codominance means that …": the clause, not its conjunction; a second clause after ";" is commentary.
        if rest.lowercased().hasPrefix("that ") { rest = rest.dropFirst(5) }
        if let semicolon = rest.firstIndex(of: ";") { rest = rest[..<semicolon] }
        var text = rest.trimmingCharacters(in: .whitespaces)
        while let last = text.last, ".;:,".contains(last) { text.removeLast() }
        let words = text.split(separator: " ")
        guard words.count >= 3, words.count <= 45, !TermSearch.contains(TermSearch.fold(term), in: TermSearch.fold(text)) else { return nil }
        return text.prefix(1).uppercased() + text.dropFirst()
    }

    static func whatIs(_ term: String, definition: String) -> String {
        let words = term.split(separator: " ")
        let opensSentence = definition.hasPrefix(term) || ["A ", "An ", "The "].contains { definition.hasPrefix($0 + term) }
        // A later word in capitals ("Meng Shih", "Azure Files") makes it a name too.
        let isName = term.contains(where: \.isNumber) || words.contains { word in word.dropFirst().contains(where: \.isUppercase) }
            || words.dropFirst().contains { $0.first?.isUppercase == true }
            || (term.first?.isUppercase == true && !opensSentence)
        let shown = isName ? term : (term.first.map { String($0).lowercased() + term.dropFirst() } ?? term)
        let lowerDefinition = " " + definition.lowercased() + " "
        let lowerTerm = term.lowercased()
        let article = [" a ", " an "].first { lowerDefinition.contains($0 + lowerTerm + " ") || lowerDefinition.contains($0 + lowerTerm + ",") }
        if let article { return "What is" + article + shown + "?" }
        if let last = words.last, last.hasSuffix("s"), !last.hasSuffix("ss"), !last.hasSuffix("us"), !last.hasSuffix("is"), !isName {
            return "What are \(shown)?"
        }
        return "What is \(shown)?"
    }

    static func unique(_ items: [String]) -> [String] {
        var seen = Set<String>()
        return items.filter { seen.insert(Glossary.key($0)).inserted }
    }
}
