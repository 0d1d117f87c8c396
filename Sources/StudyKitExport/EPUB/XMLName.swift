/// Valid, page-unique XML ids (NCNames) derived from human text.
public enum XMLName {
    /// An NCName made from `text`: ASCII letters and digits kept (lower-cased),
    /// every other run of characters becomes one `-`. Ids that would be empty or
    /// start with a digit, `-` or `.` get an `id-` prefix. ASCII only, so the id
    /// is also a plain URL fragment in every reading system.
    public static func id(from text: String) -> String {
        var out: [UInt8] = []
        var pendingDash = false
        for byte in text.utf8 {
            let lower = (0x41...0x5A).contains(byte) ? byte + 0x20 : byte
            let keep = (0x61...0x7A).contains(lower) || (0x30...0x39).contains(lower) || lower == 0x5F
            if keep {
                if pendingDash && !out.isEmpty { out.append(UInt8(ascii: "-")) }
                pendingDash = false
                out.append(lower)
                if out.count >= 48 { break }
            } else {
                pendingDash = true
            }
        }
        let slug = String(decoding: out, as: UTF8.self)
        guard let first = out.first, !(0x30...0x39).contains(first) else {
            return slug.isEmpty ? "id" : "id-" + slug
        }
        return slug
    }

    /// True when `name` is an NCName this module would emit (ASCII subset).
    public static func isValidID(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        guard let first = bytes.first else { return false }
        func isLetter(_ b: UInt8) -> Bool { (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) || b == 0x5F }
        guard isLetter(first) else { return false }
        return bytes.allSatisfy { isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x2D || $0 == 0x2E }
    }
}

/// Hands out ids that are unique within one document: the first `intro` is
/// `intro`, the next `intro-2`, then `intro-3`, skipping any taken already.
public struct XMLIDRegistry: Sendable {
    private var used: Set<String> = []
    private var nextSuffix: [String: Int] = [:]

    public init() {}

    /// A unique id for `text` (any human text; it is slugged first).
    public mutating func id(from text: String) -> String {
        unique(XMLName.id(from: text))
    }

    /// Reserves `base` if free, else the first free `base-N`.
    public mutating func unique(_ base: String) -> String {
        if used.insert(base).inserted { return base }
        var suffix = nextSuffix[base, default: 2]
        while used.contains("\(base)-\(suffix)") { suffix += 1 }
        let id = "\(base)-\(suffix)"
        used.insert(id)
        nextSuffix[base] = suffix + 1
        return id
    }

    /// Reserves a base id together with `base + suffix` for each suffix, all free
    /// (e.g. an inline SVG's `fig`, `fig-title`, `fig-desc`).
    public mutating func uniqueGroup(_ base: String, suffixes: [String]) -> String {
        var candidate = base
        var suffix = 2
        while used.contains(candidate) || suffixes.contains(where: { used.contains(candidate + $0) }) {
            candidate = "\(base)-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        for item in suffixes { used.insert(candidate + item) }
        return candidate
    }
}
