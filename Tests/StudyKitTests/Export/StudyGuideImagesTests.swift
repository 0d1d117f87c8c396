import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitExport

/// Images beside a Markdown article: real images are embedded, everything else
/// becomes alt text plus a warning; nothing is fetched.
struct StudyGuideImagesTests {
    static let png = Data(base64Encoded: "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP438AAAAQBAYDFKhhdAAAAAElFTkSuQmCC")!
    static let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>dot</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>".utf8)
    static let scriptedSVG = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".utf8)

    @Test(arguments: [
        ("dot.png", png, "image/png"), ("dot.svg", svg, "image/svg+xml"),
        ("fake.png", Data("not an image".utf8), nil), ("evil.svg", scriptedSVG, nil),
        ("gif.bin", Data("GIF89a....".utf8), "image/gif"),
    ] as [(String, Data, String?)])
    func imagesAreEmbeddedOnlyWhenTheyAreImages(name: String, bytes: Data, mediaType: String?) throws {
        let folder = TestSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try bytes.write(to: folder.appendingPathComponent(name))
        let article = folder.appendingPathComponent("article.md")
        try Data("# Pictures\n\nSome text about AZ-104 and storage.\n\n![A small picture](\(name))\n\n![Remote](https://example.com/x.png)\n".utf8).write(to: article)
        let pipeline = TestSupport.pipeline
        let analysis = pipeline.analyse(try pipeline.document(path: article.path, standardInput: { Data() }))
        let guide = try StudyGuideBuilder(analysis: analysis, effects: .live(warn: { _ in })).build()
        let images = guide.book.items.filter { $0.id.hasPrefix("article-image") }
        #expect(images.map(\.mediaType) == (mediaType.map { [$0] } ?? []))
        #expect(guide.warnings.count == (mediaType == nil ? 2 : 1))
        #expect(guide.warnings.contains { $0.contains("never fetched") })
        let pages = try EPUBWriter.entries(for: guide.book, path: "x.epub").filter { $0.path.hasSuffix(".xhtml") }
            .map { String(decoding: $0.data, as: UTF8.self) }.joined()
        if mediaType != nil {
            #expect(pages.contains("alt=\"A small picture\""))
        } else {
            #expect(pages.contains("[Image not included: A small picture]"))
        }
    }
}
