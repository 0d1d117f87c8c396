/// Builds the block content of an `XHTMLPage`. Only well-formed, valid XHTML5
/// comes out: text is escaped, ids are NCNames unique within the page, tables
/// get `<th scope>`, sections are labelled by their heading.
public final class XHTMLBody {
    private(set) var markup = ""
    private(set) var containsSVG = false
    /// The page's id registry; ask it for ids of your own elements.
    public var ids = XMLIDRegistry()

    init() {}

    /// `<h1>`…`<h6>`; returns the heading's id (derived from `id` or the text).
    @discardableResult
    public func heading(_ level: Int, _ text: String, id: String? = nil) -> String {
        let level = min(max(level, 1), 6)
        let headingID = ids.id(from: id ?? text)
        markup += "<h\(level) id=\"\(headingID)\">\(XMLText.escape(text))</h\(level)>\n"
        return headingID
    }

    /// A plain paragraph; `lang`/`dir` when the whole paragraph is in another language.
    public func paragraph(_ text: String, lang: String? = nil, dir: TextDirection? = nil,
                          className: String? = nil) {
        let attributes = XHTMLAttributes.language(lang, dir) + [("class", className)]
        markup += "<p\(XHTMLAttributes.render(attributes))>\(XMLText.escape(text))</p>\n"
    }

    /// A paragraph with inline markup (links, emphasis, spans).
    public func paragraph(className: String? = nil, _ build: (XHTMLInline) -> Void) {
        markup += "<p\(XHTMLAttributes.render([("class", className)]))>\(XHTMLInline.render(build))</p>\n"
    }

    /// A list of plain-text items.
    public func list(ordered: Bool = false, _ items: [String]) {
        list(ordered: ordered) { list in items.forEach { list.item($0) } }
    }

    /// A list whose items have inline or block content.
    public func list(ordered: Bool = false, className: String? = nil, _ build: (XHTMLList) -> Void) {
        let tag = ordered ? "ol" : "ul"
        markup += "<\(tag)\(XHTMLAttributes.render([("class", className)]))>\n"
        build(XHTMLList(body: self))
        markup += "</\(tag)>\n"
    }

    /// `<dl>` of term/definition pairs; `glossary` adds the EPUB glossary semantics.
    public func definitionList(_ entries: [(term: String, definition: String)], glossary: Bool = false) {
        markup += glossary ? "<dl epub:type=\"glossary\">\n" : "<dl>\n"
        for entry in entries {
            let termID = ids.id(from: entry.term)
            let dt = glossary ? " epub:type=\"glossterm\"" : ""
            let dd = glossary ? " epub:type=\"glossdef\"" : ""
            markup += "<dt id=\"\(termID)\"\(dt)>\(XMLText.escape(entry.term))</dt>\n"
            markup += "<dd\(dd)>\(XMLText.escape(entry.definition))</dd>\n"
        }
        markup += "</dl>\n"
    }

    /// A data table: `<caption>`, a `<thead>` of column headers (`scope="col"`),
    /// and body rows whose first cell is a row header (`scope="row"`) when asked.
    public func table(caption: String, columns: [String], rows: [[String]], rowHeaders: Bool = true) {
        markup += "<table>\n<caption>\(XMLText.escape(caption))</caption>\n<thead>\n<tr>"
        for column in columns { markup += "<th scope=\"col\">\(XMLText.escape(column))</th>" }
        markup += "</tr>\n</thead>\n<tbody>\n"
        for row in rows {
            markup += "<tr>"
            for (index, cell) in row.enumerated() {
                if index == 0 && rowHeaders {
                    markup += "<th scope=\"row\">\(XMLText.escape(cell))</th>"
                } else {
                    markup += "<td>\(XMLText.escape(cell))</td>"
                }
            }
            markup += "</tr>\n"
        }
        markup += "</tbody>\n</table>\n"
    }

    /// `<figure>` with a caption; the content is usually `image` or `svg`. Returns its id.
    @discardableResult
    public func figure(id: String, caption: String, _ build: (XHTMLBody) -> Void) -> String {
        let figureID = ids.id(from: id)
        markup += "<figure id=\"\(figureID)\">\n"
        build(self)
        markup += "<figcaption>\(XMLText.escape(caption))</figcaption>\n</figure>\n"
        return figureID
    }

    /// An image with alternative text (`alt` is required for accessibility;
    /// pass "" only for decoration).
    public func image(src: String, alt: String) {
        markup += "<img src=\"\(XMLText.escapeAttribute(src))\" alt=\"\(XMLText.escapeAttribute(alt))\"/>\n"
    }

    /// Inline SVG made by `SVGFigure` (trusted markup: it escapes its own text).
    /// Marks the page so the manifest item gets the `svg` property.
    public func svg(_ figure: SVGFigure) {
        containsSVG = true
        let base = ids.uniqueGroup(XMLName.id(from: figure.idBase), suffixes: ["-title", "-desc"])
        markup += figure.markup(idPrefix: base) + "\n"
    }

    /// A `<section>` labelled by its heading, e.g. `epubType: "chapter"`.
    /// Returns the heading's id (usable as a link fragment).
    @discardableResult
    public func section(heading: String, level: Int = 2, id: String? = nil, epubType: String? = nil,
                        role: String? = nil, _ build: (XHTMLBody) -> Void) -> String {
        let sectionID = ids.id(from: id ?? heading)
        let headingID = ids.unique(sectionID + "-title")
        let attributes: [(String, String?)] = [("id", sectionID), ("epub:type", epubType),
                                               ("role", role), ("aria-labelledby", headingID)]
        markup += "<section\(XHTMLAttributes.render(attributes))>\n"
        let level = min(max(level, 1), 6)
        markup += "<h\(level) id=\"\(headingID)\">\(XMLText.escape(heading))</h\(level)>\n"
        build(self)
        markup += "</section>\n"
        return sectionID
    }

    /// Any other element, for the few cases above do not cover (`nav`, `aside`,
    /// `div`). The name must be a plain XHTML element name; attributes are escaped.
    public func element(_ name: String, attributes: [(String, String?)] = [],
                        _ build: (XHTMLBody) -> Void) {
        precondition(XMLName.isValidID(name), "not an element name: \(name)")
        markup += "<\(name)\(XHTMLAttributes.render(attributes))>\n"
        build(self)
        markup += "</\(name)>\n"
    }

    /// A paragraph-level element with inline content (e.g. `nav` headings, `summary`).
    public func inlineElement(_ name: String, attributes: [(String, String?)] = [],
                              _ build: (XHTMLInline) -> Void) {
        precondition(XMLName.isValidID(name), "not an element name: \(name)")
        markup += "<\(name)\(XHTMLAttributes.render(attributes))>\(XHTMLInline.render(build))</\(name)>\n"
    }

    /// Appends trusted markup (module-internal: the nav and NCX writers).
    func append(_ text: String) { markup += text }
}

/// Adds `<li>` items to a list being built.
public struct XHTMLList {
    fileprivate let body: XHTMLBody

    public func item(_ text: String) { body.append("<li>\(XMLText.escape(text))</li>\n") }

    /// An item with inline content (e.g. a link).
    public func item(_ build: (XHTMLInline) -> Void) {
        body.append("<li>\(XHTMLInline.render(build))</li>\n")
    }

    /// An item with block content (nested lists, paragraphs).
    public func block(_ build: (XHTMLBody) -> Void) {
        body.append("<li>\n")
        build(body)
        body.append("</li>\n")
    }
}
