import Testing
@testable import StudyKit
@testable import StudyKitText

/// Text and its tokens written as "kind:text".
struct TokenCase: CustomTestStringConvertible, Sendable {
    let text: String
    let tokens: [String]
    var testDescription: String { text }
}

private let cases: [TokenCase] = [
    .init(text: "Pass AZ-104 and SAA-C03.", tokens: ["word:Pass", "code:AZ-104", "word:and", "code:SAA-C03", "punctuation:."]),
    .init(text: "SC-900, CLF-C02 or 220-1101", tokens: ["code:SC-900", "punctuation:,", "code:CLF-C02", "word:or", "code:220-1101"]),
    .init(text: "COVID-19 EC2 v1.2.3", tokens: ["code:COVID-19", "code:EC2", "code:v1.2.3"]),
    .init(text: "big-picture, detail-oriented 24-hour", tokens: ["word:big-picture", "punctuation:,", "word:detail-oriented", "word:24-hour"]),
    .init(text: "it's don't architect’s rock'n'roll", tokens: ["word:it's", "word:don't", "word:architect’s", "word:rock'n'roll"]),
    .init(text: "the students’ notes", tokens: ["word:the", "word:students", "punctuation:’", "word:notes"]),
    .init(text: "AZ-305—strategically", tokens: ["code:AZ-305", "punctuation:—", "word:strategically"]),
    .init(text: "40% of 20–25% pass", tokens: ["number:40%", "word:of", "number:20–25%", "word:pass"]),
    .init(text: "2.5 1,000 10:30 $5.50", tokens: ["number:2.5", "number:1,000", "number:10:30", "punctuation:$", "number:5.50"]),
    .init(text: "5th 1990s 10-20 2019-2020", tokens: ["number:5th", "number:1990s", "number:10-20", "number:2019-2020"]),
    .init(text: "See https://learn.microsoft.com/en-us/azure/.", tokens: ["word:See", "code:https://learn.microsoft.com/en-us/azure/", "punctuation:."]),
    .init(text: "(www.example.com/a_(b))", tokens: ["punctuation:(", "code:www.example.com/a_(b)", "punctuation:)"]),
    .init(text: "mail jane.doe@example.com.", tokens: ["word:mail", "code:jane.doe@example.com", "punctuation:."]),
    .init(text: "e.g. U.S. teams", tokens: ["word:e.g.", "word:U.S.", "word:teams"]),
    .init(text: "Wait... (really)", tokens: ["word:Wait", "punctuation:...", "punctuation:(", "word:really", "punctuation:)"]),
    .init(text: "“Quoted” café naïve", tokens: ["punctuation:“", "word:Quoted", "punctuation:”", "word:café", "word:naïve"]),
    .init(text: "'90s -- well", tokens: ["punctuation:'", "number:90s", "punctuation:--", "word:well"]),
    .init(text: "AZ-104-certified staff", tokens: ["code:AZ-104", "punctuation:-", "word:certified", "word:staff"]),
    .init(text: "AZ-305’s scope, SC-900's too", tokens: ["code:AZ-305", "punctuation:’s", "word:scope", "punctuation:,", "code:SC-900", "punctuation:'s", "word:too"]),
    .init(text: "end.Next 3 - 4", tokens: ["code:end.Next", "number:3", "punctuation:-", "number:4"]),
]

@Suite struct TokenizerTests {
    @Test(arguments: cases)
    func tokenizes(_ example: TokenCase) {
        let tokens = Tokenizer().tokens(in: example.text)
        #expect(tokens.map { "\($0.kind.rawValue):\($0.text)" } == example.tokens)
    }

    @Test(arguments: cases.map(\.text))
    func rangesMatchText(_ text: String) {
        let bytes = Array(text.utf8)
        var previousEnd = 0
        for token in Tokenizer().tokens(in: text) {
            #expect(token.range.lowerBound >= previousEnd)
            previousEnd = token.range.upperBound
            #expect(String(decoding: bytes[token.range], as: UTF8.self) == token.text)
        }
    }

    @Test(arguments: [("It’s", "it's"), ("AZ-104", "az-104"), ("ÉCOLE", "école"), ("Don’t", "don't"), ("plain", "plain")])
    func lowercases(_ word: String, _ expected: String) {
        #expect(Tokenizer.lowercased(word) == expected)
    }
}
