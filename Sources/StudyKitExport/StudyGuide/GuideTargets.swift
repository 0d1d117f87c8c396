import Foundation
import StudyKitModel
import StudyKitText

/// Links, images and footnotes as the study guide writes them: local images embedded (or their
/// alt text), links a reader can follow inside a book (web and mail addresses, and `#anchors`
/// of the article's own sections), footnotes on the page that holds them.
struct GuideTargets: XHTMLTargets {
    let images: ArticleImages
    /// Section id → the page it opens.
    let sectionPages: [String: String]
    /// Footnote number → the page that holds its text.
    let footnotePages: [Int: String]

    static let followedSchemes: Set<String> = ["http", "https", "mailto", "ftp"]

    func imageSource(for image: ImageReference) -> String? {
        images.href(for: image)
    }

    func linkTarget(for target: String) -> String? {
        let trimmed = target.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix("#") {
            let id = Slug.identifier(String(trimmed.dropFirst()), fallback: "")
            return sectionPages[id].map { $0 + "#" + id }
        }
        guard let colon = trimmed.firstIndex(of: ":"),
              Self.followedSchemes.contains(trimmed[..<colon].lowercased()) else { return nil }
        let escaped = HrefEscape.escape(trimmed)
        guard let url = URL(string: escaped), url.scheme != nil, escaped.count < 2000 else { return nil }
        return escaped
    }

    func footnoteHref(number: Int) -> String {
        (footnotePages[number] ?? "") + "#fn-\(number)"
    }
}
