import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitStructure

/// Heading rules that look at the whole document: an outline's numbered questions, a book's
/// title page, a version line under a title, an RFC's column header, separators under sentences.
struct HeadingDocumentRulesTests {
    static let paragraph = """
        This paragraph is ordinary body text, wrapped at a fixed width the way
        plain-text documents are, and long enough to read as running prose.
        """

    static func headings(in text: String) throws -> [String] {
        try TestSupport.document(text).sections.filter { $0.origin == .heading }.compactMap(\.title)
    }

    /// A FAQ numbered "1.", "1.1.", "1.2.": its numbered questions are headings however long.
    static let faq = """
        1. Building

        \(paragraph)

        1.1. When building the tool, 'make' dies partway with an assertion
        failure, something like this:

        \(paragraph)

        1.2. The program runs fine, but at exit it produces a bunch of errors
        involving the allocator and then dies with a segmentation fault.

        \(paragraph)

        1.3. Why does the checker not find the array overruns in this program?

        \(paragraph)

        2. Running

        \(paragraph)

        2.1. My program crashes normally, but does not under the tool, or vice
        versa. What is happening?

        \(paragraph)

        """

    @Test func outlineQuestionsAreHeadingsHoweverLong() throws {
        let found = try Self.headings(in: Self.faq)
        #expect(found.count == 6, "\(found)")
        #expect(found.contains { $0.hasPrefix("1.1. When building") && $0.hasSuffix("like this:") })
        let levels = try TestSupport.document(Self.faq).sections.filter { $0.origin == .heading }.map(\.level)
        #expect(levels == [1, 2, 2, 2, 1, 2])
    }

    /// Out of sequence ("1.4" after "1.1") or under no numbered heading, such lines stay text.
    @Test func numbersOutOfSequenceStayText() throws {
        let broken = Self.faq.replacingOccurrences(of: "1.2. The program", with: "1.7. The program")
        let found = try Self.headings(in: broken)
        #expect(found.contains { $0.hasPrefix("1.1.") }, "\(found)")
        #expect(!found.contains { $0.hasPrefix("1.7.") }, "\(found)")
    }

    /// Among short numbered titles, a long numbered clause is a clause.
    @Test func longClauseAmongShortTitlesStaysText() throws {
        let text = """
            2. Scope

            2.1 Who is covered

            \(Self.paragraph)

            2.2 Exclusions

            \(Self.paragraph)

            2.3 Where a client contract sets stricter limits than this policy, the
                stricter limits apply for all travel charged to that contract.

            3. Booking

            \(Self.paragraph)

            """
        let found = try Self.headings(in: text)
        #expect(found.contains("2.2 Exclusions"))
        #expect(!found.contains { $0.hasPrefix("2.3") }, "\(found)")
    }

    @Test func shortNumberedLineOverAHangingDefinitionStandsAlone() throws {
        let text = """
            1. Definitions

            1.1. "Contributor"
                means each individual or legal entity that creates, contributes to
                the creation of, or owns Covered Software.

            1.2. "Contribution"
                means Covered Software of a particular Contributor, and the notice
                that goes with it.

            1.3. "Covered Software"
                means Source Code Form to which the initial Contributor has attached
                the notice in Exhibit A.

            """
        let found = try Self.headings(in: text)
        #expect(found.contains("1.2. \"Contribution\""), "\(found)")
    }

    @Test func titlePageLinesAboveABylineAreTheTitle() throws {
        let text = "Frankenstein;\n\nor, the Modern Prometheus\n\nby Mary Wollstonecraft Shelley\n\n\nLetter 1\n\n\(Self.paragraph)\n\nLetter 2\n\n\(Self.paragraph)\n"
        let document = try TestSupport.document(text)
        #expect(document.metadata.title == "Frankenstein; or, the Modern Prometheus")
        #expect(try Self.headings(in: text) == ["Letter 1", "Letter 2"])
    }

