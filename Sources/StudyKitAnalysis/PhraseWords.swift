import StudyKitModel

/// The words of the sentences one keyphrase call ranks, as integer ids.
///
/// Every distinct written form is hashed once here; its stem and its
/// word-class facts are then worked out once per form, not once per
/// occurrence, and the rankers compare numbers. A form is a lower-case
/// string with its kind ("az-104" the code and "az-104" a word differ).
struct PhraseWords {
    package struct Form {
        var lower: String
        var kind: Word.Kind
        var isStopWord: Bool
        /// Index into `stems`.
        var stem: Int32
        /// Where the form first occurs (a representative word for per-form checks).
        var sentence: Int
        var word: Int
        /// The form's id in the whole text this one was cut from (its own id when not a subset).
        var global: Int32
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
                                      sentence: sentenceIndex, word: wordIndex, global: new))
                    id = new
                }
                formOfWord.append(id!)
                capitalized.append(Self.startsUppercase(word.text))
            }
        }
        starts.append(formOfWord.count)
    }

    /// A run of sentences, with forms and stems numbered afresh in order of first
    /// appearance (as if interned on their own) but without hashing a string.
    /// `scratch` maps ids of this text to ids of the subset; it is sized here on
    /// first use, and left all -1 again afterwards for the next subset.
    func subset(_ range: Range<Int>, scratch: inout (forms: [Int32], stems: [Int32])) -> PhraseWords {
        if scratch.forms.count != forms.count { scratch.forms = [Int32](repeating: -1, count: forms.count) }
        if scratch.stems.count != stems.count { scratch.stems = [Int32](repeating: -1, count: stems.count) }
        var part = PhraseWords(sentences: Array(sentences[range]))
        let first = starts[range.lowerBound], last = starts[range.upperBound]
        part.formOfWord.reserveCapacity(last - first)
        part.capitalized = Array(capitalized[first..<last])
        for sentence in range {
            part.starts.append(starts[sentence] - first)
            for index in starts[sentence]..<starts[sentence + 1] {
                let form = Int(formOfWord[index])
                if scratch.forms[form] < 0 {
                    let stem = Int(forms[form].stem)
                    if scratch.stems[stem] < 0 {
                        scratch.stems[stem] = Int32(part.stems.count)
                        part.stems.append(stems[stem])
                    }
                    scratch.forms[form] = Int32(part.forms.count)
                    var copy = forms[form]
                    copy.stem = scratch.stems[stem]
                    copy.sentence = sentence - range.lowerBound
                    copy.word = index - starts[sentence]
                    part.forms.append(copy)
                }
                part.formOfWord.append(scratch.forms[form])
            }
        }
        part.starts.append(last - first)
        for index in first..<last {
            let form = Int(formOfWord[index])
            scratch.forms[form] = -1
            scratch.stems[Int(forms[form].stem)] = -1
        }
        return part
    }

    private init(sentences: [AnalysedSentence]) {
        self.sentences = sentences
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

    /// `Word.isCapitalized` without building a `Character` when the first byte is ASCII
    /// (it then decides alone; a combining mark after it is not looked at).
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
