import StudyKitModel
import StudyKitRules
import StudyKitText

/// Turns the units of a plain-text article into read blocks: residue removed,
/// headings found by shape, list items grouped, a table of contents set aside.
struct PlainTextStructure {
    let headingRules: HeadingRules
    let residue: ResidueDetector
    let listRules: CompiledSentenceRules

    func blocks(for text: String) -> [ReadBlock] {
        var ordered: [(Int, ReadBlock)] = []
        var units: [TextUnit] = []
        for unit in PlainTextReader(text: text, listRules: listRules, ownLine: headingRules.isContentsEntry).units() {
            if let reason = residue.reason(for: unit.text) {
                ordered.append((unit.span.start, .removed(RemovedText(text: unit.singleLine, span: unit.span, reason: reason))))
            } else {
                units.append(unit)
            }
        }
        let furniture = PageFurniture(rules: headingRules).indices(in: units)
        for index in furniture.sorted() {
            let unit = units[index]
            ordered.append((unit.span.start, .removed(RemovedText(text: unit.singleLine, span: unit.span, reason: "page header or footer"))))
        }
        units = units.indices.filter { !furniture.contains($0) }.map { units[$0] }
        let roles = HeadingDetector(rules: headingRules).roles(for: units)
        var list: [Paragraph] = []
        var listOrdered = false
        var listStart = 0
        var listNumber = 1
        func closeList() {
            guard !list.isEmpty else { return }
            ordered.append((listStart, .body(.list(ListBlock(ordered: listOrdered, start: listNumber, paragraphs: list)))))
            list = []
        }
        for (index, unit) in units.enumerated() {
            switch roles[index] {
            case .heading(let title, let level):
                closeList()
                var span = unit.span
                if index + 1 < units.count, roles[index + 1] == .continuation { span.end = units[index + 1].span.end }
                ordered.append((unit.span.start, .heading(Heading(title: title, level: level, span: span))))
            case .continuation:
                continue
            case .contentsTitle:
                closeList()
                ordered.append((unit.span.start, .heading(Heading(title: unit.singleLine, level: 1, span: unit.span))))
            case .tableOfContents:
                closeList()
                ordered.append((unit.span.start, .removed(RemovedText(text: unit.singleLine, span: unit.span, reason: "table of contents"))))
            case .body where unit.lineCount == 1 && PlainTextReader.isRule(Substring(unit.text)):
                closeList()
                ordered.append((unit.span.start, .body(.rule)))
            case .body:
                let paragraph = Paragraph(text: unit.text, span: unit.span, isVerbatim: true)
                if let marker = unit.listMarker {
                    if list.isEmpty {
                        listStart = unit.span.start
                        listOrdered = marker.contains(where: \.isNumber)
                        listNumber = Int(marker.filter(\.isNumber)) ?? 1
                    }
                    list.append(paragraph)
                } else {
                    closeList()
                    ordered.append((unit.span.start, .body(.paragraph(paragraph))))
                }
            }
        }
        closeList()
        return ordered.sorted { $0.0 < $1.0 }.map(\.1)
    }
}