    @Test func versionLineUnderTheTitleIsNoHeading() throws {
        let text = "GNU LESSER GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\n\(Self.paragraph)\n\n0. Additional Definitions.\n\n\(Self.paragraph)\n"
        let found = try Self.headings(in: text)
        #expect(!found.contains { $0.hasPrefix("Version") }, "\(found)")
        #expect(found.contains("0. Additional Definitions."))
    }

    @Test func centredTitleUnderAnRFCHeaderIsTheTitle() throws {
        let text = """
            Independent Submission                                       K. Zeilenga
            Request for Comments: 5805                                 Isode Limited
            Category: Experimental                                        March 2010
            ISSN: 2070-1721


                   Lightweight Directory Access Protocol (LDAP) Transactions

            Abstract

               \(Self.paragraph)

            1. Introduction

               \(Self.paragraph)

            """
        #expect(try TestSupport.document(text).metadata.title == "Lightweight Directory Access Protocol (LDAP) Transactions")
    }

    @Test func sentenceOverASeparatorIsNoHeading() throws {
        let text = "1.1. How do you pronounce it?\n\(Self.paragraph)\n\nDon't feel bad: almost everyone gets it wrong at first.\n------------------------------------------------------------------------\n\n\(Self.paragraph)\n"
        let found = try Self.headings(in: text)
        #expect(!found.contains { $0.hasPrefix("Don't") }, "\(found)")
    }

    @Test func underlinedTitleInAnOutlineKeepsNoDashes() throws {
        let rule = String(repeating: "-", count: 72)
        let text = "\(rule)\n1. Background\n\(rule)\n\n\(Self.paragraph)\n\n\(rule)\n2. Compiling\n\(rule)\n\n\(Self.paragraph)\n\n\(rule)\n3. Running\n\(rule)\n\n\(Self.paragraph)\n"
        let found = try Self.headings(in: text)
        #expect(found.contains("1. Background") || found.contains("2. Compiling"), "\(found)")
        #expect(!found.contains { $0.contains("---") }, "\(found)")
    }

    /// A book's part, a titled section in capitals, and bare section numbers under it nest in that order.
    @Test func bareSectionNumbersSitUnderTheTitledHeading() throws {
        let text = "FIRST PART. THE DISCOURSES.\n\n\nTHE PROLOGUE.\n\n\n1.\n\n\(Self.paragraph)\n\n2.\n\n\(Self.paragraph)\n\n3.\n\n\(Self.paragraph)\n"
        let sections = try TestSupport.document("A BOOK.\n\n\n" + text).sections.filter { $0.origin == .heading }
        #expect(sections.compactMap(\.title) == ["FIRST PART. THE DISCOURSES.", "THE PROLOGUE.", "1.", "2.", "3."])
        #expect(sections.map(\.level) == [1, 2, 3, 3, 3])
    }

    /// Numbers alone that do not count up are no headings (a column of figures).
    @Test func bareNumbersOutOfOrderStayText() throws {
        let text = "\(Self.paragraph)\n\n7.\n\n\(Self.paragraph)\n\n3.\n\n\(Self.paragraph)\n\n12.\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: text).isEmpty)
    }

    /// "[Illustration]" between a chapter line and its text does not hide the text.
    @Test func placeholderUnderAChapterStandsAside() throws {
        let text = "[Illustration]\n\n\n\nCHAPTER XII.\n\n\n[Illustration]\n\n\(Self.paragraph)\n\n\nCHAPTER XIII.\n\n\n[Illustration]\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: text).contains("CHAPTER XIII."))
    }

    /// A separator under a paragraph is no underline, and the line after it starts afresh.
    @Test func lineAfterASeparatorUnderAParagraphIsItsOwn() throws {
        let rule = String(repeating: "~", count: 70)
        let text = "     \(Self.paragraph.replacingOccurrences(of: "\n", with: "\n     "))\n\(rule)\n\t\t\tLesson 1.1:  MOVING THE CURSOR\n\n\n   ** To move the cursor, press the keys as indicated. **\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: text).contains { $0.hasPrefix("Lesson 1.1") })
    }

