/// A small word list looked up straight from a UTF-8 buffer, ASCII case-insensitively,
/// without allocating a `String` per lookup (the segmenter asks once per period).
struct ByteLexicon<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        let key: [UInt8]
        let value: Value
    }

    private var buckets: [UInt64: [Entry]] = [:]
    /// Longest key in bytes; longer candidates are rejected without hashing.
    private(set) var maxLength = 0

    /// Adds `word` (ASCII letters folded to lower case); returns false if it was already present.
    @discardableResult
    mutating func insert(_ word: String, value: Value) -> Bool {
        let key = word.utf8.map(UTF8Bytes.lowered)
        let hash = key.withUnsafeBufferPointer { Self.hash($0, 0..<key.count) }
        if buckets[hash, default: []].contains(where: { $0.key == key }) { return false }
        buckets[hash, default: []].append(Entry(key: key, value: value))
        maxLength = max(maxLength, key.count)
        return true
    }

    func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        value(bytes, range) != nil
    }

    func value(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Value? {
        guard !range.isEmpty, range.count <= maxLength,
              let entries = buckets[Self.hash(bytes, range)] else { return nil }
        for entry in entries where entry.key.count == range.count {
            var same = true
            for (k, i) in range.enumerated() where entry.key[k] != UTF8Bytes.lowered(bytes[i]) {
                same = false
                break
            }
            if same { return entry.value }
        }
        return nil
    }

    /// FNV-1a over ASCII-lower-cased bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for i in range {
            hash = (hash ^ UInt64(UTF8Bytes.lowered(bytes[i]))) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
