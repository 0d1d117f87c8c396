/// The words of the sentences one keyphrase call ranks, as integer ids.
///
/// Every distinct written form is hashed once here; its stem and its
/// word-class facts are then worked out once per form, not once per
/// occurrence, and the rankers compare numbers. A form is a lower-case
/// string with its kind ("az-104" the code and "az-104" a word differ).
struct PhraseWords {
    struct Form {
        var lower: String
        var kind: Word.Kind
        var isStopWord: Bool
        /// Index into `stems`.
        var stem: Int32
        /// Where the form first occurs (a representative word for per-form checks).
        var sentence: Int
        var word: Int
    }

    let sentences: [AnalysedSentence]
    private(set) var forms: [Form] = []
    private(set) var stems: [String] = []
    /// Per word, sentence after sentence: its form.
    private(set) var formOfWord: [Int32] = []
    /// Per word: written with an upper-case first letter.
    private(set) var capitalized: [Bool] = []
    /// Offset of each sentence's first word in the per-word arrays; one extra entry at the end.
    private(set) var starts: [Int] = []

    init(_ sentences: [AnalysedSentence]) {
        self.sentences = sentences
        var formIds = [[String: Int32]](repeating: [:], count: 4)
        var stemIds: [String: Int32] = [:]
        starts.reserveCapacity(sentences.count + 1)
        for (sentenceIndex, sentence) in sentences.enumerated() {
            starts.append(formOfWord.count)
            for (wordIndex, word) in sentence.words.enumerated() {
                let kind = Self.kindIndex(word.kind)
                var id = formIds[kind][word.lower]
                // A word whose stem or stop-word flag disagrees with its form's is a form of its own
                // (only hand-made words can do that); it is told apart by the stem text.
                if let known = id, forms[Int(known)].isStopWord != word.isStopWord
                    || stems[Int(forms[Int(known)].stem)] != word.stem {
                    id = formIds[kind][word.lower + "\u{0}" + word.stem + (word.isStopWord ? "\u{0}" : "")]
                }
                if id == nil {
                    let stem: Int32
                    if let known = stemIds[word.stem] {
                        stem = known
                    } else {
                        stem = Int32(stems.count)
                        stemIds[word.stem] = stem
                        stems.append(word.stem)
                    }
                    let new = Int32(forms.count)
                    let key = formIds[kind][word.lower] == nil
                        ? word.lower : word.lower + "\u{0}" + word.stem + (word.isStopWord ? "\u{0}" : "")
                    formIds[kind][key] = new
                    forms.append(Form(lower: word.lower, kind: word.kind, isStopWord: word.isStopWord, stem: stem,
                                      sentence: sentenceIndex, word: wordIndex))
                    id = new
                }
                formOfWord.append(id!)
                capitalized.append(Self.startsUppercase(word.text))
            }
        }
        starts.append(formOfWord.count)
    }

    /// The first occurrence of a form, for checks written against words.
    func example(of form: Int) -> Word {
        sentences[forms[form].sentence].words[forms[form].word]
    }

    /// Whether two occurrences are written the same, word for word.
    func sameText(_ a: PhraseCandidate.Occurrence, _ b: PhraseCandidate.Occurrence) -> Bool {
        guard a.length == b.length else { return false }
        let first = sentences[a.sentence].words, second = sentences[b.sentence].words
        for offset in 0..<a.length where first[a.start + offset].text != second[b.start + offset].text {
            return false
        }
        return true
    }

    /// An occurrence as written, words joined by single spaces.
    func text(of occurrence: PhraseCandidate.Occurrence) -> String {
        sentences[occurrence.sentence].words[occurrence.start..<(occurrence.start + occurrence.length)]
            .map(\.text).joined(separator: " ")
    }

    /// Same answer as `Word.isCapitalized`, without building a `Character` for ASCII.
    static func startsUppercase(_ text: String) -> Bool {
        guard let first = text.utf8.first else { return false }
        if first < 0x80 { return first >= 65 && first <= 90 }
        return text.first?.isUppercase ?? false
    }

    private static func kindIndex(_ kind: Word.Kind) -> Int {
        switch kind {
        case .word: 0
        case .number: 1
        case .code: 2
        case .punctuation: 3
        }
    }
}
