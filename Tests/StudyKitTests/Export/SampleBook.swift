@testable import StudyKit
@testable import StudyKitRules
@testable import StudyKitStructure
@testable import StudyKitAnalysis
@testable import StudyKitExport

/// A small study guide full of hostile text: markup characters, quotes,
/// emoji, right-to-left scripts, CJK, a 400-letter word, a heading that looks
/// like a tag and control characters that XML cannot carry.
enum SampleBook {
    static let hostileTitle = "Tom & Jerry's \"<Guide>\" — 😀 مرحبا שלום 中文"
    static let longWord = String(repeating: "Supercalifragilistic", count: 20)
    static let controls = "bell\u{7}null\u{0}nel\u{85}nonchar" + scalars(0xFFFE, 0xFDD0) + "end"

    /// Builds strings Swift literals refuse (noncharacters).
    static func scalars(_ values: UInt32...) -> String {
        String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
    }

    static func make() -> EPUBBook {
        let cover = SVGFigure.cover(title: hostileTitle, subtitle: "AZ-104 · AZ-305 <&> \"quoted\"")
        let coverPage = XHTMLPage(title: "Cover", language: "en") { body in
            body.element("section", attributes: [("epub:type", "cover")]) { section in
                section.image(src: "images/cover.svg", alt: "Cover: " + hostileTitle)
            }
        }
        let chapter = XHTMLPage(title: hostileTitle, language: "en") { body in
            body.section(heading: "<script>alert('x')</script>", level: 1, id: "intro", epubType: "chapter") { s in
                s.paragraph("Ampersand & less < greater > quote \" apostrophe ' — \(controls)")
                s.paragraph { p in
                    p.text("See ")
                    p.link("the domains", href: "chapter.xhtml#domains")
                    p.text(", an Arabic word ")
                    p.span("مرحبا بالعالم", lang: "ar", dir: .rightToLeft)
                    p.text(" and Hebrew ")
                    p.span("שלום עולם", lang: "he", dir: .rightToLeft)
                    p.lineBreak()
                    p.strong("Emoji 😀👩‍💻🇩🇪"); p.emphasis(" & more"); p.code("<b>&amp;</b>")
                }
                s.paragraph("هذا نص عربي كامل في فقرة.", lang: "ar", dir: .rightToLeft)
                s.paragraph("これは日本語の段落です。中文段落。", lang: "ja")
                s.paragraph(longWord)
            }
            body.section(heading: "Domains & weights", id: "domains", epubType: "chapter") { s in
                s.table(caption: "Exam <domains> & weights",
                        columns: ["Domain", "Weight", "Notes \"raw\""],
                        rows: [["Identities & governance", "20–25%", "<none>"],
                               ["Storage", "15–20%", "'quoted'"],
                               ["计算 (compute)", "20–25%", longWord]])
                s.figure(id: "path", caption: "Certification path → AZ-305") { f in
                    f.svg(.roadmap(title: "Path <to> architect",
                                   steps: [RoadmapStep("AZ-900", note: "optional", optional: true),
                                           RoadmapStep("AZ-104"), RoadmapStep("AZ-305 & \"friends\"")]))
                }
                s.figure(id: "path", caption: "Weights") { f in
                    f.svg(.rangeChart(title: "Exam weights", bars: [RangeBar("Identities & governance", low: 20, high: 25),
                                                                     RangeBar("مرحبا", low: 15, high: 20),
                                                                     RangeBar(longWord, low: 35, high: 30)]))
                }
                s.list(ordered: true) { list in
                    list.item("First & foremost")
                    list.item { $0.link("Back to <intro>", href: "chapter.xhtml#intro") }
                    list.block { b in b.list(["nested 1", "nested <2>"]) }
                }
            }
            body.section(heading: "Glossary", id: "glossary", epubType: "glossary") { s in
                s.definitionList([(term: "RBAC", definition: "Role-based access control & <roles>"),
                                  (term: "RBAC", definition: "Duplicate term gets a unique id"),
                                  (term: "中文", definition: "CJK term with no ASCII id")], glossary: true)
            }
        }
        var items = [
            EPUBItem.svg(id: "cover-image", href: "images/cover.svg", cover, properties: ["cover-image"]),
            EPUBItem.page(id: "cover", href: "cover.xhtml", coverPage),
            EPUBItem.page(id: "chapter", href: "chapter.xhtml", chapter),
        ]
        items.append(EPUBItem(id: "notes", href: "notes.xhtml", mediaType: "application/xhtml+xml",
                              data: XHTMLPage(title: "Notes", language: "zh-Hans") { $0.heading(1, "笔记 & notes") }.bytes))
        return EPUBBook(
            identifier: NameBasedUUID.string(for: chapter.bytes),
            title: hostileTitle, language: "en", author: "A. Author & \"Co\"",
            modified: "2024-05-01T12:00:00Z", description: "A <hostile> & 'tricky' sample.",
            accessibilitySummary: "All figures have text descriptions; tables have headers.",
            items: items, spine: ["cover", EPUBWriter.navigationID, "chapter", "notes"],
            tableOfContents: [
                TOCEntry(title: "Cover", href: "cover.xhtml"),
                TOCEntry(title: "<script> & intro", href: "chapter.xhtml#intro", children: [
                    TOCEntry(title: "Domains", href: "chapter.xhtml#domains"),
                    TOCEntry(title: "Glossary 中文", href: "chapter.xhtml#glossary"),
                ]),
                TOCEntry(title: "Notes", href: "notes.xhtml"),
            ],
            landmarks: [Landmark(type: "cover", title: "Cover", href: "cover.xhtml"),
                        Landmark(type: "toc", title: "Contents", href: "nav.xhtml"),
                        Landmark(type: "bodymatter", title: "Start", href: "chapter.xhtml"),
                        Landmark(type: "glossary", title: "Glossary", href: "chapter.xhtml#glossary")])
    }
}
