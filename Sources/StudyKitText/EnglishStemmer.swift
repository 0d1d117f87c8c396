/// The Porter2 ("Snowball English") stemmer, so that "studies", "studying"
/// and "studied" all count as the same term when building study materials.
///
/// It follows the current Snowball English algorithm, including its later
/// refinements (R1 prefixes past/univers/later/emerg/organ/inter, -ogist,
/// hying/vying, add/ebb/err/off), so stems match other Snowball users exactly.
///
/// It works on the word's UTF-8 bytes in a stack buffer: stemming runs once
/// per word of every article, so it must not allocate per step. The suffix
/// tables are the published algorithm itself, not a tunable lexicon, so they
/// live in code rather than in a data file.
public struct EnglishStemmer: Sendable {
    public init() {}

    /// The Porter2 stem of a lower-case word. Words of one or two letters
    /// come back unchanged, as in the reference.
    public func stem(_ word: String) -> String {
        var word = word
        return word.withUTF8 { bytes in
            if bytes.count < 3 { return String(decoding: bytes, as: UTF8.self) }
            if bytes.allSatisfy({ $0 < 0x80 }) {
                return Self.stemASCII(bytes, count: bytes.count, restoring: [])
            }
            return Self.stemMixed(String(decoding: bytes, as: UTF8.self))
        }
    }

    /// Non-ASCII letters are neither vowels nor part of any suffix, so each one
    /// becomes a single placeholder byte (keeping character counts right, as the
    /// reference does) and is put back afterwards. Stemming only rewrites the
    /// ASCII tail, so placeholders keep their order.
    private static func stemMixed(_ word: String) -> String {
        var bytes: [UInt8] = []
        var others: [Unicode.Scalar] = []
        for scalar in word.unicodeScalars {
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(placeholder)
                others.append(scalar)
            }
        }
        if bytes.count < 3 { return word }
        return bytes.withUnsafeBufferPointer { stemASCII($0, count: $0.count, restoring: others) }
    }

    private static let placeholder: UInt8 = 0x80

    private static func stemASCII(
        _ input: UnsafeBufferPointer<UInt8>, count: Int, restoring others: [Unicode.Scalar]
    ) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: count + 1) { buffer in
            _ = buffer.initialize(from: input)
            var word = PorterWord(bytes: buffer.baseAddress!, count: count)
            word.stem()
            let result = UnsafeBufferPointer(start: buffer.baseAddress!, count: word.count)
            if others.isEmpty { return String(decoding: result, as: UTF8.self) }
            var text = String.UnicodeScalarView()
            var next = others.makeIterator()
            for byte in result {
                text.append(byte == placeholder ? next.next()! : Unicode.Scalar(byte))
            }
            return String(text)
        }
    }
}
