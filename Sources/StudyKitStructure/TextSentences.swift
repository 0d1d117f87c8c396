import StudyKitText

/// Every sentence of a raw text, paragraph by paragraph, whitespace collapsed, with no
/// structure read: what `studykit sentences` prints. Nothing is dropped; headings and
/// residue come out as their own lines.
public enum TextSentences {
    public static func sentences(in text: String, segmenter: SentenceSegmenter) -> [String] {
        var result: [String] = []
        for unit in PlainTextReader(text: text, listRules: segmenter.rules).units() {
            var unitText = unit.text
            let bytes = unitText.withUTF8 { Array($0) }
            for range in segmenter.sentenceRanges(in: unit.text) {
                let sentence = Whitespace.collapse(String(decoding: bytes[range], as: UTF8.self))
                if !sentence.isEmpty { result.append(sentence) }
            }
        }
        return result
    }
}
