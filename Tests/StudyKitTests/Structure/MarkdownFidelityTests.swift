import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitText
@testable import StudyKitStructure
@testable import StudyKitExport

/// Markdown read by cmark-gfm, checked on real articles written by people (Tests/Evaluation/
/// markdown, the flattened-headings sources, the test articles): every sentence's offsets point
/// at exactly that sentence in the source, and no raw markup reaches any export.
struct MarkdownFidelityTests {
    static let root = TestSupport.repositoryRoot
    static let articles: [String] = {
        let folders = ["Tests/Evaluation/markdown/docs", "Tests/Evaluation/headings-flattened/source",
                       "Tests/Evaluation/certifications-a/docs", "Tests/Evaluation/certifications-b/docs",
                       "Tests/Evaluation/study-aids/docs", "Tests/StudyKitTests/Fixtures/articles"]
        return folders.flatMap { folder -> [String] in
            let names = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".md") }.sorted().map { "\(folder)/\($0)" }
        }
    }()

    @Test func thereAreRealArticles() {
        #expect(Self.articles.count >= 40)
    }

    /// The source slice, character references decoded and whitespace collapsed, starts with the
    /// sentence's first character, ends with its last, and holds the sentence in order with only
    /// markup between (emphasis marks, link targets, escapes).
    static func isExact(_ sentence: String, in slice: String) -> Bool {
        let untagged = slice.replacingOccurrences(
            of: #"</?(br|b|i|em|strong|a|span|div|p|sup|sub|kbd|img|code|del|s|aside|details|summary|center|h[1-6])\b[^>]*>"#,
            with: " ", options: [.regularExpression, .caseInsensitive])
        let unescaped = untagged.replacingOccurrences(of: #"\\([!-/:-@\[-`{-~])"#, with: "$1", options: .regularExpression)
        let source = Array(Whitespace.collapse(CharacterReference.decode(unescaped)))
        let wanted = Array(Whitespace.collapse(sentence))
        guard let first = wanted.first, let last = wanted.last, source.first == first, source.last == last else { return false }
        var index = 0
        for character in source where index < wanted.count && character == wanted[index] { index += 1 }
        return index == wanted.count
    }

    @Test(arguments: articles)
    func everySentenceSpanIsExactlyItsSentence(_ path: String) throws {
        let document = try TestSupport.pipeline.reader.read(path: Self.root.appendingPathComponent(path).path)
        #expect(document.format == .markdown)
        let analysis = TestSupport.pipeline.analyse(document, stages: [])
        var misses: [String] = []
        for sentence in analysis.sentences where !sentence.isHeading {
            let slice = document.source(at: sentence.span)
            if !Self.isExact(sentence.text, in: slice) {
                misses.append("«\(sentence.text.prefix(40))…\(sentence.text.suffix(30))» at \(sentence.span.start)–\(sentence.span.end): «\(slice.prefix(40))…\(slice.suffix(30))»")
            }
        }
        #expect(misses.isEmpty, "\(misses.count) of \(analysis.sentences.count): \(misses.prefix(5))")
    }

    /// The raw markup the article itself uses, as written: its HTML tags (code excluded), the
    /// Markdown syntax of its links and images, its callout markers.
    static func sourceMarkup(_ text: String) -> Set<String> {
        var found: Set<String> = []
        func walk(_ node: MarkdownNode) {
            switch node.kind {
            case .htmlBlock, .htmlInline:
                let bytes = Array(node.literal.utf8)
                for token in HTMLToken.tokens(node.literal) {
                    switch token {
                    case .open(_, _, _, let range):
                        // Opening tags as written; a bare closing tag ("</a>") is also our own formats' markup.
                        let tag = String(decoding: bytes[range], as: UTF8.self)
                        if tag.count > 3 { found.insert(tag) }
                    default: continue
                    }
                }
            case .link, .image:
                if !node.url.isEmpty, !node.url.hasPrefix("mailto:") { found.insert("](" + node.url) }
            case .text where node.literal.hasPrefix("[!") && node.literal.hasSuffix("]"):
                found.insert(node.literal)
            default: break
            }
            node.children.forEach(walk)
        }
        walk(CmarkTree.parse(text))
        return found
    }

    /// The text a person sees in an XHTML page or HTML field (tags dropped, references decoded).
    static func visibleText(_ xhtml: String) -> String {
        CharacterReference.decode(xhtml.replacingOccurrences(of: #"<[^>]*>"#, with: " ", options: .regularExpression))
    }

    @Test(arguments: articles)
    func noRawMarkupReachesAnyExport(_ path: String) throws {
        let pipeline = TestSupport.pipeline
        let source = try String(contentsOf: Self.root.appendingPathComponent(path), encoding: .utf8)
        let markups = Self.sourceMarkup(source)
        let analysis = pipeline.analyse(try pipeline.reader.read(path: Self.root.appendingPathComponent(path).path))
        var found: [String] = []
        for exporter in Exporters.all {
            var texts: [String] = []
            if exporter.fileName.hasSuffix(".epub") {
                texts = try StudyGuideTests.entries(analysis).filter { $0.path.hasSuffix(".xhtml") }
                    .map { Self.visibleText(String(decoding: $0.data, as: UTF8.self)) }
            } else {
                let text = String(decoding: try exporter.render(analysis, effects: TestSupport.effects), as: UTF8.self)
                // HTML files and Anki's HTML fields are read as a person sees them.
                texts = [exporter.fileName.hasSuffix(".html") || exporter.fileName.hasSuffix(".tsv") ? Self.visibleText(text) : text]
            }
            // The Markdown outputs write links of their own on purpose (they keep inline formatting).
            let keepsLinks = exporter.fileName == "outline.md" || exporter.fileName == "summary.md"
            for text in texts {
                for markup in markups where text.contains(markup) && !(keepsLinks && markup.hasPrefix("](")) {
                    found.append("\(exporter.fileName): \(markup)")
                }
            }
        }
        #expect(!markups.isEmpty || !path.contains("Evaluation/markdown"), "no markup found in \(path)")
        #expect(found.isEmpty, "\(found.count) leaks: \(found.prefix(8))")
    }
}
