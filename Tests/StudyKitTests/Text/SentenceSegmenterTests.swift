import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitText
@testable import StudyKitRules

/// One boundary rule: the text and the sentences it must give.
struct SegmentationCase: CustomTestStringConvertible, Sendable {
    let rule: String
    let text: String
    let sentences: [String]
    var testDescription: String { rule }
}

private let cases: [SegmentationCase] = [
    .init(rule: "period", text: "Azure is a cloud. It has regions.", sentences: ["Azure is a cloud.", "It has regions."]),
    .init(rule: "question mark", text: "Which exam first? Start with AZ-900.", sentences: ["Which exam first?", "Start with AZ-900."]),
    .init(rule: "exclamation mark", text: "You passed! Celebrate tonight.", sentences: ["You passed!", "Celebrate tonight."]),
    .init(rule: "repeated ?!", text: "Really?! Yes. Done!! Next??", sentences: ["Really?!", "Yes.", "Done!!", "Next??"]),
    .init(rule: "titles", text: "Dr. Patel and Mrs. Green reviewed it. Prof. Li agreed.",
          sentences: ["Dr. Patel and Mrs. Green reviewed it.", "Prof. Li agreed."]),
    .init(rule: "Latin e.g. and i.e.", text: "Some services, e.g. Azure Files, are cheap. Others, i.e. Premium SSD, are not.",
          sentences: ["Some services, e.g. Azure Files, are cheap.", "Others, i.e. Premium SSD, are not."]),
    .init(rule: "etc. ending a sentence", text: "It covers VMs, storage, networks etc. Then it moves on.",
          sentences: ["It covers VMs, storage, networks etc.", "Then it moves on."]),
    .init(rule: "etc. inside a sentence", text: "VMs, disks, etc. are covered.", sentences: ["VMs, disks, etc. are covered."]),
    .init(rule: "months before numbers", text: "The exam changed on Jan. 15 and again in Oct. 2024.",
          sentences: ["The exam changed on Jan. 15 and again in Oct. 2024."]),
    .init(rule: "month ending a sentence", text: "It launched in Sept. The reviews were good.",
          sentences: ["It launched in Sept.", "The reviews were good."]),
    .init(rule: "units", text: "Cut it to approx. 30 cm. Then glue it.", sentences: ["Cut it to approx. 30 cm.", "Then glue it."]),
    .init(rule: "corporate", text: "It was sold to Contoso Ltd. in May. Fabrikam Inc. It grew.",
          sentences: ["It was sold to Contoso Ltd. in May.", "Fabrikam Inc.", "It grew."]),
    .init(rule: "U.S. before a name", text: "She joined the U.S. Army reserve.", sentences: ["She joined the U.S. Army reserve."]),
    .init(rule: "U.S. ending a sentence", text: "She moved to the U.S. Then she studied.",
          sentences: ["She moved to the U.S.", "Then she studied."]),
    .init(rule: "U.S. before lower case", text: "He lived in the U.S. for years.", sentences: ["He lived in the U.S. for years."]),
    .init(rule: "a.m. inside", text: "The exam starts at 9 a.m. and ends at noon.", sentences: ["The exam starts at 9 a.m. and ends at noon."]),
    .init(rule: "p.m. ending", text: "It ends at 5 p.m. The results come later.", sentences: ["It ends at 5 p.m.", "The results come later."]),
    .init(rule: "a.m. introductory phrase", text: "At 8 a.m. Dr. Wu arrived.", sentences: ["At 8 a.m. Dr. Wu arrived."]),
    .init(rule: "p.m. before a time zone", text: "The call is at 3 p.m. EST on Monday.", sentences: ["The call is at 3 p.m. EST on Monday."]),
    .init(rule: "initials", text: "J. R. R. Tolkien wrote it. Ask Mary J. Blige.", sentences: ["J. R. R. Tolkien wrote it.", "Ask Mary J. Blige."]),
    .init(rule: "I ending a sentence", text: "It was you and I. We left early.", sentences: ["It was you and I.", "We left early."]),
    .init(rule: "page and number references", text: "See No. 5 on p. 12 and fig. 3 for details.", sentences: ["See No. 5 on p. 12 and fig. 3 for details."]),
    .init(rule: "possessive abbreviation", text: "That is Smith Jr.'s car.", sentences: ["That is Smith Jr.'s car."]),
    .init(rule: "numbers", text: "The score was 700. Passing needs 700 of 1000.", sentences: ["The score was 700.", "Passing needs 700 of 1000."]),
    .init(rule: "decimals and money", text: "It costs $5.50 per month. The free tier is $0.00. Nice.",
          sentences: ["It costs $5.50 per month.", "The free tier is $0.00.", "Nice."]),
    .init(rule: "times", text: "Labs open at 10:30. Bring ID.", sentences: ["Labs open at 10:30.", "Bring ID."]),
    .init(rule: "version numbers", text: "Install v1.2.3 first. Then upgrade to v2.0.1.", sentences: ["Install v1.2.3 first.", "Then upgrade to v2.0.1."]),
    .init(rule: "exam code then sentence", text: "Most people pass AZ-104. Then they take AZ-305.",
          sentences: ["Most people pass AZ-104.", "Then they take AZ-305."]),
    .init(rule: "exam code at the end", text: "The last step is AZ-104.", sentences: ["The last step is AZ-104."]),
    .init(rule: "exam code starting a sentence", text: "First pass AZ-900. AZ-104 comes next.", sentences: ["First pass AZ-900.", "AZ-104 comes next."]),
    .init(rule: "three dots inside", text: "I thought... maybe not. It was ... well, fine.", sentences: ["I thought... maybe not.", "It was ... well, fine."]),
    .init(rule: "three dots ending", text: "I waited... Nobody came.", sentences: ["I waited...", "Nobody came."]),
    .init(rule: "four dots", text: "He stopped talking.... The room was silent.", sentences: ["He stopped talking....", "The room was silent."]),
    .init(rule: "ellipsis character", text: "Wait… Then go. And… maybe.", sentences: ["Wait…", "Then go.", "And… maybe."]),
    .init(rule: "spaced three dots", text: "The cloud . . . is vast. So . . . I stayed.", sentences: ["The cloud . . . is vast.", "So . . . I stayed."]),
    .init(rule: "spaced four dots after a space", text: "It ends here . . . . Another begins.", sentences: ["It ends here . . . .", "Another begins."]),
    .init(rule: "spaced four dots after a word", text: "It ends here. . . . Another begins.", sentences: ["It ends here.", ". . . Another begins."]),
    .init(rule: "bracketed ellipsis", text: "\"Plans [...]\" (Lee 4). Done.", sentences: ["\"Plans [...]\" (Lee 4).", "Done."]),
    .init(rule: "quote ends a sentence", text: "He said, \"Study daily.\" Then he left.", sentences: ["He said, \"Study daily.\"", "Then he left."]),
    .init(rule: "quote inside a sentence", text: "\"Study daily.\" he said.", sentences: ["\"Study daily.\" he said."]),
    .init(rule: "smart quotes", text: "She wrote, “Pass first.” Then she smiled. ‘Done!’ Then silence.",
          sentences: ["She wrote, “Pass first.”", "Then she smiled.", "‘Done!’", "Then silence."]),
    .init(rule: "question inside quotes", text: "“Ready?” she asked. 'Now?' he said.", sentences: ["“Ready?” she asked.", "'Now?' he said."]),
    .init(rule: "parenthesis ending a sentence", text: "(See the docs.) Then deploy.", sentences: ["(See the docs.)", "Then deploy."]),
    .init(rule: "parenthesis inside a sentence", text: "Use zones (they are free.) for resilience.", sentences: ["Use zones (they are free.) for resilience."]),
    .init(rule: "brand with exclamation", text: "She works at Yahoo! in sales.", sentences: ["She works at Yahoo! in sales."]),
    .init(rule: "numbered list without periods", text: "1. Create a VM 2. Attach a disk 3. Start it",
          sentences: ["1. Create a VM", "2. Attach a disk", "3. Start it"]),
    .init(rule: "numbered list with periods", text: "1) Plan. 2) Build. 3.) Run.", sentences: ["1) Plan.", "2) Build.", "3.) Run."]),
    .init(rule: "lettered list", text: "a) plan the network b) build it c) run it", sentences: ["a) plan the network", "b) build it", "c) run it"]),
    .init(rule: "inline bullets", text: "• Plan the network • Deploy 2 VMs", sentences: ["• Plan the network", "• Deploy 2 VMs"]),
    .init(rule: "hyphen list on lines", text: "Steps:\n- Create a group\n- Add a VM", sentences: ["Steps:", "- Create a group", "- Add a VM"]),
    .init(rule: "numbered list on lines", text: "Steps:\n1. Create\n2. Deploy", sentences: ["Steps:", "1. Create", "2. Deploy"]),
    .init(rule: "dash list on lines", text: "Tasks:\n– Back up\n— Restore", sentences: ["Tasks:", "– Back up", "— Restore"]),
    .init(rule: "blank line", text: "A heading\n\nBody text here.", sentences: ["A heading", "Body text here."]),
    .init(rule: "blank line with CRLF", text: "Windows\r\n\r\nLinux", sentences: ["Windows", "Linux"]),
    .init(rule: "blank line after an abbreviation", text: "Ask Dr.\n\nNext part.", sentences: ["Ask Dr.", "Next part."]),
    .init(rule: "single line break", text: "A sentence that wraps\nonto the next line.", sentences: ["A sentence that wraps\nonto the next line."]),
    .init(rule: "URL", text: "Read https://learn.microsoft.com/en-us/azure/. It helps. Go to www.example.com/a?b=1 for more.",
          sentences: ["Read https://learn.microsoft.com/en-us/azure/.", "It helps.", "Go to www.example.com/a?b=1 for more."]),
    .init(rule: "e-mail", text: "Mail exam.help@example.co.uk. We reply fast.", sentences: ["Mail exam.help@example.co.uk.", "We reply fast."]),
    .init(rule: "dashes and curly apostrophe", text: "It’s AZ-305—not AZ-104. Choose wisely.", sentences: ["It’s AZ-305—not AZ-104.", "Choose wisely."]),
]

