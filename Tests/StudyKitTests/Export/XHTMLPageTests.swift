import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StudyKit
@testable import StudyKitExport

struct XHTMLPageTests {
    @Test(arguments: [
        ("a & b", "a &#38; b"), ("<p>", "&#60;p&#62;"), ("\"'", "&#34;&#39;"),
        ("x\u{0}\u{1}\u{8}\u{B}\u{C}\u{1F}\u{7F}y", "xy"), ("tab\tnl\n", "tab\tnl\n"), ("cr\r\nlf\rx", "cr\nlf\nx"),
        ("c1\u{80}\u{9F}ok\u{A0}", "c1ok\u{A0}"), (SampleBook.scalars(0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0xFDF0), "\u{FDF0}"),
        ("😀 مرحبا 中文", "😀 مرحبا 中文"), ("", ""),
    ])
    func textIsEscaped(input: String, expected: String) {
        #expect(XMLText.escape(input) == expected)
    }

    @Test(arguments: [("a\tb\nc", "a&#9;b&#10;c"), ("say \"hi\" & 'bye'", "say &#34;hi&#34; &#38; &#39;bye&#39;")])
    func attributesAreEscaped(input: String, expected: String) {
        #expect(XMLText.escapeAttribute(input) == expected)
    }

    @Test(arguments: [
        ("Exam Domains & Weights", "exam-domains-weights"), ("2024 plan", "id-2024-plan"), ("中文", "id"),
        ("--Hello--", "hello"), ("<script>", "script"), ("snake_case", "snake_case"), ("", "id"),
    ])
    func idsAreNCNames(text: String, expected: String) {
        let id = XMLName.id(from: text)
        #expect(id == expected)
        #expect(XMLName.isValidID(id))
    }

    @Test func idsAreUniqueWithinAPage() {
        var registry = XMLIDRegistry()
        let ids = ["Intro", "intro", "intro-2", "Intro", "中文", "日本"].map { registry.id(from: $0) }
        #expect(ids == ["intro", "intro-2", "intro-2-2", "intro-3", "id", "id-2"])
        #expect(Set(ids).count == ids.count)
    }

    @Test func pageIsWellFormedAndDeclaresLanguage() throws {
        let page = XHTMLPage(title: "T & <t>", language: "ar") { body in
            body.heading(1, "A")
            body.heading(2, "A")
            body.table(caption: "c", columns: ["k", "v"], rows: [["a", "1"]])
            body.svg(.roadmap(title: "r", steps: [RoadmapStep("x")]))
            body.svg(.roadmap(title: "r", steps: [RoadmapStep("y")]))
        }
        let text = page.render()
        #expect(text.contains("lang=\"ar\" xml:lang=\"ar\""))
        #expect(text.contains("<h1 id=\"a\">") && text.contains("<h2 id=\"a-2\">"))
        #expect(text.contains("<th scope=\"col\">k</th>") && text.contains("<th scope=\"row\">a</th>"))
        #expect(text.contains("id=\"roadmap-title\"") && text.contains("id=\"roadmap-2-title\""))
        #expect(page.containsSVG)
        #expect(XMLParser(data: Data(page.bytes)).parse())
    }
}
