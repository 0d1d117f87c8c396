/// One XHTML5 content document of an EPUB: a title, a language and a body
/// built with `XHTMLBody`. The output is well-formed XML (every string passes
/// through `XMLText`), carries `lang` and `xml:lang`, and declares the `epub:`
/// namespace so sections can say `epub:type`.
public struct XHTMLPage: Sendable {
    public var title: String
    /// BCP 47 tag, e.g. `en`, `ar`, `zh-Hans`.
    public var language: String
    /// Relative href of the book's stylesheet; nil for none.
    public var stylesheetHref: String?
    /// Body markup, already escaped (made by `XHTMLBody`).
    public private(set) var bodyMarkup: String
    /// True when the body holds inline `<svg>` (the manifest item then needs `svg`).
    public private(set) var containsSVG: Bool

    public init(title: String, language: String, stylesheetHref: String? = "style.css",
                build: (XHTMLBody) -> Void) {
        self.title = title
        self.language = language
        self.stylesheetHref = stylesheetHref
        let body = XHTMLBody()
        build(body)
        self.bodyMarkup = body.markup
        self.containsSVG = body.containsSVG
    }

    /// The whole document as text.
    public func render() -> String {
        let lang = XMLText.escapeAttribute(language)
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        out += "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
        out += " lang=\"\(lang)\" xml:lang=\"\(lang)\">\n<head>\n<meta charset=\"UTF-8\"/>\n"
        out += "<title>\(XMLText.escape(title))</title>\n"
        if let stylesheetHref {
            out += "<link rel=\"stylesheet\" type=\"text/css\" href=\"\(XMLText.escapeAttribute(stylesheetHref))\"/>\n"
        }
        out += "</head>\n<body>\n" + bodyMarkup + "</body>\n</html>\n"
        return out
    }

    /// The document as UTF-8 bytes, ready for an `EPUBItem`.
    public var bytes: [UInt8] { Array(render().utf8) }
}

/// Base direction for a run of text (`dir` attribute).
public enum TextDirection: String, Sendable {
    case leftToRight = "ltr", rightToLeft = "rtl", auto
}

/// Shared attribute rendering: ` id="…" lang="…" xml:lang="…" dir="…"`.
enum XHTMLAttributes {
    static func render(_ pairs: [(String, String?)]) -> String {
        var out = ""
        for (name, value) in pairs {
            guard let value else { continue }
            out += " \(name)=\"\(XMLText.escapeAttribute(value))\""
        }
        return out
    }

    static func language(_ lang: String?, _ dir: TextDirection?) -> [(String, String?)] {
        [("lang", lang), ("xml:lang", lang), ("dir", dir?.rawValue)]
    }
}
