/// Builds phrasing content (inside a paragraph, list item, caption, cell).
/// Every string is escaped; only the tags below can be produced.
public final class XHTMLInline {
    private(set) var markup = ""

    init() {}

    public func text(_ text: String) { markup += XMLText.escape(text) }

    public func strong(_ text: String) { wrap("strong", text) }

    public func emphasis(_ text: String) { wrap("em", text) }

    public func code(_ text: String) { wrap("code", text) }

    /// A link; `href` is relative to the page (e.g. `ch02.xhtml#domains`).
    public func link(_ text: String, href: String) {
        markup += "<a href=\"\(XMLText.escapeAttribute(href))\">\(XMLText.escape(text))</a>"
    }

    /// Text in another language or direction, e.g. an Arabic term in English prose.
    public func span(_ text: String, lang: String? = nil, dir: TextDirection? = nil) {
        markup += "<span\(XHTMLAttributes.render(XHTMLAttributes.language(lang, dir)))>"
        markup += XMLText.escape(text) + "</span>"
    }

    public func lineBreak() { markup += "<br/>" }

    private func wrap(_ tag: String, _ text: String) {
        markup += "<\(tag)>\(XMLText.escape(text))</\(tag)>"
    }

    /// Renders a closure into markup (used by the block builder).
    static func render(_ build: (XHTMLInline) -> Void) -> String {
        let inline = XHTMLInline()
        build(inline)
        return inline.markup
    }
}
