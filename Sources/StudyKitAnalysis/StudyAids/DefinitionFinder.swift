import StudyKitModel
import StudyKitRules

/// A sentence of the article that defines a term, and the term as the article writes it.
public struct Definition: Sendable, Equatable {
    public var term: String
    /// An acronym or expansion the same sentence gives ("RBAC" for "Role-based access control").
    public var alias: String?
    public var evidence: Evidence
    /// The shape that matched: `copula`, `relation`, `appositive`, `label`, `naming`, `acronym`.
    public var rule: String
    /// Index of the sentence in the sentences searched.
    public var sentence: Int
}

/// Finds definitions by their shape, without knowing the term first (`glossary-rules.json`,
/// `definitionShapes`): the term is the noun phrase a defining sentence opens with ("A tenant
/// is a dedicated instance of …", "Hypervisors are programs that …", "RBAC refers to …",
/// "Kubelet, the agent on each node, …"), the label of a label line ("Latency: the time …") or
/// table row, the name after "is called"/"known as", or an acronym beside its expansion. A
/// sentence that only uses a term ("AZ-104 is a great start") defines nothing: the word after
/// "is a" must be a class, not an evaluation.
struct DefinitionFinder: Sendable {
    private let shapes: GlossaryRules.DefinitionShapes
    private let copulas: Set<String>
    private let articles: Set<String>
    private let relations: [[String]]
    private let namings: [[String]]
    private let classOf: Set<String>
    private let relatives: Set<String>
    private let notClass: Set<String>
    private let notTerm: Set<String>
    private let connectors: Set<String>
    private let nameConnectors: Set<String>
    private let captions: Set<String>
    private let firstPerson: Set<String>
    private let adviceOpenings: Set<String>
    private let numberWords: Set<String>
    private let narrative: Set<String>
    private let personClass: Set<String>
    private let evaluative: Set<String>
    private let demonstratives: Set<String>
    private let pointers: Set<String>
    private let contrastHeaders: Set<String>

    init(rules: GlossaryRules) {
        shapes = rules.definitionShapes
        copulas = Set(shapes.copulas)
        articles = Set(shapes.articles)
        relations = shapes.relations.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        namings = shapes.namings.map { $0.split(separator: " ").map(String.init) }.sorted { $0.count > $1.count }
        relatives = Set(shapes.pluralRelatives)
        notClass = Set(shapes.notClassWords)
        classOf = Set(shapes.classOfWords)
        notTerm = Set(shapes.notTermWords)
        connectors = Set(shapes.connectors)
        nameConnectors = Set(shapes.nameConnectors)
        captions = Set(shapes.captionOpenings)
        firstPerson = Set(shapes.firstPersonWords)
        adviceOpenings = Set(shapes.adviceOpenings)
        numberWords = Set(shapes.numberWords)
        narrative = Set(shapes.narrativeWords)
        personClass = Set(shapes.personClassWords)
        evaluative = Set(shapes.evaluativeWords)
        demonstratives = Set(shapes.demonstrativeWords)
        pointers = Set(shapes.pointerWords)
        contrastHeaders = Set(shapes.contrastHeaders)
    }

    func definitions(in sentences: [AnalysedSentence], places: [SentencePlace]) -> [Definition] {
        var found: [Definition] = []
        // Tables whose header sets two sides against each other ("Advantages | Disadvantages").
        var contrastTables = Set<Int>()
        for number in sentences.indices where places[number].kind == .tableRow && places[number].item == -1 {
            let cells = sentences[number].text.lowercased().components(separatedBy: " | ")
            if cells.contains(where: { contrastHeaders.contains($0.trimmingCharacters(in: .whitespaces)) }) {
                contrastTables.insert(places[number].group)
            }
        }
        for number in sentences.indices where !sentences[number].isHeading {
            if places[number].kind == .tableRow, contrastTables.contains(places[number].group) { continue }
            found += definitions(of: sentences[number], number: number, place: places[number])
        }
        return found
    }

