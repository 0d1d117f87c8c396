/// A deterministic SVG picture with an accessible name (`<title>`) and
/// description (`<desc>`), usable as a standalone `.svg` item (e.g. the cover
/// image) or inline in an `XHTMLPage` via `XHTMLBody.svg(_:)`.
public struct SVGFigure: Sendable, Equatable {
    public let width: Int
    public let height: Int
    /// Short accessible name.
    public let title: String
    /// Longer description: what the picture shows, in words.
    public let description: String
    /// Base for the ids of `<title>`/`<desc>`; made unique per page when inlined.
    public let idBase: String
    /// The drawing itself (escaped markup).
    let shapes: String

    /// The `<svg>` element with ids prefixed by `prefix`.
    func markup(idPrefix prefix: String) -> String {
        let titleID = prefix + "-title", descID = prefix + "-desc"
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""
        out += " width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\""
        out += " role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">\n"
        out += "<title id=\"\(titleID)\">\(XMLText.escape(title))</title>\n"
        out += "<desc id=\"\(descID)\">\(XMLText.escape(description))</desc>\n"
        out += shapes + "</svg>"
        return out
    }

    /// Inline form (no XML declaration), ids based on `idBase`.
    public var inlineMarkup: String { markup(idPrefix: idBase) }

    /// A standalone SVG document for an `image/svg+xml` manifest item.
    public var document: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + markup(idPrefix: idBase) + "\n"
    }

    public var bytes: [UInt8] { Array(document.utf8) }
}

/// One box of a roadmap, e.g. `RoadmapStep("AZ-900", note: "optional", optional: true)`.
public struct RoadmapStep: Sendable, Equatable {
    public var label: String
    public var note: String?
    /// Drawn with a dashed outline.
    public var optional: Bool

    public init(_ label: String, note: String? = nil, optional: Bool = false) {
        self.label = label
        self.note = note
        self.optional = optional
    }
}

/// One bar of a range chart: a share given as low...high percent (e.g. exam weight 20–25 %).
public struct RangeBar: Sendable, Equatable {
    public var label: String
    public var low: Double
    public var high: Double

    public init(_ label: String, low: Double, high: Double) {
        self.label = label
        self.low = low
        self.high = high
    }
}

extension SVGFigure {
    private static let ink = "#1b2a3a", accent = "#2f6f9f", pale = "#e6eef5"
    private static let fontAttributes = "font-family=\"sans-serif\" fill=\"\(ink)\""

    /// A 600×800 cover: the title wrapped over up to six lines, a subtitle
    /// (e.g. "AZ-104 · AZ-305") below it.
    public static func cover(title: String, subtitle: String, idBase: String = "cover") -> SVGFigure {
        let n = SVGLayout.number
        let width = 600.0, height = 800.0
        var fontSize = 48.0
        var lines = SVGLayout.wrap(title, maxEms: 500 / fontSize, maxLines: 6)
        if lines.count > 4 {
            fontSize = 38
            lines = SVGLayout.wrap(title, maxEms: 500 / fontSize, maxLines: 6)
        }
        let subtitleLines = SVGLayout.wrap(subtitle, maxEms: 500 / 26, maxLines: 2)
        var shapes = "<rect x=\"0\" y=\"0\" width=\"\(n(width))\" height=\"\(n(height))\" fill=\"\(ink)\"/>\n"
        shapes += "<rect x=\"40\" y=\"120\" width=\"520\" height=\"6\" fill=\"\(accent)\"/>\n"
        shapes += "<rect x=\"40\" y=\"600\" width=\"520\" height=\"6\" fill=\"\(accent)\"/>\n"
        let lineHeight = fontSize * 1.2
        let blockTop = 360 - lineHeight * Double(lines.count) / 2 + fontSize
        shapes += SVGLayout.centredLines(lines, x: width / 2, y: blockTop, fontSize: fontSize,
                                         lineHeight: lineHeight,
                                         attributes: "font-family=\"serif\" font-weight=\"bold\" fill=\"#ffffff\"")
        shapes += SVGLayout.centredLines(subtitleLines, x: width / 2, y: 660, fontSize: 26, lineHeight: 32,
                                         attributes: "font-family=\"sans-serif\" fill=\"\(pale)\"")
        let description = subtitle.isEmpty ? "Cover of \(title)." : "Cover of \(title): \(subtitle)."
        return SVGFigure(width: Int(width), height: Int(height), title: title,
                         description: description, idBase: idBase, shapes: shapes)
    }

