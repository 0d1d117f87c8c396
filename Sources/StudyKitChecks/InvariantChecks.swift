import Foundation
import StudyKit

/// What must hold for any input bytes, read as any format: reading fails only with a one-line
/// `StudyKitError`; sentences tile the text in order; every span, section index and piece of
/// evidence points into the document it came from; every exporter renders, and the JSON parses.
/// Returns the broken invariants (empty when all hold) instead of trapping, so a test can list
/// them and the fuzzer can stop on them.
public enum InvariantChecks {
    /// Paths the fuzzer's first byte picks from, so the format chooser is fuzzed too.
    public static let fuzzPaths = ["fuzz.txt", "fuzz.md", "-", "fuzz"]

    /// A raw libFuzzer input: the first byte picks the path, the rest is the article.
    public static func violations(fuzzInput input: [UInt8], pipeline: Pipeline) -> [String] {
        guard let selector = input.first else { return [] }
        return violations(bytes: Array(input.dropFirst()), path: fuzzPaths[Int(selector) % fuzzPaths.count],
                          pipeline: pipeline)
    }

    /// An article's bytes read as if from `path` (its extension picks the reader; `-` sniffs).
    public static func violations(bytes: [UInt8], path: String, pipeline: Pipeline) -> [String] {
        var broken: [String] = []
        func require(_ condition: Bool, _ message: @autoclosure () -> String) {
            if !condition { broken.append(message()) }
        }
        checkSentenceRanges(bytes: bytes, segmenter: pipeline.language.segmenter, require: require)

        let document: Document
        do {
            document = try pipeline.reader.read(bytes: bytes, path: path)
        } catch let error as StudyKitError {
            require(!error.message.contains("\n"), "reader error spans several lines: \(error.message)")
            return broken
        } catch {
            return ["reader threw a non-StudyKitError: \(error)"]
        }
        checkDocument(document, require: require)
        let analysis = pipeline.analyse(document)
        checkAnalysis(analysis, require: require)
        for exporter in Exporters.all {
            do {
                let data = try exporter.render(analysis, effects: .recorded())
                require(!data.isEmpty, "\(exporter.fileName) is empty")
                if exporter.fileName.hasSuffix(".json") {
                    require((try? JSONSerialization.jsonObject(with: data)) != nil, "\(exporter.fileName) is not valid JSON")
                }
            } catch let error as StudyKitError {
                require(!error.message.contains("\n"), "\(exporter.fileName) error spans several lines")
            } catch {
                require(false, "\(exporter.fileName) threw a non-StudyKitError: \(error)")
            }
        }
        return broken
    }

    /// Sentence ranges are non-empty, in order, inside the text, and together cover every
    /// non-whitespace byte.
    static func checkSentenceRanges(bytes: [UInt8], segmenter: SentenceSegmenter,
                                    require: (Bool, @autoclosure () -> String) -> Void) {
        let text = String(decoding: bytes, as: UTF8.self)
        let utf8 = Array(text.utf8)
        var covered = [Bool](repeating: false, count: utf8.count)
        var previousEnd = 0
        for range in segmenter.sentenceRanges(in: text) {
            require(!range.isEmpty && range.lowerBound >= previousEnd && range.upperBound <= utf8.count,
                    "sentence range \(range) empty, out of order or outside \(utf8.count) bytes")
            guard range.lowerBound >= 0, range.upperBound <= utf8.count else { return }
            for index in range { covered[index] = true }
            previousEnd = range.upperBound
        }
        let whitespace: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        if let lost = utf8.indices.first(where: { !covered[$0] && !whitespace.contains(utf8[$0]) && utf8[$0] < 0x80 }) {
            require(false, "byte \(lost) ('\(UnicodeScalar(utf8[lost]))') is in no sentence")
        }
    }

