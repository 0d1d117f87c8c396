import StudyKitSupport

/// Rejects books that would produce an invalid EPUB, naming the problem.
struct EPUBBookCheck {
    let book: EPUBBook
    let items: [EPUBItem]
    let path: String

    private static let reservedHrefs: Set<String> = [EPUBWriter.navigationHref, EPUBWriter.ncxHref,
                                                      EPUBWriter.stylesheetHref, EPUBWriter.packageHref]
    private static let reservedIDs: Set<String> = [EPUBWriter.navigationID, EPUBWriter.ncxID,
                                                    EPUBWriter.stylesheetID, "book-id", "author"]

    func run() throws {
        try require(isUUID(book.identifier), "identifier '\(book.identifier)' is not a UUID")
        try require(isTimestamp(book.modified), "modified '\(book.modified)' is not CCYY-MM-DDThh:mm:ssZ")
        try require(!book.language.isEmpty && book.language.utf8.allSatisfy(isLanguageByte),
                    "language '\(book.language)' is not a BCP 47 tag")
        try require(!XMLText.clean(book.title).isEmpty, "the book has no title")
        var ids = Set<String>(), hrefs = Set<String>()
        for item in items {
            try require(XMLName.isValidID(item.id), "item id '\(item.id)' is not an XML name")
            try require(!Self.reservedIDs.contains(item.id), "item id '\(item.id)' is reserved")
            try require(ids.insert(item.id).inserted, "duplicate item id '\(item.id)'")
            try require(isSafeHref(item.href), "item href '\(item.href)' must be a plain relative path")
            try require(!Self.reservedHrefs.contains(item.href), "item href '\(item.href)' is reserved")
            try require(hrefs.insert(item.href).inserted, "duplicate item href '\(item.href)'")
            try require(!item.mediaType.isEmpty, "item '\(item.id)' has no media type")
        }
        let covers = items.filter { $0.properties.contains("cover-image") }
        try require(covers.count <= 1, "more than one cover-image")
        var spineIDs = Set<String>()
        for id in book.spine {
            try require(spineIDs.insert(id).inserted, "spine lists '\(id)' twice")
            guard id != EPUBWriter.navigationID else { continue }
            let item = items.first { $0.id == id }
            try require(item != nil, "spine id '\(id)' is not an item")
            try require(item?.mediaType == "application/xhtml+xml", "spine item '\(id)' is not XHTML")
        }
        for item in items where item.mediaType == "application/xhtml+xml" {
            try require(spineIDs.contains(item.id), "XHTML item '\(item.id)' is not in the spine")
        }
        try require(!book.spine.isEmpty, "the spine is empty")
        try require(!book.tableOfContents.isEmpty, "the table of contents is empty")
        hrefs.insert(EPUBWriter.navigationHref)
        try checkLinks(book.tableOfContents, hrefs)
        for landmark in book.landmarks {
            try require(!landmark.type.isEmpty, "landmark '\(landmark.title)' has no type")
            try require(hrefs.contains(file(of: landmark.href)), "landmark href '\(landmark.href)' is not an item")
        }
    }

    private func checkLinks(_ entries: [TOCEntry], _ hrefs: Set<String>) throws {
        for entry in entries {
            try require(!XMLText.clean(entry.title).isEmpty, "a contents entry has no title")
            try require(hrefs.contains(file(of: entry.href)), "contents href '\(entry.href)' is not an item")
            try checkLinks(entry.children, hrefs)
        }
    }

    private func require(_ condition: Bool, _ reason: @autoclosure () -> String) throws {
        if !condition { throw StudyKitError.cannotCreate(path: path, reason: reason()) }
    }

    private func file(of href: String) -> String {
        String(href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)[0])
    }

    /// Letters, digits, `-`, `_`, `.` and `/` between non-empty, non-dot segments:
    /// no escaping needed in URLs, zip names or XML.
    private func isSafeHref(_ href: String) -> Bool {
        let segments = href.split(separator: "/", omittingEmptySubsequences: false)
        return !segments.isEmpty && segments.allSatisfy { segment in
            !segment.isEmpty && segment != "." && segment != ".."
                && segment.utf8.allSatisfy { isAlphanumeric($0) || $0 == 0x2D || $0 == 0x5F || $0 == 0x2E }
        }
    }

    private func isUUID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 36 else { return false }
        return bytes.enumerated().allSatisfy { index, byte in
            [8, 13, 18, 23].contains(index) ? byte == 0x2D : isHex(byte)
        }
    }

    private func isTimestamp(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        let pattern = Array("dddd-dd-ddTdd:dd:ddZ".utf8)
        guard bytes.count == pattern.count else { return false }
        return zip(bytes, pattern).allSatisfy { byte, want in
            want == UInt8(ascii: "d") ? (0x30...0x39).contains(byte) : byte == want
        }
    }

    private func isLanguageByte(_ byte: UInt8) -> Bool { isAlphanumeric(byte) || byte == 0x2D }
    private func isAlphanumeric(_ b: UInt8) -> Bool {
        (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b)
    }
    private func isHex(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x61...0x66).contains(b) || (0x41...0x46).contains(b) }
}