    /// Steps left to right joined by arrows, e.g. AZ-900 (optional) → AZ-104 → AZ-305.
    public static func roadmap(title: String, steps: [RoadmapStep], idBase: String = "roadmap") -> SVGFigure {
        let n = SVGLayout.number
        let boxWidth = 170.0, boxHeight = 90.0, gap = 60.0, margin = 20.0, top = 20.0
        let count = max(steps.count, 1)
        let width = margin * 2 + Double(count) * boxWidth + Double(count - 1) * gap
        let height = top * 2 + boxHeight
        var shapes = ""
        for (index, step) in steps.enumerated() {
            let x = margin + Double(index) * (boxWidth + gap)
            let dash = step.optional ? " stroke-dasharray=\"8 5\"" : ""
            let fill = step.optional ? "#ffffff" : pale
            shapes += "<rect x=\"\(n(x))\" y=\"\(n(top))\" width=\"\(n(boxWidth))\" height=\"\(n(boxHeight))\""
            shapes += " rx=\"10\" fill=\"\(fill)\" stroke=\"\(accent)\" stroke-width=\"3\"\(dash)/>\n"
            let labelLines = SVGLayout.wrap(step.label, maxEms: (boxWidth - 20) / 20, maxLines: 2)
            let noteLines = step.note.map { SVGLayout.wrap($0, maxEms: (boxWidth - 20) / 14, maxLines: 1) } ?? []
            let blockHeight = Double(labelLines.count) * 24 + Double(noteLines.count) * 18
            let firstBaseline = top + (boxHeight - blockHeight) / 2 + 18
            shapes += SVGLayout.centredLines(labelLines, x: x + boxWidth / 2, y: firstBaseline, fontSize: 20,
                                             lineHeight: 24, attributes: "font-weight=\"bold\" " + fontAttributes)
            shapes += SVGLayout.centredLines(noteLines, x: x + boxWidth / 2,
                                             y: firstBaseline + Double(labelLines.count) * 24 - 2,
                                             fontSize: 14, lineHeight: 18, attributes: fontAttributes)
            if index + 1 < steps.count {
                let startX = x + boxWidth + 6, endX = x + boxWidth + gap - 6, midY = top + boxHeight / 2
                shapes += "<line x1=\"\(n(startX))\" y1=\"\(n(midY))\" x2=\"\(n(endX - 12))\" y2=\"\(n(midY))\""
                shapes += " stroke=\"\(ink)\" stroke-width=\"3\"/>\n"
                shapes += "<polygon points=\"\(n(endX - 14)),\(n(midY - 8)) \(n(endX)),\(n(midY))"
                shapes += " \(n(endX - 14)),\(n(midY + 8))\" fill=\"\(ink)\"/>\n"
            }
        }
        let spoken = steps.map { step in
            step.note.map { "\(step.label) (\($0))" } ?? step.label
        }.joined(separator: ", then ")
        return SVGFigure(width: Int(width), height: Int(height), title: title,
                         description: steps.isEmpty ? "No steps." : "Path: \(spoken).",
                         idBase: idBase, shapes: shapes)
    }

    /// Horizontal bars on a 0–100 % axis, one per range, labelled "low–high%".
    public static func rangeChart(title: String, bars: [RangeBar], idBase: String = "ranges") -> SVGFigure {
        let n = SVGLayout.number
        let labelWidth = 220.0, plotWidth = 400.0, valueWidth = 90.0, rowHeight = 36.0, top = 30.0
        let width = labelWidth + plotWidth + valueWidth + 20
        let height = top + Double(bars.count) * rowHeight + 16
        let plotLeft = labelWidth + 10
        var shapes = ""
        for tick in stride(from: 0, through: 100, by: 25) {
            let x = plotLeft + plotWidth * Double(tick) / 100
            shapes += "<line x1=\"\(n(x))\" y1=\"\(n(top - 6))\" x2=\"\(n(x))\" y2=\"\(n(height - 10))\""
            shapes += " stroke=\"#c8d3de\" stroke-width=\"1\"/>\n"
            shapes += "<text x=\"\(n(x))\" y=\"\(n(top - 12))\" font-size=\"12\" text-anchor=\"middle\" "
            shapes += fontAttributes + ">\(tick)%</text>\n"
        }
        var spoken: [String] = []
        for (index, bar) in bars.enumerated() {
            let low = min(max(min(bar.low, bar.high), 0), 100), high = min(max(max(bar.low, bar.high), 0), 100)
            let y = top + Double(index) * rowHeight
            let label = SVGLayout.wrap(bar.label, maxEms: (labelWidth - 10) / 14, maxLines: 1).first ?? ""
            shapes += "<text x=\"\(n(labelWidth))\" y=\"\(n(y + 23))\" font-size=\"14\" text-anchor=\"end\" "
            shapes += fontAttributes + ">\(XMLText.escape(label))</text>\n"
            let barX = plotLeft + plotWidth * low / 100
            let barWidth = max(plotWidth * (high - low) / 100, 3)
            shapes += "<rect x=\"\(n(barX))\" y=\"\(n(y + 8))\" width=\"\(n(barWidth))\" height=\"\(n(rowHeight - 14))\""
            shapes += " rx=\"3\" fill=\"\(accent)\"/>\n"
            let value = low == high ? "\(n(low))%" : "\(n(low))–\(n(high))%"
            shapes += "<text x=\"\(n(plotLeft + plotWidth + 10))\" y=\"\(n(y + 23))\" font-size=\"14\" "
            shapes += fontAttributes + ">\(value)</text>\n"
            spoken.append("\(bar.label): \(value)")
        }
        return SVGFigure(width: Int(width), height: Int(height), title: title,
                         description: bars.isEmpty ? "No data." : spoken.joined(separator: "; ") + ".",
                         idBase: idBase, shapes: shapes)
    }
}