    /// Spans inside the text, ids unique and valid, levels from 1.
    static func checkDocument(_ document: Document, require: (Bool, @autoclosure () -> String) -> Void) {
        let length = document.text.utf8.count
        func inside(_ span: TextSpan) -> Bool { span.start >= 0 && span.start <= span.end && span.end <= length }
        require(!document.sections.isEmpty, "a document without sections")
        var ids = Set<String>()
        for section in document.sections {
            require(ids.insert(section.id).inserted, "duplicate section id \(section.id)")
            require(isSlug(section.id), "section id \(section.id) is not lower-case ASCII words joined by hyphens")
            require(section.level >= 1, "section \(section.id) at level \(section.level)")
            if let span = section.headingSpan { require(inside(span), "heading span \(span) outside \(length) bytes") }
            for paragraph in section.paragraphs {
                require(inside(paragraph.span), "paragraph span \(paragraph.span) outside \(length) bytes")
            }
        }
        for removed in document.removed { require(inside(removed.span), "removed span \(removed.span) outside \(length) bytes") }
        if let title = document.titleHeading { require(inside(title.span), "title span outside the text") }
    }

    /// Lower-case ASCII letters, digits and hyphens, starting with a letter (an XML name and URL fragment).
    static func isSlug(_ id: String) -> Bool {
        guard let first = id.utf8.first, (0x61...0x7A).contains(first) else { return false }
        return id.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
    }

    /// Source spans of every table among `blocks`, nested ones included.
    static func tableSpans(_ blocks: [Block]) -> [TextSpan] {
        blocks.flatMap { block -> [TextSpan] in
            switch block {
            case .table(let table): return [table.span]
            case .list(let list): return tableSpans(list.items.flatMap(\.blocks))
            case .quote(let quote): return tableSpans(quote.blocks)
            case .disclosure(let disclosure): return tableSpans(disclosure.blocks)
            default: return []
            }
        }
    }

    /// Sentences index the analysed document's sections (topic sections included), figures add
    /// up, plain-text sentences are their source bytes, evidence is a sentence of the article
    /// or a row of one of its tables.
    static func checkAnalysis(_ analysis: Analysis, require: (Bool, @autoclosure () -> String) -> Void) {
        let document = analysis.document
        let length = document.text.utf8.count
        let sections = document.sections.count
        require(analysis.sectionStats.count == sections, "\(analysis.sectionStats.count) section figures for \(sections) sections")
        var next = 0
        for (index, stats) in analysis.sectionStats.enumerated() {
            require(stats.sentenceRange.lowerBound == next, "section \(index) sentences start at \(stats.sentenceRange.lowerBound), not \(next)")
            next = stats.sentenceRange.upperBound
        }
        require(next == analysis.sentences.count, "section sentence ranges end at \(next) of \(analysis.sentences.count)")
        require(analysis.stats.words == analysis.sectionStats.reduce(0) { $0 + $1.words }, "word counts do not add up")
        var spans = Set<TextSpan>()
        for (index, sentence) in analysis.sentences.enumerated() {
            require(!sentence.text.isEmpty, "sentence \(index) is empty")
            require(sentence.span.start >= 0 && sentence.span.end <= length, "sentence span \(sentence.span) outside \(length) bytes")
            require(sentence.sectionIndex >= 0 && sentence.sectionIndex < sections,
                    "sentence \(index) in section \(sentence.sectionIndex) of \(sections)")
            guard sentence.span.end <= length else { continue }
            spans.insert(sentence.span)
            if document.format == .plainText, !sentence.isHeading {
                let source = Whitespace.collapse(document.source(at: sentence.span))
                require(source == sentence.text, "sentence \(index) is not its source bytes: \(sentence.text.prefix(60))")
            }
        }
        var evidence: [Evidence] = []
        for exam in analysis.knowledge.certifications {
            evidence += exam.domains.flatMap(\.evidence) + exam.unmatchedTopics.flatMap(\.evidence)
        }
        evidence += analysis.knowledge.roles.flatMap { $0.traits.flatMap(\.evidence) }
        evidence += analysis.knowledge.studyPath.flatMap(\.evidence)
        // Extraction reads a table row as one sentence (its cells joined), so evidence is a sentence
        // of the analysis or a row inside one of the document's tables.
        let tables = tableSpans(document.sections.flatMap(\.blocks))
        for item in evidence {
            let inTable = item.span.start <= item.span.end && item.span.end <= length
                && tables.contains { $0.start <= item.span.start && item.span.end <= $0.end }
            require(spans.contains(item.span) || inTable, "evidence \(item.span) is no sentence or table row of the article")
        }
        for index in analysis.summary { require(analysis.sentences.indices.contains(index), "summary sentence \(index) out of range") }
    }
}
