import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitModel
@testable import StudyKitText
@testable import StudyKitExport

/// Seeded property tests: generated and mutated articles must never trap, sentence ranges must tile
/// the text, analysis spans must stay inside it, and every exporter must be a pure function.
/// The generator is deterministic, so a failure names its seed and replays exactly.
struct PropertyTests {
    /// SplitMix64: small, fast, and the same on every platform.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Pieces that steer the readers and the segmenter into their special cases.
    static let fragments = [
        "The", "cloud", "exam", "AZ-104", "SAA-C03", "e.g.", "i.e.", "Dr.", "U.S.", "etc.", "No.", "3.14", "40%",
        "it's", "don’t", "big-picture", "Zürich", "Привет", "你好", "مرحبا", "👩‍💻", "\u{00A0}", "\u{2003}", "\u{200B}",
        ".", "...", "…", "!", "?", "?!", ";", ":", ",", "(", ")", "[", "]", "\"", "“", "”", "'", "—", "-", "*", "_", "`",
        " ", " ", " ", " ", "\n", "\n\n", "\t", "\r\n",
        "# ", "## ", "###### ", "===", "---", "```", "~~~", "    ", "> ", "- ", "* ", "1. ", "2) ", "1.2 ",
        "[link](http://example.com)", "![img](a.png)", "<b>", "</b>", "<!-- x -->", "**bold**", "_em_",
        "---\ntitle: T\n---\n", "Chapter 3.", "Part 2:", "CONTENTS", "Introduction", "Would you like a summary eBook version?",
    ]

    static func randomArticle(_ generator: inout SeededGenerator) -> String {
        let count = Int.random(in: 0...160, using: &generator)
        var text = ""
        for _ in 0..<count { text += fragments.randomElement(using: &generator)! }
        return text
    }

    /// Byte-level edits of a real article: the mutations libFuzzer favours, minus the search.
    static func mutated(_ base: [UInt8], _ generator: inout SeededGenerator) -> [UInt8] {
        var bytes = base
        for _ in 0..<Int.random(in: 1...8, using: &generator) where !bytes.isEmpty {
            let at = Int.random(in: 0..<bytes.count, using: &generator)
            let length = min(bytes.count - at, Int.random(in: 1...64, using: &generator))
            switch Int.random(in: 0..<5, using: &generator) {
            case 0: bytes.removeSubrange(at..<(at + length))
            case 1: bytes.insert(contentsOf: Array(fragments.randomElement(using: &generator)!.utf8), at: at)
            case 2: bytes.insert(contentsOf: bytes[at..<(at + length)], at: at)
            case 3: bytes[at] = UInt8.random(in: 0...255, using: &generator)
            default: bytes.removeSubrange(at...)
            }
        }
        return bytes
    }

    static let seedArticle: [UInt8] = Array((try? Data(contentsOf: URL(fileURLWithPath: TestSupport.seedPath))) ?? Data())
    static let markdownArticle: [UInt8] = Array((try? Data(contentsOf: TestSupport.fixture("articles/az-204-vs-az-500.md"))) ?? Data())
    static let segmenter = try! SentenceSegmenter(rules: TestSupport.rules.sentences)

    /// Gaps between sentences hold only whitespace; sentences are in order, disjoint, trimmed.
    static func checkSentenceRanges(_ text: String, context: String) {
        let bytes = Array(text.utf8)
        let ranges = segmenter.sentenceRanges(in: text)
        var covered = 0
        for range in ranges {
            #expect(range.lowerBound >= covered && range.upperBound <= bytes.count && !range.isEmpty, "\(context): \(range)")
            guard range.lowerBound >= covered, range.upperBound <= bytes.count, !range.isEmpty else { return }
            #expect(onlyWhitespace(bytes[covered..<range.lowerBound]), "\(context): text dropped before \(range)")
            let sentence = String(decoding: bytes[range], as: UTF8.self).unicodeScalars
            #expect(!isWhitespace(sentence.first!) && !isWhitespace(sentence.last!), "\(context): \(range) not trimmed: U+\(String(sentence.first!.value, radix: 16)) … U+\(String(sentence.last!.value, radix: 16))")
            #expect((bytes[range.lowerBound] & 0xC0) != 0x80, "\(context): \(range) starts inside a character")
            covered = range.upperBound
        }
        #expect(onlyWhitespace(bytes[covered...]), "\(context): text dropped at the end")
    }

    /// Unicode White_Space (not Foundation's set, which on Linux also holds U+200B ZERO WIDTH SPACE).
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace }
    static func onlyWhitespace(_ bytes: ArraySlice<UInt8>) -> Bool {
        String(decoding: bytes, as: UTF8.self).unicodeScalars.allSatisfy(isWhitespace)
    }

    /// Reads, analyses and renders twice; the two renderings must be byte-identical.
    static func checkPipeline(_ bytes: [UInt8], path: String, context: String) {
        let pipeline = TestSupport.pipeline
        let document: Document
        do {
            document = try pipeline.reader.read(bytes: bytes, path: path)
        } catch let error as StudyKitError {
            #expect(error.exitCode == 65 && !error.message.contains("\n"), "\(context): \(error)")
            return
        } catch {
            Issue.record("\(context): not a StudyKitError: \(error)")
            return
        }
        let analysis = pipeline.analyse(document)
        let length = document.text.utf8.count
        for sentence in analysis.sentences {
            #expect(sentence.span.start >= 0 && sentence.span.end <= length, "\(context): span \(sentence.span) outside \(length)")
            #expect(analysis.document.sections.indices.contains(sentence.sectionIndex), "\(context)")
        }
        let again = pipeline.analyse(try! pipeline.reader.read(bytes: bytes, path: path))
        for exporter in Exporters.all {
            do {
                let first = try exporter.render(analysis, effects: TestSupport.effects)
                let second = try exporter.render(again, effects: TestSupport.effects)
                #expect(first == second, "\(context): \(exporter.fileName) differs between runs")
            } catch {
                Issue.record("\(context): \(exporter.fileName) failed: \(error)")
            }
        }
    }

    @Test(arguments: 0..<8)
    func generatedArticles(_ batch: Int) {
        var generator = SeededGenerator(seed: 0xA11CE + UInt64(batch))
        for round in 0..<40 {
            let text = Self.randomArticle(&generator)
            let context = "batch \(batch) round \(round)"
            Self.checkSentenceRanges(text, context: context)
            for path in ["p.txt", "p.md", "-"] {
                Self.checkPipeline(Array(text.utf8), path: path, context: "\(context) \(path)")
            }
        }
    }

    @Test(arguments: 0..<6)
    func mutatedRealArticles(_ batch: Int) {
        var generator = SeededGenerator(seed: 0xB0B + UInt64(batch))
        #expect(Self.seedArticle.count > 10_000 && Self.markdownArticle.count > 1_000)
        for round in 0..<10 {
            let markdown = round % 2 == 1
            let bytes = Self.mutated(markdown ? Self.markdownArticle : Self.seedArticle, &generator)
            let context = "batch \(batch) round \(round)"
            Self.checkSentenceRanges(String(decoding: bytes, as: UTF8.self), context: context)
            Self.checkPipeline(bytes, path: markdown ? "m.md" : "m.txt", context: context)
        }
    }

    /// The generator itself must be deterministic, or the other properties would not replay.
    @Test func generatorReplays() {
        var first = SeededGenerator(seed: 42), second = SeededGenerator(seed: 42)
        #expect(Self.randomArticle(&first) == Self.randomArticle(&second))
        #expect(Self.mutated(Self.seedArticle, &first) == Self.mutated(Self.seedArticle, &second))
    }
}
