/// Makes stable, unique section ids that are also valid XML names (for EPUB anchors).
struct SectionIDMaker {
    private var used: [String: Int] = [:]

    /// A slug of the title: lower-case ASCII letters, digits and hyphens, starting with a letter.
    mutating func id(for title: String?) -> String {
        let base = title.map(Self.slug) ?? "introduction"
        let count = used[base, default: 0] + 1
        used[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }

    static func slug(_ title: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in title.lowercased().unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue  // "Architect’s" → "architects"
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        // Whole words up to 60 characters keep ids readable in URLs and EPUB anchors.
        var slug = ""
        for word in words {
            let candidate = slug.isEmpty ? word : slug + "-" + word
            if candidate.count > 60 && !slug.isEmpty { break }
            slug = String(candidate.prefix(60))
        }
        if slug.isEmpty { slug = "section" }
        if let first = slug.unicodeScalars.first, !first.properties.isAlphabetic { slug = "s-" + slug }
        return slug
    }
}
