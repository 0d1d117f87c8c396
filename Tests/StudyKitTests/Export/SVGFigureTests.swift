import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import StudyKit
@testable import StudyKitExport

struct SVGFigureTests {
    static let figures: [SVGFigure] = [
        .cover(title: SampleBook.hostileTitle + " " + SampleBook.longWord, subtitle: "AZ-104 & AZ-305"),
        .roadmap(title: "Path", steps: [RoadmapStep("AZ-900", note: "optional", optional: true),
                                        RoadmapStep("AZ-104"), RoadmapStep("AZ-305")]),
        .rangeChart(title: "Weights", bars: [RangeBar("A & B", low: 20, high: 25), RangeBar("<C>", low: 12.5, high: 7.25)]),
    ]

    @Test(arguments: 0..<figures.count)
    func figureIsWellFormedAccessibleAndDeterministic(index: Int) {
        let figure = Self.figures[index]
        #expect(XMLParser(data: Data(figure.bytes)).parse())
        #expect(figure.document.contains("<title id=") && figure.document.contains("<desc id="))
        #expect(figure.document.contains("role=\"img\""))
        #expect(!figure.document.contains("<C>") && !figure.document.contains("A & B"))
        let again = [SVGFigure.cover(title: SampleBook.hostileTitle + " " + SampleBook.longWord, subtitle: "AZ-104 & AZ-305"),
                     .roadmap(title: "Path", steps: [RoadmapStep("AZ-900", note: "optional", optional: true),
                                                     RoadmapStep("AZ-104"), RoadmapStep("AZ-305")]),
                     .rangeChart(title: "Weights", bars: [RangeBar("A & B", low: 20, high: 25),
                                                          RangeBar("<C>", low: 12.5, high: 7.25)])][index]
        #expect(again.bytes == figure.bytes)
    }

    @Test func roadmapDescribesStepsInOrder() {
        #expect(Self.figures[1].description == "Path: AZ-900 (optional), then AZ-104, then AZ-305.")
        #expect(Self.figures[2].description == "A & B: 20–25%; <C>: 7.3–12.5%.")
    }

    @Test(arguments: [(0.0, "0"), (12.5, "12.5"), (-0.04, "0"), (-3.25, "-3.3"), (100, "100"), (7.25, "7.3"), (Double.nan, "0")])
    func numbersHaveFixedFormat(value: Double, expected: String) {
        #expect(SVGLayout.number(value) == expected)
    }

    @Test(arguments: [("one two three four", 8.0, 3), (SampleBook.longWord, 10.0, 4), ("中文中文中文中文", 3.0, 2)])
    func wrappedLinesFit(text: String, maxEms: Double, maxLines: Int) {
        let lines = SVGLayout.wrap(text, maxEms: maxEms, maxLines: maxLines)
        #expect(!lines.isEmpty && lines.count <= maxLines)
        #expect(lines.allSatisfy { SVGLayout.width(of: Substring($0)) <= maxEms + 0.01 })
    }
}