    /// Review cases: an author line needs a capital name; a change log's versions stay headings;
    /// an indented paragraph is still body text; "There are no prerequisites" lists none (see OpenWorld).
    @Test func reviewedMisfiresStayFixed() throws {
        let guide = "Kubernetes Basics\n\nIntroduction\n\nBy the end of this guide you will deploy an app to a cluster of your own.\n\n\(Self.paragraph)\n"
        #expect(try TestSupport.document(guide).metadata.title == "Kubernetes Basics")
        let log = "Changelog\n\nVersion 2.1.0 (2024-05-01)\n\n\(Self.paragraph)\n\nVersion 2.0.0 (2024-01-10)\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: log).contains("Version 2.1.0 (2024-05-01)"))
        let letters = "The First Letter\n\n        \(Self.paragraph.replacingOccurrences(of: "\n", with: "\n        "))\n\nThe Second Letter\n\n        \(Self.paragraph.replacingOccurrences(of: "\n", with: "\n        "))\n"
        #expect(try Self.headings(in: letters).contains("The Second Letter"))
    }

    /// Chapters numbered "1.", "2." after a Preface with its own text are the Preface's siblings.
    @Test func bareChaptersAfterAPrefaceAreItsSiblings() throws {
        let text = "A BOOK.\n\n\nPREFACE.\n\n\(Self.paragraph)\n\n\n1.\n\n\(Self.paragraph)\n\n2.\n\n\(Self.paragraph)\n\n3.\n\n\(Self.paragraph)\n"
        let sections = try TestSupport.document(text).sections.filter { $0.origin == .heading }
        #expect(sections.compactMap(\.title) == ["PREFACE.", "1.", "2.", "3."])
        #expect(Set(sections.map(\.level)).count == 1, "\(sections.map(\.level))")
    }

    /// "2. Data Types" over a code listing fills the gap between the numbered headings "1." and
    /// "3.": the numbering, not what follows, makes it a heading. A step list under a heading
    /// ("2. Open the file.") ends in a full stop and stays text.
    @Test func numberedLineInTheGapBetweenNumberedHeadingsIsOne() throws {
        let text = """
            Protocol Notes

            1. Introduction

            \(Self.paragraph)

            2. Data Types

            WINDOWID { XID }
            CRTC { XID }

            3. Errors

            \(Self.paragraph)

            1. Install the package.
            2. Open the file.

            4. Requests

            \(Self.paragraph)
            """
        let found = try Self.headings(in: text)
        #expect(found == ["1. Introduction", "2. Data Types", "3. Errors", "4. Requests"], "\(found)")
    }

    /// "Recommendation: Fully controlled component" lines, three or more alone before paragraphs,
    /// are headings one level under the plain headings; a single label line stays text.
    @Test func labelTitlesUsedThroughoutAreSubheadings() throws {
        let text = """
            Derived State

            Common Bugs

            \(Self.paragraph)

            Anti-pattern: Copying props to state

            \(Self.paragraph)

            Anti-pattern: Erasing state when props change

            \(Self.paragraph)

            Preferred Solutions

            \(Self.paragraph)

            Recommendation: Fully controlled component

            \(Self.paragraph)
            """
        let sections = try TestSupport.document(text).sections.filter { $0.origin == .heading }
        #expect(sections.compactMap(\.title) == ["Common Bugs", "Anti-pattern: Copying props to state", "Anti-pattern: Erasing state when props change",
                                                 "Preferred Solutions", "Recommendation: Fully controlled component"])
        #expect(sections.map(\.level) == [1, 2, 2, 1, 2])
        let once = "Derived State\n\nCommon Bugs\n\n\(Self.paragraph)\n\nAnti-pattern: Copying props to state\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: once) == ["Common Bugs"])
    }

    /// An admonition's label ("Note") on a line of its own is no heading.
    @Test func admonitionLabelIsNoHeading() throws {
        let text = "Derived State\n\nCommon Bugs\n\n\(Self.paragraph)\n\nNote\n\n\(Self.paragraph)\n"
        #expect(try Self.headings(in: text) == ["Common Bugs"])
    }
}
