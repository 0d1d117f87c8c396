import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitText
@testable import StudyKitRules
@testable import StudyKitStructure
@testable import StudyKitExport

struct MarkdownReaderTests {
    static func document(_ text: String) throws -> Document {
        try TestSupport.document(text, path: "article.md")
    }

    @Test func readsFrontMatterAsMetadata() throws {
        let document = try Self.document("""
            ---
            title: "Cloud Paths"
            author: Ada Example
            date: 2026-03-01
            ---
            # Heading One

            Body text here.
            """)
        #expect(document.metadata.title == "Cloud Paths")
        #expect(document.metadata.author == "Ada Example")
        #expect(document.metadata.date == "2026-03-01")
        #expect(document.sections.compactMap(\.title) == ["Heading One"])
    }

    @Test func readsATXAndSetextHeadingsWithLevels() throws {
        let document = try Self.document("""
            Guide Title
            ===========

            Intro text.

            Part A
            ------

            Text A.

            ### Detail ###

            Text B.
            """)
        #expect(document.metadata.title == "Guide Title")
        let sections = document.sections.filter { $0.origin == .heading }
        #expect(sections.map(\.title) == ["Part A", "Detail"])
        #expect(sections.map(\.level) == [1, 2])
    }

    @Test func htmlCommentsAreSetAsideNotRead() throws {
        let document = try Self.document("""
            # Modules

            <!--introduced_in=v12.20.0-->

            <!-- YAML
            changes:
              - version: v14.13.0
                description: Add support for patterns.
            -->

            A package is a folder tree. <!-- inline note --> It has a manifest.

            <!-->
            Kept after an empty comment.

            <!-- never closed
            - hidden item

            Back to text after the blank line.
            """)
        let text = document.sections.flatMap(\.paragraphs).map(\.text)
        #expect(text.contains("A package is a folder tree.  It has a manifest.") || text.contains("A package is a folder tree. It has a manifest."), "\(text)")
        #expect(text.contains("Kept after an empty comment."), "\(text)")
        #expect(text.contains("Back to text after the blank line."), "\(text)")
        #expect(!text.joined().contains("version") && !text.joined().contains("hidden item"), "\(text)")
        let removed = document.removed.filter { $0.reason == "HTML comment" }
        #expect(removed.count == 4, "\(document.removed)")
        #expect(removed.contains { $0.text.contains("description: Add support for patterns.") })
    }

    @Test func reducesInlineMarkupToText() throws {
        let document = try Self.document("## T\n\nSome **bold**, *em*, `code`, [a link](https://x.example/a_b) and <b>raw</b> &amp; snake_case.\n\n## U\n\nMore.\n")
        let paragraph = try #require(document.sections.first { $0.title == "T" }?.paragraphs.first)
        #expect(paragraph.text == "Some bold, em, code, a link and raw & snake_case.")
        #expect(!paragraph.isVerbatim)
    }

    @Test func keepsCodeOutOfAnalysis() throws {
        let document = try Self.document("## T\n\nBefore.\n\n```swift\nlet secret = \"never analysed\"\n```\n\nAfter.\n\n## U\n\nx.\n")
        let section = try #require(document.sections.first { $0.title == "T" })
        #expect(section.paragraphs.map(\.text) == ["Before.", "After."])
        #expect(section.blocks.contains { if case .code(let code) = $0 { return code.language == "swift" }; return false })
    }

    @Test func unterminatedFenceRunsToTheEnd() throws {
        let document = try Self.document("## T\n\nText.\n\n```\ncode forever\nstill code\n")
        let section = try #require(document.sections.last)
        #expect(section.paragraphs.map(\.text) == ["Text."])
    }

    @Test func readsListsAndQuotes() throws {
        let document = try Self.document("## T\n\n- one\n- two\n  - nested\n\n> quoted line\n> > deeper\n\n1. first\n2. second\n\n## U\n\nEnd.\n")
        let section = try #require(document.sections.first { $0.title == "T" })
        var lists: [ListBlock] = []
        var quotes = 0
        for block in section.blocks {
            if case .list(let list) = block { lists.append(list) }
            if case .quote = block { quotes += 1 }
        }
        #expect(lists.map(\.ordered) == [false, true])
        // Nesting is flattened: the nested item keeps its text, not its indent and marker.
        #expect(lists.first?.items.map(\.text) == ["one", "two", "nested"])
        #expect(quotes == 1)
    }

    @Test func nestedAndUnicodeBulletsLoseTheirMarkers() throws {
        let document = try Self.document("## T\n\n* **[Installation](#installation)**\n  * [Getting Pyenv](#a)\n    * [Linux](#l)\n\n• first bullet\n• second bullet\n")
        let items = document.sections.flatMap(\.blocks).flatMap { block -> [String] in
            if case .list(let list) = block { return list.items.map(\.text) }
            return []
        }
        #expect(items == ["Installation", "Getting Pyenv", "Linux", "first bullet", "second bullet"], "\(items)")
    }

    @Test func imagesBecomeImageBlocks() throws {
        let document = try Self.document("## T\n\n![A diagram](fig.png)\n\n<img src=\"b.svg\" alt=\"Other\">\n\n## U\n\nx.\n")
        let images = document.sections.flatMap(\.blocks).compactMap { block -> ImageReference? in
            if case .image(let image) = block { return image }
            return nil
        }
        #expect(images.map(\.alt) == ["A diagram", "Other"])
        #expect(images.map(\.target) == ["fig.png", "b.svg"])
    }

    @Test(arguments: [
        ("# Title\n\nText.", true),
        ("---\ntitle: x\n---\nText", true),
        ("Plain line one.\nPlain line two.", false),
        ("Heading\n=======\n\nBody", true),
    ])
    func sniffsMarkdownOnStandardInput(_ text: String, _ expected: Bool) {
        #expect((ArticleReader.format(path: "-", text: text) == .markdown) == expected)
    }
}

/// Found by the property tests: an empty heading must not become a section without a title.
struct EmptyHeadingTests {
    @Test(arguments: ["# Title\n\nText one.\n\n#\n\nText two.\n", "# Title\n\nText.\n\n## **\n\nMore text.\n", "# Title\n\n**\n===\n\nBody.\n"])
    func emptyHeadingsOpenNoSection(_ text: String) throws {
        let document = try TestSupport.document(text, path: "empty.md")
        #expect(document.sections.allSatisfy { $0.title.map { !$0.isEmpty } ?? true })
        let analysis = TestSupport.pipeline.analyse(document)
        #expect(throws: Never.self) { _ = try StudyGuideExporter().render(analysis, effects: TestSupport.effects) }
    }
}
