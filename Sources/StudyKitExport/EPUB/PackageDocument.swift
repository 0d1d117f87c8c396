/// The package document (`package.opf`): EPUB 3.3 metadata including the
/// EPUB Accessibility 1.1 discovery metadata (schema.org properties), the
/// manifest and the spine.
enum PackageDocument {
    static func render(_ book: EPUBBook, items: [EPUBItem]) -> String {
        let e = XMLText.escape, a = XMLText.escapeAttribute
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\""
        out += " xml:lang=\"\(a(book.language))\">\n"
        out += "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        out += "<dc:identifier id=\"book-id\">urn:uuid:\(e(book.identifier.lowercased()))</dc:identifier>\n"
        out += "<dc:title>\(e(book.title))</dc:title>\n"
        out += "<dc:language>\(e(book.language))</dc:language>\n"
        if let author = book.author, !XMLText.clean(author).isEmpty {
            out += "<dc:creator id=\"author\">\(e(author))</dc:creator>\n"
            out += "<meta refines=\"#author\" property=\"role\" scheme=\"marc:relators\">aut</meta>\n"
        }
        if let description = book.description, !XMLText.clean(description).isEmpty {
            out += "<dc:description>\(e(description))</dc:description>\n"
        }
        out += "<meta property=\"dcterms:modified\">\(e(book.modified))</meta>\n"
        for (property, value) in accessibility(book, items: items) {
            out += "<meta property=\"schema:\(property)\">\(e(value))</meta>\n"
        }
        if let cover = items.first(where: { $0.properties.contains("cover-image") }) {
            out += "<meta name=\"cover\" content=\"\(a(cover.id))\"/>\n"
        }
        out += "</metadata>\n<manifest>\n"
        out += manifestItem(EPUBWriter.navigationID, EPUBWriter.navigationHref, "application/xhtml+xml", ["nav"])
        out += manifestItem(EPUBWriter.ncxID, EPUBWriter.ncxHref, "application/x-dtbncx+xml", [])
        out += manifestItem(EPUBWriter.stylesheetID, EPUBWriter.stylesheetHref, "text/css", [])
        for item in items {
            out += manifestItem(item.id, item.href, item.mediaType, item.properties)
        }
        out += "</manifest>\n<spine toc=\"\(EPUBWriter.ncxID)\">\n"
        for id in book.spine { out += "<itemref idref=\"\(a(id))\"/>\n" }
        out += "</spine>\n</package>\n"
        return out
    }

    /// Accessibility metadata. Visual access mode and `alternativeText` are
    /// claimed only when the book has images, which `XHTMLBody` always gives
    /// text alternatives (alt, SVG title/desc), so text alone is sufficient.
    static func accessibility(_ book: EPUBBook, items: [EPUBItem]) -> [(String, String)] {
        let hasImages = items.contains { $0.mediaType.hasPrefix("image/") || $0.properties.contains("svg") }
        var pairs: [(String, String)] = [("accessMode", "textual")]
        if hasImages { pairs.append(("accessMode", "visual")) }
        pairs.append(("accessModeSufficient", "textual"))
        if hasImages { pairs.append(("accessibilityFeature", "alternativeText")) }
        pairs.append(("accessibilityFeature", "displayTransformability"))
        pairs.append(("accessibilityFeature", "readingOrder"))
        pairs.append(("accessibilityFeature", "structuralNavigation"))
        pairs.append(("accessibilityFeature", "tableOfContents"))
        pairs.append(("accessibilityHazard", "none"))
        pairs.append(("accessibilitySummary", book.accessibilitySummary))
        return pairs
    }

    private static func manifestItem(_ id: String, _ href: String, _ mediaType: String, _ properties: [String]) -> String {
        let a = XMLText.escapeAttribute
        var out = "<item id=\"\(a(id))\" href=\"\(a(href))\" media-type=\"\(a(mediaType))\""
        if !properties.isEmpty { out += " properties=\"\(a(properties.joined(separator: " ")))\"" }
        return out + "/>\n"
    }
}
