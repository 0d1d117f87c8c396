import Foundation
import StudyKitModel

/// Where a sentence stands in the article's layout: lists and tables carry exam lists,
/// study orders and domain weights that prose does not.
public struct SentencePlace: Sendable, Equatable {
    public enum Kind: String, Sendable {
        case prose, heading, listItem, tableRow
    }

    public var kind: Kind
    /// The list or table (numbered in document order), or -1.
    public var group: Int
    /// The item or row within it (a table's header row is -1).
    public var item: Int
    /// True for a numbered list.
    public var ordered: Bool
    /// List nesting, 1 for a top-level list.
    public var depth: Int
    /// Share of the paragraph's text that is link text: a list of resources ("[Kube-bench](…) -
    /// checks…") names tools and courses, it does not describe a role or a domain.
    public var linkShare: Double = 0

    static let prose = SentencePlace(kind: .prose, group: -1, item: 0, ordered: false, depth: 0)
    static let heading = SentencePlace(kind: .heading, group: -1, item: 0, ordered: false, depth: 0)

    /// Mostly links: a resource list entry.
    public var isResource: Bool { linkShare >= 0.5 }
}

/// The sentences knowledge extraction reads: the analysis's sentences plus one per table
/// row (cells joined by " | "; tables take no part in summaries), each with its place.
public struct ExtractionText: Sendable {
    public var sentences: [AnalysedSentence]
    public var places: [SentencePlace]

    /// Prose only, every sentence in its own paragraph place (tests and callers without a layout).
    public init(sentences: [AnalysedSentence]) {
        self.sentences = sentences
        places = sentences.map { $0.isHeading ? .heading : .prose }
    }

    init(sentences: [AnalysedSentence], places: [SentencePlace]) {
        self.sentences = sentences
        self.places = places
    }

    /// `rowSentence` analyses one table row's text (the language's tokenizer and stemmer).
    static func make(analysis: Analysis,
                     rowSentence: (_ text: String, _ span: TextSpan, _ section: Int, _ paragraph: Int) -> AnalysedSentence) -> ExtractionText {
        var listPlaces: [Int: SentencePlace] = [:]  // by paragraph span start
        var rows: [(sentence: AnalysedSentence, place: SentencePlace)] = []
        var groups = 0
        var nextParagraph = analysis.paragraphs.count
        func walk(_ blocks: [Block], section: Int, depth: Int) {
            for block in blocks {
                switch block {
                case .list(let list):
                    let group = groups
                    groups += 1
                    for (number, item) in list.items.enumerated() {
                        for inner in item.blocks {
                            if case .list = inner { walk([inner], section: section, depth: depth + 1); continue }
                            for paragraph in inner.analysedParagraphs {
                                listPlaces[paragraph.span.start] = SentencePlace(kind: .listItem, group: group, item: number,
                                                                                 ordered: list.ordered, depth: depth + 1)
                            }
                        }
                    }
                case .table(let table):
                    let group = groups
                    groups += 1
                    for (number, cells) in ([table.header] + table.rows).enumerated() {
                        let filled = cells.filter { !$0.text.trimmingCharacters(in: .whitespaces).isEmpty }
                        guard let first = filled.first, let last = filled.last else { continue }
                        let text = filled.map(\.text).joined(separator: " | ")
                        let span = TextSpan(start: first.span.start, end: max(first.span.start, last.span.end))
                        rows.append((rowSentence(text, span, section, nextParagraph),
                                     SentencePlace(kind: .tableRow, group: group, item: number - 1, ordered: false, depth: 0)))
                        nextParagraph += 1
                    }
                case .quote(let quote): walk(quote.blocks, section: section, depth: depth)
                case .disclosure(let disclosure): walk(disclosure.blocks, section: section, depth: depth)
                default: break
                }
            }
        }
        for (number, section) in analysis.document.sections.enumerated() { walk(section.blocks, section: number, depth: 0) }

        var sentences: [AnalysedSentence] = []
        var places: [SentencePlace] = []
        sentences.reserveCapacity(analysis.sentences.count + rows.count)
        places.reserveCapacity(analysis.sentences.count + rows.count)
        var pending = rows[...]
        for sentence in analysis.sentences {
            while let row = pending.first, row.sentence.span.start < sentence.span.start {
                sentences.append(row.sentence)
                places.append(row.place)
                pending = pending.dropFirst()
            }
            sentences.append(sentence)
            if sentence.isHeading {
                places.append(.heading)
                continue
            }
            let paragraph = analysis.paragraph(of: sentence)
            var place = paragraph.flatMap { listPlaces[$0.span.start] } ?? .prose
            if let paragraph, !paragraph.text.isEmpty {
                place.linkShare = Double(paragraph.inlines.reduce(0) { $0 + Self.linkText($1) }) / Double(paragraph.text.utf8.count)
            }
            places.append(place)
        }
        for row in pending {
            sentences.append(row.sentence)
            places.append(row.place)
        }
        return ExtractionText(sentences: sentences, places: places)
    }

    /// Bytes of link text in an inline and its children.
    private static func linkText(_ inline: Inline) -> Int {
        switch inline {
        case .link: return inline.plainText.utf8.count
        case .emphasis(let children), .strong(let children), .strikethrough(let children), .keyboard(let children),
             .superscript(let children), .subscript(let children):
            return children.reduce(0) { $0 + linkText($1) }
        default: return 0
        }
    }
}
