import Foundation
import StudyKitRules

/// Running headers and footers of paginated text (RFCs, reports, books printed to text):
/// a line that comes back page after page, the same but for its numbers ("Smith   Standards
/// Track   [Page 4]"), laid out in columns or naming the page. They are not the article:
/// they are set aside as removed text, and never taken for headings.
struct PageFurniture {
    let rules: HeadingRules

    /// Indices of the units that are page furniture.
    func indices(in units: [TextUnit]) -> Set<Int> {
        var byShape: [String: [Int]] = [:]
        for (index, unit) in units.enumerated() where unit.lineCount == 1 && unit.singleLine.utf8.count <= rules.maxCharacters {
            byShape[Self.shape(unit.singleLine), default: []].append(index)
        }
        var found = Set<Int>()
        for (shape, members) in byShape where members.count >= rules.furnitureMinRepeats {
            let sample = units[members[0]].text.trimmingCharacters(in: .whitespaces)
            let laidOut = sample.range(of: #"\S {3,}\S"#, options: .regularExpression) != nil
            let namesPage = rules.furniturePatterns.contains { HeadingRules.matches($0, sample) }
            if (laidOut || namesPage) && !shape.isEmpty { found.formUnion(members) }
        }
        return found
    }

    /// The line with every digit run made "#" and whitespace runs one space.
    static func shape(_ line: String) -> String {
        var out = ""
        var inDigits = false
        for character in line {
            if character.isNumber {
                if !inDigits { out.append("#") }
                inDigits = true
            } else {
                inDigits = false
                out.append(character)
            }
        }
        return out
    }
}
