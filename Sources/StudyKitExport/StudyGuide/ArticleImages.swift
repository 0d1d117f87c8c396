import Foundation
#if canImport(FoundationXML)
import FoundationXML
import StudyKitSupport
import StudyKitModel
#endif

/// The article's Markdown images, resolved beside the article file. An image is
/// embedded only when it is a local file whose bytes really are PNG, JPEG, GIF,
/// WebP or (script-free, well-formed) SVG; anything else — remote URLs (never
/// fetched), missing files, other types — is replaced by its alt text and a warning.
final class ArticleImages {
    static let maxBytes = 20 * 1024 * 1024

    private(set) var items: [EPUBItem] = []
    private(set) var warnings: [String] = []
    /// href inside the book by source target, so one file is embedded once.
    private var resolved: [String: String?] = [:]
    private let folder: URL?
    private let source: String
    private let effects: Effects

    init(document: Document, effects: Effects) {
        self.effects = effects
        source = document.metadata.source
        folder = source == "-" ? nil : URL(fileURLWithPath: source).deletingLastPathComponent()
    }

    /// The href of the embedded image, or nil (with a warning recorded) when it cannot be embedded.
    func href(for image: ImageReference) -> String? {
        if let known = resolved[image.target] { return known }
        let result = resolve(image.target)
        resolved[image.target] = .some(result)
        return result
    }

    private func resolve(_ target: String) -> String? {
        let trimmed = target.trimmingCharacters(in: .whitespaces)
        func skip(_ reason: String) -> String? {
            warnings.append("\(source): image '\(trimmed)' left out (\(reason)); its alt text is shown instead")
            return nil
        }
        if trimmed.isEmpty { return skip("no file named") }
        if let colon = trimmed.firstIndex(of: ":"), trimmed[..<colon].allSatisfy({ $0.isLetter || $0.isNumber || "+.-".contains($0) }),
           trimmed.distance(from: trimmed.startIndex, to: colon) > 1 {
            return skip("remote or non-file URL; never fetched")
        }
        guard let folder else { return skip("the article came from standard input, so there is no folder to look in") }
        let path = trimmed.removingPercentEncoding ?? trimmed
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path) : folder.appendingPathComponent(path)
        guard let size = effects.fileSize(url.path) else { return skip("file not found") }
        if size > Self.maxBytes {
            return skip("larger than \(Self.maxBytes / 1024 / 1024) MB")
        }
        guard let data = try? effects.readFile(url.path) else { return skip("file cannot be read") }
        let bytes = [UInt8](data)
        guard let type = Self.mediaType(of: bytes) else {
            return skip("not a PNG, JPEG, GIF, WebP or SVG image")
        }
        let number = items.count + 1
        let href = "images/article-\(number).\(type.extension)"
        items.append(EPUBItem(id: "article-image-\(number)", href: href, mediaType: type.mediaType, data: bytes))
        return href
    }

    /// Media type from the file's first bytes (the name's extension is not trusted).
    static func mediaType(of bytes: [UInt8]) -> (mediaType: String, extension: String)? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes[offset..<(offset + prefix.count)]) == prefix
        }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return ("image/png", "png") }
        if starts([0xFF, 0xD8, 0xFF]) { return ("image/jpeg", "jpg") }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return ("image/gif", "gif") }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return ("image/webp", "webp") }
        if isSafeSVG(bytes) { return ("image/svg+xml", "svg") }
        return nil
    }

    /// Well-formed XML whose root is `svg` in the SVG namespace, with no script,
    /// event handlers or external references (EPUB would need `scripted`/`remote-resources`).
    static func isSafeSVG(_ bytes: [UInt8]) -> Bool {
        guard bytes.count < maxBytes else { return false }
        let text = String(decoding: bytes, as: UTF8.self).lowercased()
        guard text.contains("<svg"), !text.contains("<script"), !text.contains("<!doctype"), !text.contains("<!entity"),
              !text.contains("href=\"http"), !text.contains("href='http"), !text.contains("<foreignobject"),
              !text.contains(" on") || !containsEventHandler(text) else { return false }
        let parser = XMLParser(data: Data(bytes))
        let probe = RootProbe()
        parser.delegate = probe
        parser.shouldProcessNamespaces = true
        return parser.parse() && probe.root == "svg" && probe.namespace == "http://www.w3.org/2000/svg"
    }

    private static func containsEventHandler(_ text: String) -> Bool {
        text.range(of: #"\son[a-z]+\s*="#, options: .regularExpression) != nil
    }

    private final class RootProbe: NSObject, XMLParserDelegate {
        var root: String?
        var namespace: String?
        func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                    qualifiedName: String?, attributes: [String: String] = [:]) {
            if root == nil { root = elementName; namespace = namespaceURI }
        }
    }
}
