import Foundation
import Testing
@testable import StudyKitText

/// Term search folds text byte by byte; it must fold exactly as `lowercased()` with straight
/// quotes would, or a term would stop matching the text it was found in.
@Suite struct TermSearchTests {
    /// The fold the byte-by-byte one replaced: `lowercased()`, then curly quotes made straight.
    static func slowFold(_ text: String) -> [UInt8] {
        Array(text.lowercased().replacingOccurrences(of: "‘", with: "'").replacingOccurrences(of: "’", with: "'")
            .replacingOccurrences(of: "“", with: "\"").replacingOccurrences(of: "”", with: "\"").utf8)
    }

    @Test(arguments: [
        "Plain ASCII, Mixed Case 42.",
        "Azure’s “Fundamentals” – AZ-900 ‘exam’ — done…",
        "ÉCOLE Ærøskøbing ΣΊΣΥΦΟΣ Straße ẞ İstanbul ǅemal Ω",
        "emoji 🙂 and CJK 中文 and Ｆｕｌｌｗｉｄｔｈ",
        "",
        "İİİ short then long: the dotted capital I lowers to two scalars",
    ])
    func foldsAsLowercasedDoes(_ text: String) {
        #expect(TermSearch.fold(text) == Self.slowFold(text))
    }

    @Test func findsWholeWordsInFoldedText() {
        let text = TermSearch.fold("The Straße of AZ-104’s admins")
        #expect(TermSearch.contains(TermSearch.fold("STRASSE"), in: text) == false)
        #expect(TermSearch.contains(TermSearch.fold("straße"), in: text))
        #expect(TermSearch.contains(TermSearch.fold("AZ-104's"), in: text))
        #expect(TermSearch.contains(TermSearch.fold("admin"), in: text) == false)
    }
}
