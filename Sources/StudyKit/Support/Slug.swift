import Foundation

/// Safe folder and file names derived from titles or file names: lower-case ASCII
/// letters, digits and hyphens only, so a name can never climb out of `--out`
/// (`..`, `/`), hide (leading dot), or hit a reserved device name.
public enum Slug {
    static let reserved: Set<String> = ["con", "prn", "aux", "nul", "com1", "com2", "com3", "com4", "lpt1", "lpt2", "lpt3"]
    static let maxLength = 80

    public static func make(_ name: String) -> String {
        var slug = ""
        var pendingHyphen = false
        // "Émoji" → "emoji": accents folded before anything non-ASCII is dropped.
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        for scalar in folded.lowercased().unicodeScalars {
            let isAllowed = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isAllowed {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        if slug.count > maxLength {
            slug = String(slug.prefix(maxLength))
            while slug.hasSuffix("-") { slug.removeLast() }
        }
        if slug.isEmpty { return "article" }
        if reserved.contains(slug) { return slug + "-article" }
        return slug
    }
}
