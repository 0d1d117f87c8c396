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
        // As in a browser (and CommonMark), a comment never closed hides the rest of the text.
        #expect(!text.contains("Back to text after the blank line."), "\(text)")
        #expect(!text.joined().contains("version") && !text.joined().contains("hidden item"), "\(text)")
        let removed = document.removed.filter { $0.reason == "HTML comment" }
        #expect(removed.count == 3, "\(document.removed)")
        #expect(removed.last?.text.contains("Back to text after the blank line.") == true)
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

    static func blocks(_ text: String) throws -> [Block] {
        try document(text).sections.flatMap(\.blocks)
    }

    @Test func listsKeepTheirNumbersNestingAndTasks() throws {
        let blocks = try Self.blocks("## T\n\n- one\n- two\n  - nested\n\n3. third\n4. fourth\n\n- [x] done\n- [ ] open\n\n## U\n\nEnd.\n")
        let lists = blocks.compactMap { block -> ListBlock? in if case .list(let list) = block { return list }; return nil }
        #expect(lists.count == 3)
        #expect(lists.map(\.ordered) == [false, true, false])
        #expect(lists[1].start == 3)
        let nested = lists[0].items[1].blocks.compactMap { block -> ListBlock? in if case .list(let list) = block { return list }; return nil }
        #expect(nested.first?.items.first?.blocks.first?.analysedParagraphs.map(\.text) == ["nested"])
        #expect(lists[2].items.map(\.checked) == [true, false])
        #expect(lists[2].items.flatMap { $0.blocks.flatMap(\.analysedParagraphs) }.map(\.text) == ["done", "open"])
    }

    @Test func quotesAndCalloutsKeepTheirKind() throws {
        let blocks = try Self.blocks("## T\n\n> [!NOTE]\n> Useful information.\n\n>**Warning:** Mind the gap.\n\n> Plain **quote**.\n\n## U\n\nx.\n")
        let quotes = blocks.compactMap { block -> Quote? in if case .quote(let quote) = block { return quote }; return nil }
        #expect(quotes.map(\.callout) == ["note", "warning", nil])
        #expect(quotes.map { $0.blocks.flatMap(\.analysedParagraphs).map(\.text).joined() }
                == ["Useful information.", "Mind the gap.", "Plain quote."])
    }

    @Test func tablesKeepHeaderCellsAndAlignment() throws {
        let blocks = try Self.blocks("## T\n\n| Domain | Weight |\n|:--|--:|\n| Identity | 20–25% |\n| *Storage* | 15–20% |\n\n## U\n\nx.\n")
        let table = try #require(blocks.compactMap { block -> Table? in if case .table(let table) = block { return table }; return nil }.first)
        #expect(table.header.map(\.text) == ["Domain", "Weight"])
        #expect(table.rows.map { $0.map(\.text) } == [["Identity", "20–25%"], ["Storage", "15–20%"]])
        #expect(table.alignments == [.left, .right])
        #expect(table.rows[1][0].inlines == [.emphasis([.text("Storage")])])
    }

    @Test func footnotesAreNumberedByFirstReference() throws {
        let document = try Self.document("## T\n\nFirst[^b] and second[^a].\n\n[^a]: Note A.\n[^b]: Note B.\n")
        let notes = document.sections.flatMap(\.blocks).compactMap { block -> Footnote? in
            if case .footnote(let note) = block { return note }
            return nil
        }
        #expect(notes.map(\.number) == [1, 2])
        #expect(notes.map { $0.blocks.flatMap(\.analysedParagraphs).map(\.text).joined() } == ["Note B.", "Note A."])
    }

    @Test func allowedHTMLBecomesModelAndTheRestOnlyText() throws {
        let document = try Self.document("""
            # Title

            <div id="cover photo" align="center"><p>Centred <b>text</b> with <kbd>Ctrl</kbd>+<kbd>C</kbd>.</p></div>

            <details>
            <summary>Show answer</summary>

            The answer is **42**.

            </details>

            <aside markdown="1" class="pquote">
            A *quoted* sentence in a box.
            </aside>

            Text with <sup>2</sup> and a <span class="x">span</span>.<br>Next line.
            """)
        let blocks = document.sections.flatMap(\.blocks)
        let all = blocks.flatMap(\.analysedParagraphs).map(\.text).joined(separator: "|")
        for leak in ["<", "div", "align", "aside", "markdown=", "class=", "summary"] {
            #expect(!all.contains(leak), "\(leak) in \(all)")
        }
        let centred = try #require(blocks.first?.analysedParagraphs.first)
        #expect(centred.text == "Centred text with Ctrl+C.")
        #expect(centred.inlines.contains(.keyboard([.text("Ctrl")])))
        let disclosure = blocks.compactMap { block -> Disclosure? in if case .disclosure(let d) = block { return d }; return nil }.first
        #expect(disclosure?.summary?.text == "Show answer")
        #expect(disclosure?.blocks.flatMap(\.analysedParagraphs).map(\.text) == ["The answer is 42."])
        #expect(all.contains("A quoted sentence in a box."))
        let last = try #require(blocks.last?.analysedParagraphs.first)
        #expect(last.inlines.contains(.superscript([.text("2")])))
        #expect(last.inlines.contains(.lineBreak))
    }

    @Test func titleIsTheFirstLevelOneHeadingEvenAfterBadges() throws {
        let document = try Self.document("""
            <p align="center"><img src="logo.png" alt="Logo"></p>

            [![Build](https://x.example/b.svg)](https://x.example)

            # AZ-104 Exam Day

            Text.

            ## Part

            More.
            """)
        #expect(document.metadata.title == "AZ-104 Exam Day")
        #expect(document.sections.compactMap(\.title) == ["Part"])
    }

    @Test func inlineMarkupIsKeptBesideTheText() throws {
        let paragraph = try #require(try Self.blocks("## T\n\nSee [the *docs*](https://x.example \"Docs\") and `code` ~~old~~.\n").first?.analysedParagraphs.first)
        #expect(paragraph.text == "See the docs and code old.")
        #expect(paragraph.inlines == [.text("See "), .link(target: "https://x.example", title: "Docs", [.text("the "), .emphasis([.text("docs")])]),
                                      .text(" and "), .code("code"), .text(" "), .strikethrough([.text("old")]), .text(".")])
    }

    /// cmark-gfm's table of inline special characters is process-wide: documents read at once
    /// (build --jobs) must not lose each other's strikethrough.
    @Test func documentsReadAtOnceKeepTheirStrikethrough() {
        let text = String(repeating: "Some ~~old~~ words and ~~gone~~ ones.\n\n", count: 400)
        let lost = LostCount()
        DispatchQueue.concurrentPerform(iterations: 48) { _ in
            let html = CmarkTree.referenceHTML(text)
            if html.components(separatedBy: "<del>").count - 1 != 800 { lost.add() }
        }
        #expect(lost.value == 0)
    }

    private final class LostCount: @unchecked Sendable {
        private let lock = NSLock()
        private var count = 0
        func add() { lock.lock(); count += 1; lock.unlock() }
        var value: Int { lock.lock(); defer { lock.unlock() }; return count }
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
