/// Splits English text into sentences by rule, scanning UTF-8 bytes once.
///
/// The rules (abbreviation classes, sentence starters, bullets) are data in
/// `Resources/sentence-rules.json`; `SentenceScanner` applies them. Work is linear in
/// the input: each byte is visited a bounded number of times and nothing backtracks.
public struct SentenceSegmenter: Sendable {
    package let rules: CompiledSentenceRules

    /// Compiles the rules into byte lexicons; throws when a word list is malformed.
    package init(rules: SentenceRules) throws {
        self.rules = try CompiledSentenceRules(rules)
    }

    /// UTF-8 byte ranges of the sentences in `text`, in order, non-overlapping, each trimmed of
    /// surrounding whitespace; together they cover every non-whitespace byte of `text`.
    public func sentenceRanges(in text: String) -> [Range<Int>] {
        var text = text
        return text.withUTF8 { bytes in
            var scanner = SentenceScanner(bytes: bytes, rules: rules)
            return scanner.sentenceRanges()
        }
    }

    /// The sentences of `text` as strings (for tests).
    func sentences(in text: String) -> [String] {
        let utf8 = Array(text.utf8)
        return sentenceRanges(in: text).map { String(decoding: utf8[$0], as: UTF8.self) }
    }
}
