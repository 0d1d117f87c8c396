import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitStructure
@testable import StudyKitAnalysis

@Suite struct PhraseIndexTests {
    /// Phrases whose ASCII fast path must cut exactly what the Unicode path cuts.
    static let phrases = [
        "Azure Virtual Networks", "AZ-104", "don't", "-lead", "trail-", "C++", "a  b\tc\nd", "x/y",
        "Node.js", "it's-", "'quoted'", "Role-Based Access Control (RBAC)", "IPv6 & DNS", "3-tier", "A--B",
        "", "   ", "UPPER lower 42", "e-mail's", "v1.2.3", "\u{0B}\u{0C}\r",
    ]

    @Test(arguments: phrases)
    func asciiSplitMatchesUnicodeSplit(_ phrase: String) throws {
        let fast = try #require(PhraseIndex<Int>.splitASCII(phrase))
        #expect(fast == PhraseIndex<Int>.splitUnicode(phrase), "\(phrase.debugDescription)")
    }

    @Test func nonASCIIUsesTheUnicodePath() {
        #expect(PhraseIndex<Int>.splitASCII("Café’s menu") == nil)
        #expect(PhraseIndex<Int>.split("Café’s menu") == ["café's", "menu"])
        #expect(PhraseIndex<Int>.split("Role-Based Access Control (RBAC)")
                == ["role-based", "access", "control", "(", "rbac", ")"])
    }
}
