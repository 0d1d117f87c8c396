import StudyKitModel

/// The words of a document as integer ids, computed once so that every
/// extraction stage compares numbers instead of hashing and building strings
/// for each word it looks at.
///
/// One vocabulary holds lower-case forms, stems and the exact forms
/// ("administrators" → "administrator"), so equal strings get equal ids
/// whichever role they play. Phrase indices and patterns translate their own
/// (few) strings into these ids once per document; a string the document
/// never uses has no id and can match nothing.
struct WordTable: Sendable {
    /// Id of a string the document does not contain.
    static let absent: Int32 = -1

    private var ids: [String: Int32] = [:]
    /// Every string of the vocabulary, by id.
    private(set) var strings: [String] = []
    /// Per vocabulary entry: up to two shortened exact forms (see `PhraseIndex.exactForms`), or `absent`.
    private var shortForms: [Int32] = []
    private var hasForms: [Bool] = []
    /// The stem last seen with each lower-case form: a word's stem almost always
    /// follows from its form, so this saves hashing it again.
    private var stemOfLower: [Int32] = []
    private var stemText: [String?] = []
    /// Per word of the document, flattened sentence after sentence.
    private(set) var lowers: [Int32] = []
    private(set) var stems: [Int32] = []
    /// Where each sentence's words start in `lowers` and `stems`.
    private(set) var starts: [Int] = []

    init(sentences: [AnalysedSentence]) {
        starts.reserveCapacity(sentences.count + 1)
        for sentence in sentences { append(sentence.words) }
        starts.append(lowers.count)
    }

    /// A table for one bare word list (tests, probes).
    init(words: [Word]) {
        append(words)
        starts.append(lowers.count)
    }

    /// How many distinct strings the document uses.
    var count: Int { hasForms.count }

    /// Offset of the sentence's first word in `lowers` and `stems`.
    func start(of sentence: Int) -> Int { starts[sentence] }

    func id(of string: String) -> Int32 { ids[string] ?? Self.absent }

    /// Whether the id is some word's lower-case form (not only a stem or shortened form).
    func isLowerForm(_ id: Int32) -> Bool { hasForms[Int(id)] }

    /// Whether the word's exact forms include `form` (its lower-case form, or
    /// that form without a plural or possessive ending).
    @inline(__always)
    func exactFormsOf(lower: Int32, contain form: Int32) -> Bool {
        if lower == form { return true }
        // An absent form fills empty slots too: it must not match them.
        guard form != Self.absent else { return false }
        let slot = Int(lower) * 2
        return shortForms[slot] == form || shortForms[slot + 1] == form
    }

    /// The exact forms of a word, in `PhraseIndex.exactForms` order.
    @inline(__always)
    func shortForms(of lower: Int32) -> (Int32, Int32) {
        let slot = Int(lower) * 2
        return (shortForms[slot], shortForms[slot + 1])
    }

    private mutating func append(_ words: [Word]) {
        starts.append(lowers.count)
        for word in words {
            let lower = lowerId(word.lower)
            lowers.append(lower)
            if let known = stemText[Int(lower)], known == word.stem {
                stems.append(stemOfLower[Int(lower)])
            } else {
                let stem = intern(word.stem)
                stemText[Int(lower)] = word.stem
                stemOfLower[Int(lower)] = stem
                stems.append(stem)
            }
        }
    }

    private mutating func intern(_ string: String) -> Int32 {
        if let id = ids[string] { return id }
        let id = Int32(hasForms.count)
        ids[string] = id
        strings.append(string)
        hasForms.append(false)
        stemOfLower.append(Self.absent)
        stemText.append(nil)
        shortForms.append(Self.absent)
        shortForms.append(Self.absent)
        return id
    }

    private mutating func lowerId(_ lower: String) -> Int32 {
        let id = intern(lower)
        if !hasForms[Int(id)] {
            hasForms[Int(id)] = true
            let forms = PhraseIndex<Bool>.exactForms(of: lower).dropFirst()
            precondition(forms.count <= 2, "a word has at most two shortened forms")
            for (slot, form) in forms.enumerated() {
                let formId = intern(form)
                shortForms[Int(id) * 2 + slot] = formId
            }
        }
        return id
    }
}
