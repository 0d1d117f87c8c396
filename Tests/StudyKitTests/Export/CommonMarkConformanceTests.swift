import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitStructure
@testable import StudyKitExport

/// The CommonMark spec's own examples (spec 0.29, the version cmark-gfm 0.29 implements), read
/// into StudyKit's model and written by the guide's XHTML writer, against the spec's HTML (which
/// is cmark's). Whitespace and attribute order are normalised. The raw-HTML sections are left
/// out — StudyKit sanitises raw HTML on purpose; `MarkdownReaderTests` checks its allow-list.
/// `Tools/test` fetches spec.txt from PyPI's `commonmark` 0.9.1 sdist (STUDYKIT_COMMONMARK_SPEC).
struct CommonMarkConformanceTests {
    struct Example {
        var number: Int
        var section: String
        var markdown: String
        var html: String
    }

    static let excludedSections: Set<String> = ["HTML blocks", "Raw HTML"]

    /// The examples of spec.txt, tabs restored from "→".
    static func examples(_ spec: String) -> [Example] {
        var examples: [Example] = []
        var section = ""
        let fence = String(repeating: "`", count: 32)
        var lines = spec.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        while let line = lines.next() {
            if line.hasPrefix("## ") { section = String(line.dropFirst(3)) }
            guard line == fence + " example" else { continue }
            var markdown: [Substring] = [], html: [Substring] = [], inHTML = false
            while let inner = lines.next(), inner != fence {
                if inner == "." && !inHTML { inHTML = true; continue }
                if inHTML { html.append(inner) } else { markdown.append(inner) }
            }
            func text(_ lines: [Substring]) -> String {
                lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
            }
            examples.append(Example(number: examples.count + 1, section: section, markdown: text(markdown), html: text(html)))
        }
        return examples
    }

    /// Every target as written, images inline: the output cmark would give.
    struct AsWritten: XHTMLTargets {
        func imageSource(for image: ImageReference) -> String? { HrefEscape.escape(image.target) }
        func linkTarget(for target: String) -> String? { HrefEscape.escape(target) }
        func footnoteHref(number: Int) -> String { "#fn-\(number)" }
    }

    static func render(_ markdown: String) -> String {
        let rules = TestSupport.rules
        let blocks = MarkdownReader.blocks(of: markdown, rules: rules.markdown, residue: ResidueDetector(rules: rules.residue))
        let writer = XHTMLArticle(targets: AsWritten(), imagesAsFigures: false)
        var out = "", tables = 0
        for block in blocks {
            switch block {
            case .heading(let heading): out += writer.heading(heading.level, paragraph: heading.asParagraph)
            case .body(let body): out += writer.markup([body], tables: &tables)
            case .removed: continue
            }
        }
        return out
    }

    /// Elements that never have content (no closing tag to balance).
    static let voidElements: Set<String> = ["br", "hr", "img", "input", "meta", "link", "wbr", "source"]

    /// Tags with sorted attributes, text with references decoded and whitespace collapsed, and
    /// elements left open closed where their parent closes (as a browser's DOM has them).
    static func normalised(_ html: String) -> String {
        var parts: [String] = []
        var open: [String] = []
        for token in HTMLToken.tokens(html) {
            switch token {
            case .open(let name, let attributes, let selfClosing, _):
                let pairs = attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\"\($0.value)\"" }
                parts.append("<" + ([name] + pairs).joined(separator: " ") + ">")
                if !selfClosing && !Self.voidElements.contains(name) { open.append(name) }
            case .close(let name, _):
                if let index = open.lastIndex(of: name) {
                    while open.count > index + 1 { parts.append("</\(open.removeLast())>") }
                    open.removeLast()
                }
                parts.append("</\(name)>")
            case .text(let text, _):
                let collapsed = text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
                if !collapsed.isEmpty { parts.append(collapsed) }
            case .comment:
                continue
            }
        }
        while let name = open.popLast() { parts.append("</\(name)>") }
        return parts.joined()
    }

    @Test func specExamplesMatchCmark() throws {
        guard let path = ProcessInfo.processInfo.environment["STUDYKIT_COMMONMARK_SPEC"] else {
            if ProcessInfo.processInfo.environment["STUDYKIT_SKIP_SPEC"] != "1" {
                Issue.record("set STUDYKIT_COMMONMARK_SPEC to CommonMark 0.29's spec.txt (Tools/test does), or STUDYKIT_SKIP_SPEC=1")
            }
            return
        }
        let all = Self.examples(try String(contentsOfFile: path, encoding: .utf8))
        #expect(all.count == 649)
        let checked = all.filter { !Self.excludedSections.contains($0.section) }
        var failures: [Example] = []
        for example in checked where Self.normalised(Self.render(example.markdown))
            != Self.normalised(CmarkTree.referenceHTML(example.markdown)) {
            failures.append(example)
        }
        let share = Double(checked.count - failures.count) / Double(checked.count)
        if ProcessInfo.processInfo.environment["STUDYKIT_SPEC_VERBOSE"] == "1" {
            for example in failures {
                print("#\(example.number)\n\(example.markdown)--- expected\n\(Self.normalised(CmarkTree.referenceHTML(example.markdown)))\n--- got\n\(Self.normalised(Self.render(example.markdown)))\n")
            }
        }
        let report = failures.map { "#\($0.number) (\($0.section))" }.joined(separator: ", ")
        print("CommonMark 0.29: \(checked.count - failures.count) of \(checked.count) examples match (\(String(format: "%.1f", share * 100))%); differ: \(report)")
        #expect(share >= 0.98, "\(failures.count) differ: \(report)")
    }

    /// The elements the guide's writer makes; raw HTML may become these and nothing else.
    static let writerElements: Set<String> = [
        "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong", "del",
        "kbd", "sup", "sub", "a", "img", "br", "hr", "table", "thead", "tbody", "tr", "th", "td", "caption", "details",
        "summary", "aside", "figure", "figcaption",
    ]

    /// The raw-HTML sections, held to the allow-list instead: StudyKit's output for them uses only
    /// the writer's own elements, and no tag the example wrote shows as text.
    @Test func rawHTMLBecomesOnlyAllowedElements() throws {
        guard let path = ProcessInfo.processInfo.environment["STUDYKIT_COMMONMARK_SPEC"] else { return }
        let raw = Self.examples(try String(contentsOfFile: path, encoding: .utf8)).filter { Self.excludedSections.contains($0.section) }
        #expect(raw.count > 50)
        for example in raw {
            let output = Self.render(example.markdown)
            for token in HTMLToken.tokens(output) {
                if case .open(let name, _, _, _) = token {
                    #expect(Self.writerElements.contains(name), "#\(example.number): <\(name)> in \(output)")
                }
            }
            // Code shows tags as text on purpose; the rest must not.
            let withoutCode = output.replacingOccurrences(of: #"<code[^>]*>[^<]*</code>"#, with: "", options: .regularExpression)
            let visible = CharacterReference.decode(withoutCode.replacingOccurrences(of: #"<[^>]*>"#, with: "", options: .regularExpression))
            // The tags cmark reads as raw HTML (not those it shows as text itself, nor code).
            for tag in MarkdownFidelityTests.sourceMarkup(example.markdown) where tag.hasPrefix("<") {
                #expect(!visible.contains(tag), "#\(example.number): \(tag) shows as text in \(visible)")
            }
        }
    }
}
