import Foundation

/// The one maker of names derived from human text: folder and file names, section ids,
/// Anki tags. Every slug is lower-case ASCII letters, digits and hyphens: accents folded
/// ("Émoji" → "emoji"), apostrophes inside words dropped ("Architect’s" → "architects"),
/// everything else a word break. So a name can never climb out of `--out` (`..`, `/`),
/// hide (leading dot), or break an XML id.
public enum Slug {
    static let reserved: Set<String> = ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3"]
    static let maxLength = 80
    static let maxIdentifierLength = 60

    /// A folder or file name: at most 80 characters, never a reserved device name, "article" when empty.
    public static func make(_ name: String) -> String {
        var slug = words(of: name).joined(separator: "-")
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        if slug.isEmpty { return "article" }
        if reserved.contains(slug) { return slug + "-article" }
        return slug
    }

    /// An id that is also a valid XML name (EPUB anchors): whole words up to 60 characters,
    /// starting with a letter ("s-" before a leading digit), `fallback` when empty.
    public static func identifier(_ title: String, fallback: String = "section") -> String {
        var slug = ""
        for word in words(of: title) {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > maxIdentifierLength && !slug.isEmpty { break }
            slug = String(candidate.prefix(maxIdentifierLength))
        }
        if slug.isEmpty { slug = fallback }
        if let first = slug.unicodeScalars.first, !first.properties.isAlphabetic { slug = "s-" + slug }
        return slug
    }

    /// The text's words: runs of ASCII letters and digits after folding accents and case,
    /// with apostrophes inside a word left out.
    static func words(of text: String) -> [String] {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var words: [String] = []
        var current = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}", !current.isEmpty {
                continue
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