    func definitions(of sentence: AnalysedSentence, number: Int, place: SentencePlace) -> [Definition] {
        let words = sentence.words
        guard words.count >= 3 else { return [] }
        var result: [Definition] = []
        func add(_ term: Range<Int>, _ rule: String, alias: String? = nil) {
            let text = slice(sentence, term)
            guard !text.isEmpty else { return }
            var evidence = Evidence(sentence)
            // A term's table row: its description cell is the definition ("Right to …"), not "a | b".
            if place.kind == .tableRow, let bar = evidence.text.range(of: " | ") { evidence.text = String(evidence.text[bar.upperBound...]) }
            result.append(Definition(term: text, alias: alias, evidence: evidence, rule: rule, sentence: number))
        }
        if let first = words.first, captions.contains(first.lower) { return [] }
        if !definesAlone(sentence) { return [] }
        // "The API is the following:" introduces a list; it defines nothing itself.
        if place.kind != .tableRow, sentence.text.hasSuffix(":") { return [] }
        if place.kind == .tableRow {
            guard place.item >= 0 else { return [] }
            // "term | description": a row of two cells whose first cell is short. A wider row
            // ("Udemy | course title | author") lists resources; it defines none of its cells.
            let cells = sentence.text.components(separatedBy: " | ")
            if cells.count == 2, cells[0].split(separator: " ").count <= shapes.maxTermWords,
               cells[1].split(separator: " ").count >= shapes.minimumDefinitionWords,
               let end = words.firstIndex(where: { $0.text == "|" }), let term = termRange(words, 0, end),
               explains(words[(end + 1)...]), !repeats(words[0..<end], in: words[(end + 1)...]) {
                add(term, "label")
            }
            return result
        }
        if let label = labelTerm(words, place: place) { add(label, "label") }
        let start = leadingArticleSkipped(words)
        for end in (start + 1)..<max(start + 1, min(words.count, start + shapes.maxTermWords + 1)) {
            let word = words[end]
            if word.kind == .punctuation {
                // "Kubelet, the agent on each node, …": an appositive with a class noun.
                // Not an adverb opening the sentence ("Normally, the DNA …").
                if word.text == ",", end + 2 < words.count, articles.contains(words[end + 1].lower),
                   isClass(words[end + 2]), !namesPerson(words, from: end + 2), !(end - start == 1 && words[start].lower.hasSuffix("ly")),
                   let term = termRange(words, start, end) {
                    add(term, "appositive")
                }
                break
            }
            // "The words mean and average are …": a relation word joined to another word is a noun.
            if let relation = relations.first(where: { matches($0, words, at: end) }), relation.count > 0,
               end + relation.count < words.count, !["and", "or", ","].contains(words[end + relation.count].lower),
               let term = termRange(words, start, end) {
                add(term, "relation")
                break
            }
            if copulas.contains(word.lower) {
                guard let term = termRange(words, start, end), end + 1 < words.count else { break }
                let next = words[end + 1]
                if articles.contains(next.lower), end + 2 < words.count, isClass(words[end + 2]) || isClassOf(words, at: end + 2),
                   !namesPerson(words, from: end + 2) {
                    add(term, "copula")
                } else if word.lower == "are", isClass(next), !next.lower.hasSuffix("ing"), !next.lower.hasSuffix("ly"),
                          // "Expenses are categorized in two ways": a participle tells what is done to them.
                          !Self.isParticiple(next.lower),
                          words[(end + 2)..<min(words.count, end + 7)].contains(where: { relatives.contains($0.lower) }) {
                    add(term, "copula")
                }
                break
            }
        }
        // "… is called X", "known as X": the name that follows — not after a pronoun ("This is
        // called X" defines X in the sentence before, which the card would not show).
        let opensWithPronoun = words.first(where: { $0.kind != .punctuation }).map { notTerm.contains($0.lower) } ?? false
        // Two namings in one sentence ("is called pushing …, and … is called popping") name a pair
        // of states or acts, each defined only against the other.
        // (Counted by where each ends: "is called" and "called" are one naming.)
        // Only namings followed by a name count ("useEffect is called after every render" calls it).
        // The namings matching at each word, found once for the count and the loop below.
        let namingsAt = opensWithPronoun ? [] : words.indices.map { index in namings.filter { matches($0, words, at: index) } }
        let namingCount = Set(namingsAt.indices.flatMap { index in namingsAt[index].map { index + $0.count } }.filter { end in
            var next = end
            if next < words.count, articles.contains(words[next].lower) { next += 1 }
            return next < words.count && words[next].isContent
        }).count
        for index in namingsAt.indices where namingCount == 1 {
            guard let naming = namingsAt[index].first else { continue }
            // "add what's called front matter" uses the name; it does not say what it is.
            if index >= 1, ["what's", "what’s", "whats", "what"].contains(words[index - 1].lower)
                || (index >= 2 && words[index - 2].lower == "what" && ["is", "are"].contains(words[index - 1].lower)) { break }
            var first = index + naming.count
            if first < words.count, articles.contains(words[first].lower) { first += 1 }
            var end = first
            // The name: content words (no marks), at most five, "of" or "and" inside ("the law of independent assortment").
            while end < words.count, end - first < 5, !notTerm.contains(words[end].lower),
                  words[end].isContent || (nameConnectors.contains(words[end].lower) && end > first && end + 1 < words.count && words[end + 1].isContent) {
                end += 1
            }
            // A naming with no name after it ("is called after each render") leaves the next one its chance.
            guard end > first else { continue }
            // "a short study called Make It Stick": a capitalised name running on in capitals is a title.
            if words[first].isCapitalized, end < words.count, words[end].kind == .word, words[end].isCapitalized { break }
            // "Much of this brain work … called the hippocampus" names what the sentence before described.
            if words[..<index].contains(where: { demonstratives.contains($0.lower) }) { break }
            if let term = termRange(words, first, end) { add(term, "naming") }
            break
        }
        // "Role-based access control (RBAC)": an acronym beside its expansion.
        for index in words.indices where index >= 2 && index + 1 < words.count
            && words[index - 1].text == "(" && words[index + 1].text == ")" && isAcronym(words[index].text) {
            let letters = Array(words[index].text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic })
            var begin = index - 1
            var initials: [Unicode.Scalar] = []
            while begin > 0, initials.count < letters.count, words[begin - 1].kind != .punctuation {
                begin -= 1
                // "Role-based" gives r and b: each hyphenated part has its initial.
                if !connectors.contains(words[begin].lower) {
                    let parts = words[begin].lower.split(separator: "-").compactMap { $0.unicodeScalars.first }
                    initials.insert(contentsOf: parts, at: 0)
                }
            }
            if initials == letters, let term = termRange(words, begin, index - 1) {
                add(index..<(index + 1), "acronym", alias: slice(sentence, term))
            }
        }
        return result
    }

    /// Whether a sentence can define anything on its own: not a question, not dialogue or a
    /// quotation (opening with a quotation mark), not a numbered footnote ("71. Better known as
    /// …"), not a story about persons ("his", "she").
    private func definesAlone(_ sentence: AnalysedSentence) -> Bool {
        let text = sentence.text
        if text.contains("?") { return false }
        if let first = text.unicodeScalars.first(where: { $0 != " " }), "\"“‘'«„".unicodeScalars.contains(first) { return false }
        let digits = text.utf8.prefix { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }.count
        if digits > 0, text.utf8.dropFirst(digits).starts(with: ". ".utf8) { return false }
        // The author's own ("an organized knowledgebase for my work") or a pointer into the page
        // ("the text you pasted above"): no definition a card can carry alone.
        // ("i" only as the capital pronoun: "ACFs i,j,k" are variables.)
        return !sentence.words.contains { word in
            narrative.contains(word.lower) || pointers.contains(word.lower) || (firstPerson.contains(word.lower) && word.text != "i")
        }
    }

    /// Whether the class after "is a" / ", the" names a person's role within its first words
    /// ("the author of …", "a legendary personage"): a person is no term of the subject.
    private func namesPerson(_ words: [Word], from index: Int) -> Bool {
        for word in words[index..<min(words.count, index + 3)] {
            if word.kind != .word || word.isStopWord { return false }
            if personClass.contains(word.lower) || personClass.contains(ExamNameIndex.key(word.lower)) { return true }
        }
        return false
    }

    /// "Latency: the time a packet takes …", "**Pod** – the smallest unit …": a short label, a
    /// separator, then enough words to explain it (list items and short paragraphs).
    private func labelTerm(_ words: [Word], place: SentencePlace) -> Range<Int>? {
        // List items only: in running prose "Important: …" or "Understand X: …" are no definitions.
        guard place.kind == .listItem,
              let separator = words.prefix(shapes.maxTermWords + 1).firstIndex(where: { shapes.labelSeparators.contains($0.text) }),
              separator >= 1, words.count - separator - 1 >= shapes.minimumDefinitionWords,
              words[0].isCapitalized || words[0].kind == .code else { return nil }
        guard explains(words[(separator + 1)...]), !repeats(words[0..<separator], in: words[(separator + 1)...]) else { return nil }
        // "Training for certifications: Training is offered by …", "AWS Professional Services: AWS
        // provides …": an explanation whose subject is the label's own first word tells about it.
        if let next = words[(separator + 1)...].first(where: { $0.kind == .word }),
           ExamNameIndex.key(next.lower) == ExamNameIndex.key(words[0].lower) { return nil }
        // "Page 56:", "NOTE:", "REMEMBER:": furniture and callouts, not terms.
        let label = words[0..<separator]
        if label.contains(where: { $0.kind == .number }) || label.allSatisfy({ !$0.text.contains(where: \.isLowercase) }) { return nil }
        return termRange(words, 0, separator)
    }

    /// Whether the words after a label explain it. Not when they are a title in Title Case ("Udemy:
    /// Windows Privilege Escalation for OSCP", a resource), a value ("Cost: $375", "Duration: two
    /// hours"), the author's own story ("EX436: the labs took me ages") or advice ("Forums: If you …").
    private func explains(_ explanation: ArraySlice<Word>) -> Bool {
        let content = explanation.filter { $0.kind == .word && !$0.isStopWord }
        if !content.isEmpty, content.filter(\.isCapitalized).count * 3 >= content.count * 2 { return false }
        guard let first = explanation.first(where: { $0.kind != .punctuation || $0.text.unicodeScalars.contains { $0.properties.generalCategory == .currencySymbol } }) else { return false }
        if first.kind == .number || first.kind == .punctuation || numberWords.contains(first.lower) || adviceOpenings.contains(first.lower) { return false }
        if first.text.unicodeScalars.first.map({ ("0"..."9").contains($0) }) ?? false { return false }
        if explanation.contains(where: { $0.lower.hasPrefix("http") || $0.lower.hasPrefix("www.") }) { return false }
        return !explanation.contains { firstPerson.contains($0.lower) }
    }

    /// Whether the explanation repeats the whole label (plurals folded): it uses the term
    /// ("Premium support: AWS offers several levels of premium support") instead of saying what it is.
    private func repeats(_ label: ArraySlice<Word>, in explanation: ArraySlice<Word>) -> Bool {
        let term = label.filter { $0.kind != .punctuation }.map { ExamNameIndex.key($0.lower) }
        let rest = explanation.filter { $0.kind != .punctuation }.map { ExamNameIndex.key($0.lower) }
        guard !term.isEmpty, rest.count >= term.count else { return false }
        return (0...(rest.count - term.count)).contains { Array(rest[$0..<($0 + term.count)]) == term }
    }

    /// The term words `start..<end` when they make a term: content words only, not opening with a
    /// pronoun or determiner, not ending on a stop word.
    private func termRange(_ words: [Word], _ start: Int, _ end: Int) -> Range<Int>? {
        guard end > start, end - start <= shapes.maxTermWords else { return nil }
        let range = start..<end
        // A noun phrase: no marks, no pronouns or determiners anywhere, stop words only as
        // connectors inside ("law of independent assortment"), not "Open a TCP connection".
        guard range.allSatisfy({ words[$0].kind != .punctuation || words[$0].text == "-" }),
              range.allSatisfy({ !notTerm.contains(words[$0].lower) && !articles.contains(words[$0].lower) }),
              range.allSatisfy({ !words[$0].isStopWord || connectors.contains(words[$0].lower) }),
              !words[start].isStopWord, !words[end - 1].isStopWord,
              // "Three kinds of operators are supported": a count opens a clause, not a term.
              !numberWords.contains(words[start].lower),
              range.contains(where: { words[$0].isContent }),
              // One lower-case letter is a variable of a code sample ("f is the pointer …"), not a term.
              range.count > 1 || words[start].text.count > 1 || words[start].isCapitalized,
              // A lower-case letter inside ("variable s") is a name from a code sample too.
              range.count == 1 || !range.contains(where: { words[$0].text.count == 1 && words[$0].text.first?.isLowercase == true }),
              // One word in "-ed" ("Untracked", "Staged") is a state, an adjective, not a term.
              // ("A testbed is …": after an article it is a noun.)
              !(range.count == 1 && Self.isParticiple(words[start].lower) && !(start > 0 && articles.contains(words[start - 1].lower))),
              // A possessive ("contributor's", "Moltke’s greatest triumph") owns a noun; it is not the term.
              !range.contains(where: { words[$0].text.hasSuffix("'s") || words[$0].text.hasSuffix("’s") }),
              // "Attributed to Huang-shih Kung", "duchy laws developed in two periods": a participle and a
              // preposition make a clause, not a term, wherever they stand.
              !range.dropLast().contains(where: { Self.isParticiple(words[$0].lower) && connectors.contains(words[$0 + 1].lower) }) else { return nil }
        return range
    }

    /// A past participle by its ending ("untracked", "committed"), not a noun in "-eed" ("speed").
    static func isParticiple(_ lower: String) -> Bool {
        lower.utf8.count >= 6 && lower.hasSuffix("ed") && !lower.hasSuffix("eed")
    }

    private func leadingArticleSkipped(_ words: [Word]) -> Int {
        var start = 0
        while start < words.count, words[start].kind == .punctuation { start += 1 }
        if start < words.count, articles.contains(words[start].lower) { start += 1 }
        return start
    }

    /// A class noun after "is a": a content word that is no evaluation ("a great start").
    private func isClass(_ word: Word) -> Bool {
        word.kind == .word && !word.isStopWord && !notClass.contains(word.lower) && !evaluative.contains(word.lower)
    }

    /// "a type of short-term memory", "a number that represents …": a vague class word made
    /// definite by "of" and a class noun, or by a relative clause.
    private func isClassOf(_ words: [Word], at index: Int) -> Bool {
        guard index + 2 < words.count else { return false }
        guard classOf.contains(words[index].lower) else { return false }
        if words[index + 1].lower == "of" { return isClass(words[index + 2]) }
        return ["that", "which", "who"].contains(words[index + 1].lower)
    }

    private func matches(_ phrase: [String], _ words: [Word], at index: Int) -> Bool {
        guard index + phrase.count <= words.count else { return false }
        return phrase.indices.allSatisfy { words[index + $0].lower == phrase[$0] }
    }

    private func isAcronym(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return (2...7).contains(scalars.count) && scalars.allSatisfy { ("A"..."Z").contains($0) || ("a"..."z").contains($0) }
            && scalars.filter { ("A"..."Z").contains($0) }.count >= 2
    }

    private func slice(_ sentence: AnalysedSentence, _ range: Range<Int>) -> String {
        let utf8 = sentence.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: sentence.words[range.lowerBound].range.lowerBound)
        let end = utf8.index(utf8.startIndex, offsetBy: sentence.words[range.upperBound - 1].range.upperBound)
        return String(sentence.text[start..<end])
    }
}
