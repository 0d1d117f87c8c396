/// The EPUB 3 navigation document (`nav.xhtml`: toc and landmarks navs) and
/// the EPUB 2 NCX (`toc.ncx`) that older reading systems still use.
enum NavigationDocument {
    static func navigation(for book: EPUBBook) -> [UInt8] {
        let page = XHTMLPage(title: book.contentsTitle, language: book.language,
                             stylesheetHref: EPUBWriter.stylesheetHref) { body in
            body.element("nav", attributes: [("epub:type", "toc"), ("id", "toc"), ("role", "doc-toc")]) { nav in
                nav.inlineElement("h1") { $0.text(book.contentsTitle) }
                nav.append(orderedList(book.tableOfContents))
            }
            if !book.landmarks.isEmpty {
                body.element("nav", attributes: [("epub:type", "landmarks"), ("id", "landmarks"),
                                                 ("hidden", "hidden")]) { nav in
                    nav.inlineElement("h2") { $0.text("Landmarks") }
                    var list = "<ol>\n"
                    for landmark in book.landmarks {
                        list += "<li><a epub:type=\"\(XMLText.escapeAttribute(landmark.type))\""
                        list += " href=\"\(XMLText.escapeAttribute(landmark.href))\">"
                        list += XMLText.escape(landmark.title) + "</a></li>\n"
                    }
                    nav.append(list + "</ol>\n")
                }
            }
        }
        return page.bytes
    }

    private static func orderedList(_ entries: [TOCEntry]) -> String {
        var out = "<ol>\n"
        for entry in entries {
            out += "<li><a href=\"\(XMLText.escapeAttribute(entry.href))\">\(XMLText.escape(entry.title))</a>"
            if !entry.children.isEmpty { out += "\n" + orderedList(entry.children) }
            out += "</li>\n"
        }
        return out + "</ol>\n"
    }

    static func ncx(for book: EPUBBook) -> String {
        let e = XMLText.escape, a = XMLText.escapeAttribute
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"\(a(book.language))\">\n"
        out += "<head>\n<meta name=\"dtb:uid\" content=\"urn:uuid:\(a(book.identifier.lowercased()))\"/>\n"
        out += "<meta name=\"dtb:depth\" content=\"\(depth(book.tableOfContents))\"/>\n"
        out += "<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n"
        out += "</head>\n<docTitle><text>\(e(book.title))</text></docTitle>\n"
        if let author = book.author, !XMLText.clean(author).isEmpty {
            out += "<docAuthor><text>\(e(author))</text></docAuthor>\n"
        }
        var order = 0
        out += "<navMap>\n" + navPoints(book.tableOfContents, &order) + "</navMap>\n</ncx>\n"
        return out
    }

    private static func navPoints(_ entries: [TOCEntry], _ order: inout Int) -> String {
        var out = ""
        for entry in entries {
            order += 1
            out += "<navPoint id=\"navpoint-\(order)\" playOrder=\"\(order)\">\n"
            out += "<navLabel><text>\(XMLText.escape(entry.title))</text></navLabel>\n"
            out += "<content src=\"\(XMLText.escapeAttribute(entry.href))\"/>\n"
            out += navPoints(entry.children, &order)
            out += "</navPoint>\n"
        }
        return out
    }

    private static func depth(_ entries: [TOCEntry]) -> Int {
        entries.map { 1 + depth($0.children) }.max() ?? 0
    }
}
