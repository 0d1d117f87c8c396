import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `flashcards.tsv`: Anki's plain-text import format. File headers say how to read
/// the columns, so a user only picks the file: separator, HTML, and which column
/// holds the GUID, note type, deck and tags. Each note keeps a stable GUID (from the
/// deck and front), so re-importing an updated guide updates cards instead of
/// duplicating them.
public struct FlashcardsExporter: Exporter {
    public let fileName = "flashcards.tsv"

    public init() {}

    /// Column order: guid, notetype, deck, front (Front/Text), back (Back/Back Extra), tags.
    static let headers = [
        "#separator:tab",
        "#html:true",
        "#guid column:1",
        "#notetype column:2",
        "#deck column:3",
        "#tags column:6",
    ]

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        let cards = analysis.studyAids.flashcards
        return Data(tsv(cards, title: analysis.document.metadata.title).utf8)
    }

    func tsv(_ cards: [Flashcard], title: String) -> String {
        let deck = Self.deckName(title: title)
        var lines = Self.headers
        for card in cards {
            let front = Self.frontHTML(card)
            let fields = [Self.guid(deck: deck, front: front), card.noteType.rawValue, deck, front,
                          Self.html(card.back), card.tags.joined(separator: " ")]
            lines.append(fields.map(Self.field).joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// "StudyKit::<title>"; `::` inside the title would make sub-decks, so it becomes `:`.
    static func deckName(title: String) -> String {
        var name = title.replacingOccurrences(of: "::", with: ":")
        while name.contains("::") { name = name.replacingOccurrences(of: "::", with: ":") }
        return "StudyKit::" + name
    }

    /// Front in HTML; cloze cards wrap the gap in `{{c1::…}}`.
    static func frontHTML(_ card: Flashcard) -> String {
        guard let gap = card.gap else { return html(card.front) }
        return html(gap.before) + "{{c1::" + html(gap.answer) + "}}" + html(gap.after)
    }

    /// HTML text for a field: `&`, `<`, `>` escaped, line breaks as `<br>`.
    static func html(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\n", "\r": out += "<br>"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// One field as Anki's reader expects: no tab or line break inside, and a
    /// field that holds a quote is quoted with inner quotes doubled.
    static func field(_ text: String) -> String {
        var value = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\t": value += " "
            case "\n", "\r": value += "<br>"
            default: value.unicodeScalars.append(scalar)
            }
        }
        guard value.contains("\"") else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// 20 hex digits of SHA-1(deck, U+001F, front): stable across builds, distinct per card.
    static func guid(deck: String, front: String) -> String {
        let digest = SHA1.digest(Array((deck + "\u{1F}" + front).utf8))
        return digest.prefix(10).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