@Suite struct SentenceSegmenterTests {
    let segmenter: SentenceSegmenter

    init() throws {
        segmenter = try SentenceSegmenter(rules: TestSupport.rules.sentences)
    }

    @Test(arguments: cases)
    func splitsByRule(_ example: SegmentationCase) {
        #expect(segmenter.sentences(in: example.text) == example.sentences)
    }

    @Test func examplesInDataFile() throws {
        let rules = try TestSupport.rules.sentences
        let examples = try #require(rules.examples)
        #expect(!examples.isEmpty)
        for example in examples {
            #expect(segmenter.sentences(in: example.text) == example.sentences, "\(example.text)")
        }
    }

    /// Ranges are ordered, trimmed, and cover every non-whitespace byte exactly once.
    @Test(arguments: cases.map(\.text) + [
        "", "   ", "\n\n", "Trailing space.  \u{00A0}", "  Leading. Space ", "No end", "Mixed\u{2003}spaces.\u{00A0}Next one.", "Odd\u{205F}spaces\u{1680}. Here.\u{3000}",
        "...", ". . . .", "?!", "• • •", "1.", "a)", "“”", "Dr.", "x\n\n\ny",
    ])
    func rangesCoverText(_ text: String) {
        let bytes = Array(text.utf8)
        let ranges = segmenter.sentenceRanges(in: text)
        var covered = [Bool](repeating: false, count: bytes.count)
        var previousEnd = 0
        for range in ranges {
            #expect(range.lowerBound >= previousEnd && !range.isEmpty)
            previousEnd = range.upperBound
            let sentence = String(decoding: bytes[range], as: UTF8.self)
            #expect(sentence == sentence.trimmingCharacters(in: .whitespacesAndNewlines))
            for i in range { covered[i] = true }
        }
        let uncovered = String(decoding: bytes.indices.filter { !covered[$0] }.map { bytes[$0] }, as: UTF8.self)
        #expect(uncovered.allSatisfy { $0.isWhitespace })
    }

    @Test func repeatedAbbreviationIsBadData() throws {
        let json = #"""
        {"schema": 1, "abbreviations": {"a": {"ending": "never", "words": ["dr"]}, "b": {"ending": "beforeCapital", "words": ["Dr"]}},
         "sentenceStarters": [], "timeZones": [], "introductoryPhraseMaxWords": 3, "inlineBullets": [], "lineStartBullets": [], "lineStartDashes": []}
        """#
        let rules = try DataFile.decode(SentenceRules.self, from: Data(json.utf8), path: "test.json")
        #expect(throws: StudyKitError.self) { try SentenceSegmenter(rules: rules) }
    }

    @Test func largeInputStaysLinear() {
        // Pathological repeats (abbreviations, dots, bullets) must not backtrack.
        let text = String(repeating: "Dr. a.b.c. . . . • 1. ", count: 50_000)
        let ranges = segmenter.sentenceRanges(in: text)
        #expect(!ranges.isEmpty && ranges.last!.upperBound == text.utf8.count - 1)
    }
}
