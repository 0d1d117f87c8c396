/// A paragraph of running text (also a list item's text, a table cell, a heading's body).
public struct Paragraph: Sendable, Equatable {
    /// The text as analysed: inline markup reduced, line breaks kept.
    public var text: String
    /// Where the paragraph stands in the source.
    public var span: TextSpan
    /// True when `text` is exactly the source bytes at `span`, so sentence
    /// offsets inside it map straight back to the article.
    public var isVerbatim: Bool
    /// The markup as written (links, emphasis, code); empty for plain text, whose `text` is all.
    public var inlines: [Inline]
    /// How `text` maps back to the source when it is not verbatim (Markdown), in text order.
    public var sourceRuns: [SourceRun]

    public init(text: String, span: TextSpan, isVerbatim: Bool, inlines: [Inline] = [], sourceRuns: [SourceRun] = []) {
        self.text = text
        self.span = span
        self.isVerbatim = isVerbatim
        self.inlines = inlines
        self.sourceRuns = sourceRuns
    }

    /// The source range of `range` (bytes of `text`): itself when verbatim, through the source
    /// runs otherwise, else the whole paragraph.
    public func sourceSpan(of range: Range<Int>) -> TextSpan {
        if isVerbatim { return TextSpan(start: span.start + range.lowerBound, end: span.start + range.upperBound) }
        guard !sourceRuns.isEmpty, !range.isEmpty,
              let first = sourceOffset(of: range.lowerBound, end: false),
              let last = sourceOffset(of: range.upperBound - 1, end: true), first <= last else { return span }
        return TextSpan(start: first, end: last)
    }

    /// The source offset of text byte `offset`: where it starts, or (`end`) where it ends.
    private func sourceOffset(of offset: Int, end: Bool) -> Int? {
        var low = 0, high = sourceRuns.count - 1
        while low <= high {
            let middle = (low + high) / 2
            let run = sourceRuns[middle]
            if offset < run.textStart {
                high = middle - 1
            } else if offset >= run.textStart + run.textLength {
                low = middle + 1
            } else if run.textLength == run.sourceLength {
                let inside = offset - run.textStart
                return run.sourceStart + inside + (end ? 1 : 0)
            } else {
                // An entity, escape or break: the whole source run stands for each of its bytes.
                return end ? run.sourceStart + run.sourceLength : run.sourceStart
            }
        }
        return nil
    }
}

/// A bulleted or numbered list.
public struct ListBlock: Sendable, Equatable {
    public var ordered: Bool
    /// The first item's number as written ("3." starts at 3).
    public var start: Int
    /// Tight lists show items without paragraph spacing (CommonMark).
    public var tight: Bool
    public var items: [ListItem]

    public init(ordered: Bool, start: Int = 1, tight: Bool = true, items: [ListItem]) {
        self.ordered = ordered
        self.start = start
        self.tight = tight
        self.items = items
    }

    /// A list whose items are single paragraphs (plain text).
    public init(ordered: Bool, start: Int = 1, paragraphs: [Paragraph]) {
        self.init(ordered: ordered, start: start, tight: true, items: paragraphs.map { ListItem(blocks: [.paragraph($0)]) })
    }
}

/// One item of a list: its blocks (paragraphs, nested lists, code) and, for a task list,
/// whether it is checked.
public struct ListItem: Sendable, Equatable {
    public var blocks: [Block]
    public var checked: Bool?

    public init(blocks: [Block], checked: Bool? = nil) {
        self.blocks = blocks
        self.checked = checked
    }
}

/// A block quote, or a callout when it opens with `[!NOTE]`, `**Note**` and the like.
public struct Quote: Sendable, Equatable {
    /// "note", "tip", "important", "warning", "caution"; nil for a plain quote.
    public var callout: String?
    public var blocks: [Block]

    public init(callout: String? = nil, blocks: [Block]) {
        self.callout = callout
        self.blocks = blocks
    }
}

/// Code kept for display but left out of every analysis.
public struct CodeBlock: Sendable, Equatable {
    public var text: String
    public var language: String?
    public var span: TextSpan

    public init(text: String, language: String?, span: TextSpan) {
        self.text = text
        self.language = language
        self.span = span
    }
}

/// An image the article references, resolved (or not) by the EPUB writer.
public struct ImageReference: Sendable, Equatable {
    public var alt: String
    public var target: String
    public var title: String?
    public var span: TextSpan

    public init(alt: String, target: String, title: String? = nil, span: TextSpan) {
        self.alt = alt
        self.target = target
        self.title = title
        self.span = span
    }
}

/// A table: a header row, body rows and each column's alignment.
public struct Table: Sendable, Equatable {
    public enum Alignment: String, Sendable, Equatable { case none, left, center, right }

    public var header: [Paragraph]
    public var rows: [[Paragraph]]
    public var alignments: [Alignment]
    public var span: TextSpan

    public init(header: [Paragraph], rows: [[Paragraph]], alignments: [Alignment], span: TextSpan) {
        self.header = header
        self.rows = rows
        self.alignments = alignments
        self.span = span
    }
}

/// A disclosure (`<details>` with a `<summary>`): a titled block a reader opens.
public struct Disclosure: Sendable, Equatable {
    public var summary: Paragraph?
    public var blocks: [Block]

    public init(summary: Paragraph?, blocks: [Block]) {
        self.summary = summary
        self.blocks = blocks
    }
}

/// A footnote's text, numbered in order of first reference.
public struct Footnote: Sendable, Equatable {
    public var label: String
    public var number: Int
    public var blocks: [Block]

    public init(label: String, number: Int, blocks: [Block]) {
        self.label = label
        self.number = number
        self.blocks = blocks
    }
}

/// One body block inside a section.
public indirect enum Block: Sendable, Equatable {
    case paragraph(Paragraph)
    case list(ListBlock)
    case quote(Quote)
    case code(CodeBlock)
    case image(ImageReference)
    case table(Table)
    case disclosure(Disclosure)
    case footnote(Footnote)
    /// A thematic break (`---`).
    case rule
    /// A heading inside a quote, list item or disclosure: shown as a heading, never a section.
    case heading(level: Int, Paragraph)

    /// The paragraphs whose text is analysed, in reading order: list items, quotes, disclosures
    /// and footnotes included; code, images, tables and rules left out.
    public var analysedParagraphs: [Paragraph] {
        switch self {
        case .paragraph(let paragraph), .heading(_, let paragraph): return [paragraph]
        case .list(let list): return list.items.flatMap { $0.blocks.flatMap(\.analysedParagraphs) }
        case .quote(let quote): return quote.blocks.flatMap(\.analysedParagraphs)
        case .disclosure(let disclosure):
            return (disclosure.summary.map { [$0] } ?? []) + disclosure.blocks.flatMap(\.analysedParagraphs)
        case .footnote(let footnote): return footnote.blocks.flatMap(\.analysedParagraphs)
        case .code, .image, .table, .rule: return []
        }
    }
}
