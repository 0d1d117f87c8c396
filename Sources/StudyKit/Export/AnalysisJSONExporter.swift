import Foundation

/// `analysis.json`: the analysis as JSON with stable, documented keys (see README).
/// Later stages add keys; none is renamed.
public struct AnalysisJSONExporter: Exporter {
    public let fileName = "analysis.json"

    public init() {}

    public func render(_ analysis: Analysis) throws -> Data {
        Data(json(analysis).rendered().utf8)
    }

    public func json(_ analysis: Analysis) -> JSONValue {
        let document = analysis.document
        let stats = analysis.stats
        var root: [(String, JSONValue)] = [
            ("title", .string(document.metadata.title)),
            ("source", .string((document.metadata.source as NSString).lastPathComponent)),
            ("format", .string(document.format.rawValue)),
            ("language", .string(document.metadata.language)),
            ("stats", .object([
                ("words", .int(stats.words)),
                ("sentences", .int(stats.sentences)),
                ("paragraphs", .int(stats.paragraphs)),
                ("readingMinutes", .int(stats.readingMinutes)),
            ])),
        ]
        root.append(("sections", .array(document.sections.enumerated().map { index, section in
            let figures = analysis.sectionStats[index]
            return .object([
                ("id", .string(section.id)),
                ("title", section.title.map(JSONValue.string) ?? .null),
                ("level", .int(section.level)),
                ("origin", .string(section.origin.rawValue)),
                ("words", .int(figures.words)),
                ("paragraphs", .int(figures.paragraphs)),
                ("keyphrases", Self.keyphrases(analysis.sectionKeyphrases.indices.contains(index) ? analysis.sectionKeyphrases[index] : [])),
                ("summary", .array(analysis.keyPoints(ofSection: index).map(Self.sentence))),
            ])
        })))
        root.append(("keyphrases", Self.keyphrases(analysis.keyphrases)))
        root.append(("summary", .array(analysis.summarySentences.map(Self.sentence))))
        root.append(("removed", .array(document.removed.map { removed in
            .object([
                ("text", .string(removed.text)),
                ("reason", .string(removed.reason)),
                ("start", .int(removed.span.start)),
                ("end", .int(removed.span.end)),
            ])
        })))
        return .object(root)
    }

    static func keyphrases(_ phrases: [Keyphrase]) -> JSONValue {
        .array(phrases.map { .object([("phrase", .string($0.phrase)), ("score", .double($0.score))]) })
    }

    /// A sentence as evidence: its text and its UTF-8 offsets in the article.
    static func sentence(_ sentence: AnalysedSentence) -> JSONValue {
        .object([("text", .string(sentence.text)), ("start", .int(sentence.span.start)), ("end", .int(sentence.span.end))])
    }
}
