import Foundation

/// Writes an `EPUBBook` as an EPUB 3.3 file (OCF zip): `mimetype` first and
/// stored, then `META-INF/container.xml`, the package document, the
/// navigation document, the NCX (for EPUB 2 readers), the stylesheet and the
/// items in order. The book is checked first, so mistakes that EPUBCheck would
/// report (unknown spine ids, duplicate hrefs, dangling TOC links) fail here
/// with `StudyKitError.cannotCreate` instead.
public enum EPUBWriter {
    /// Folder holding the package inside the zip.
    public static let packageFolder = "EPUB"
    /// Manifest id and href of the navigation document; put `navigationID` in
    /// the spine to show the contents page in reading order.
    public static let navigationID = "nav", navigationHref = "nav.xhtml"
    static let ncxID = "ncx", ncxHref = "toc.ncx"
    static let stylesheetID = "css", stylesheetHref = "style.css"
    static let packageHref = "package.opf"

    /// `reportedPath`: the name errors give (the final file when `url` is a staged temporary).
    public static func write(_ book: EPUBBook, to url: URL, timestamp: ZipTimestamp = .dosEpoch,
                             reportedPath: String? = nil) throws {
        let path = reportedPath ?? url.path
        try ZipArchive.write(entries: entries(for: book, path: path), to: url, timestamp: timestamp, reportedPath: path)
    }

    /// The zip entries of `book`, in archive order (tests parse these).
    static func entries(for book: EPUBBook, path: String) throws -> [ZipEntry] {
        let items = book.items.map(withDetectedProperties)
        try EPUBBookCheck(book: book, items: items, path: path).run()
        let folder = packageFolder + "/"
        var entries = [
            ZipEntry(path: "mimetype", data: Array("application/epub+zip".utf8), compressed: false),
            ZipEntry(path: "META-INF/container.xml", data: Array(containerXML.utf8)),
            ZipEntry(path: folder + packageHref, data: Array(PackageDocument.render(book, items: items).utf8)),
            ZipEntry(path: folder + navigationHref, data: NavigationDocument.navigation(for: book)),
            ZipEntry(path: folder + ncxHref, data: Array(NavigationDocument.ncx(for: book).utf8)),
            ZipEntry(path: folder + stylesheetHref, data: Array(book.stylesheet.utf8)),
        ]
        entries += items.map { ZipEntry(path: folder + $0.href, data: $0.data) }
        return entries
    }

    static let containerXML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
    <rootfiles>
    <rootfile full-path="\(packageFolder)/\(packageHref)" media-type="application/oebps-package+xml"/>
    </rootfiles>
    </container>

    """

    /// XHTML items get `svg` exactly when they contain inline SVG, as EPUB requires.
    private static func withDetectedProperties(_ item: EPUBItem) -> EPUBItem {
        guard item.mediaType == "application/xhtml+xml" else { return item }
        var copy = item
        copy.properties.removeAll { $0 == "svg" }
        if contains(item.data, Array("<svg".utf8)) { copy.properties.append("svg") }
        return copy
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard haystack.count >= needle.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return true }
        }
        return false
    }
}
