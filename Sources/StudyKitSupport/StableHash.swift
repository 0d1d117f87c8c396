/// Deterministic numbers from text (SHA-1 based), for choices that must look
/// arbitrary but never change between runs: option order, distractor order.
package enum StableHash {
    package static func number(_ text: String) -> UInt32 {
        let digest = SHA1.digest(Array(text.utf8))
        return digest.prefix(4).reduce(0) { $0 << 8 | UInt32($1) }
    }
}
