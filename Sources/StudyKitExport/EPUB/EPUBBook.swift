/// Everything an EPUB 3 file needs, as plain values. `EPUBWriter` turns it into
/// the OCF zip: it adds `mimetype`, `container.xml`, `package.opf`, `nav.xhtml`,
/// `toc.ncx` and the stylesheet itself, so `items` hold only the content.
public struct EPUBBook: Sendable {
    /// A UUID string (e.g. from `NameBasedUUID.string(for:)`); written as `urn:uuid:…`.
    public var identifier: String
    public var title: String
    /// BCP 47 tag of the book's main language, e.g. `en`.
    public var language: String
    public var author: String?
    /// `dcterms:modified`, `CCYY-MM-DDThh:mm:ssZ`. Passed in (never read from a
    /// clock) so output is reproducible.
    public var modified: String
    public var description: String?
    /// `schema:accessibilitySummary`: a sentence on how the book serves readers
    /// of assistive technology.
    public var accessibilitySummary: String
    /// CSS written as `style.css` next to the content; pages link `style.css`.
    public var stylesheet: String
    /// Content documents, images, SVG files (hrefs relative to the package folder).
    public var items: [EPUBItem]
    /// Reading order: item ids; `EPUBWriter.navigationID` places the nav document.
    public var spine: [String]
    /// Nested table of contents (nav `toc` and NCX `navMap`).
    public var tableOfContents: [TOCEntry]
    /// Major structures (nav `landmarks`), e.g. cover, toc, bodymatter, glossary.
    public var landmarks: [Landmark]
    /// Heading of the table of contents page.
    public var contentsTitle: String

    public init(identifier: String, title: String, language: String, author: String? = nil,
                modified: String, description: String? = nil, accessibilitySummary: String,
                stylesheet: String = EPUBBook.defaultStylesheet, items: [EPUBItem], spine: [String],
                tableOfContents: [TOCEntry], landmarks: [Landmark] = [], contentsTitle: String = "Contents") {
        self.identifier = identifier
        self.title = title
        self.language = language
        self.author = author
        self.modified = modified
        self.description = description
        self.accessibilitySummary = accessibilitySummary
        self.stylesheet = stylesheet
        self.items = items
        self.spine = spine
        self.tableOfContents = tableOfContents
        self.landmarks = landmarks
        self.contentsTitle = contentsTitle
    }

    /// Readable defaults: reflowable text, long words wrap, tables and figures
    /// fit the screen. No fixed font sizes, so readers can restyle.
    public static let defaultStylesheet = """
    body { margin: 0 5%; line-height: 1.5; overflow-wrap: break-word; word-wrap: break-word; }
    h1, h2, h3, h4, h5, h6 { line-height: 1.25; page-break-after: avoid; }
    table { border-collapse: collapse; margin: 1em 0; max-width: 100%; }
    caption { font-weight: bold; text-align: left; padding-bottom: 0.3em; }
    th, td { border: 1px solid #999999; padding: 0.25em 0.5em; vertical-align: top; text-align: left; }
    figure { margin: 1em 0; text-align: center; }
    figcaption { font-style: italic; margin-top: 0.4em; }
    img, svg { max-width: 100%; height: auto; }
    dt { font-weight: bold; margin-top: 0.6em; }
    dd { margin-left: 1.5em; }
    nav ol { list-style: none; padding-left: 1em; }

    """
}

/// One manifest item.
public struct EPUBItem: Sendable, Equatable {
    /// Manifest id: an NCName, unique in the book.
    public var id: String
    /// Path relative to the package document, e.g. `chapter-01.xhtml`, `images/cover.svg`.
    public var href: String
    /// e.g. `application/xhtml+xml`, `image/svg+xml`, `image/png`.
    public var mediaType: String
    public var data: [UInt8]
    /// Manifest properties, e.g. `cover-image`. `svg` is added automatically to
    /// XHTML items that contain inline `<svg`, and `nav` is the writer's.
    public var properties: [String]

    public init(id: String, href: String, mediaType: String, data: [UInt8], properties: [String] = []) {
        self.id = id
        self.href = href
        self.mediaType = mediaType
        self.data = data
        self.properties = properties
    }

    /// An XHTML content document from a built page.
    public static func page(id: String, href: String, _ page: XHTMLPage) -> EPUBItem {
        EPUBItem(id: id, href: href, mediaType: "application/xhtml+xml", data: page.bytes,
                 properties: page.containsSVG ? ["svg"] : [])
    }

    /// A standalone SVG image (e.g. the cover, with `properties: ["cover-image"]`).
    public static func svg(id: String, href: String, _ figure: SVGFigure, properties: [String] = []) -> EPUBItem {
        EPUBItem(id: id, href: href, mediaType: "image/svg+xml", data: figure.bytes, properties: properties)
    }
}

/// A table-of-contents entry; `children` nest (chapter → sections).
public struct TOCEntry: Sendable, Equatable {
    public var title: String
    /// Relative href with optional fragment, e.g. `chapter-02.xhtml#domains`.
    public var href: String
    public var children: [TOCEntry]

    public init(title: String, href: String, children: [TOCEntry] = []) {
        self.title = title
        self.href = href
        self.children = children
    }
}

/// A landmark: an `epub:type` from the EPUB Structural Semantics vocabulary
/// (`cover`, `toc`, `bodymatter`, `glossary`, `index`, …) pointing at a place.
public struct Landmark: Sendable, Equatable {
    public var type: String
    public var title: String
    public var href: String

    public init(type: String, title: String, href: String) {
        self.type = type
        self.title = title
        self.href = href
    }
}
