import Foundation
import StudyKitSupport
import StudyKitModel
import StudyKitText
import StudyKitAnalysis

/// `analysis.json`: the analysis as JSON with stable, documented keys (see README).
/// Later stages add keys; none is renamed.
public struct AnalysisJSONExporter: Exporter {
    public let fileName = "analysis.json"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        json(analysis).renderedData()
    }

    /// Streams the JSON to the file in 1 MB pieces: a book's analysis is tens of megabytes.
    public func stage(_ analysis: Analysis, for url: URL) throws -> URL {
        let json = json(analysis)
        return try FileAccess.stage(for: url) { handle in
            try json.write { try handle.write(contentsOf: $0) }
        }
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
        root.append(contentsOf: knowledge(analysis))
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

    /// `certifications`, `roles` and `studyPath`, every claim with its evidence.
    func knowledge(_ analysis: Analysis) -> [(String, JSONValue)] {
        let knowledge = analysis.knowledge
        let evidence = { (items: [Evidence]) -> JSONValue in
            .array(items.map { Self.evidence($0, in: analysis.document) })
        }
        let optional = { (text: String?) -> JSONValue in text.map(JSONValue.string) ?? .null }
        let certifications = JSONValue.array(knowledge.certifications.map { exam in
            .object([
                ("code", .string(exam.code)),
                ("title", .string(exam.title)),
                ("catalogued", .bool(exam.catalogued)),
                ("writtenAs", .array(exam.writtenAs.map(JSONValue.string))),
                ("role", optional(exam.role)),
                ("level", optional(exam.level)),
                ("vendor", optional(exam.vendor)),
                ("mentions", .int(exam.mentions)),
                ("domains", .array(exam.domains.map { domain in
                    .object([
                        ("name", .string(domain.name)),
                        ("weight", optional(domain.weight)),
                        ("articleWeight", optional(domain.articleWeight)),
                        ("catalogueWeight", optional(domain.catalogueWeight)),
                        ("source", .string(domain.source.rawValue)),
                        ("coverage", .double(domain.coverage)),
                        ("evidence", evidence(domain.evidence)),
                    ])
                })),
                ("unmatchedTopics", .array(exam.unmatchedTopics.map { topic in
                    .object([("topic", .string(topic.topic)), ("evidence", evidence(topic.evidence))])
                })),
            ])
        })
        let roles = JSONValue.array(knowledge.roles.map { role in
            .object([
                ("name", .string(role.name)),
                ("certification", .string(role.certification)),
                ("traits", .array(role.traits.map { trait in
                    .object([("trait", .string(trait.trait)), ("kind", .string(trait.kind)),
                             ("polarity", .string(trait.polarity.rawValue)), ("evidence", evidence(trait.evidence))])
                })),
            ])
        })
        let path = JSONValue.array(knowledge.studyPath.map { step in
            .object([
                ("code", .string(step.code)),
                ("optional", .bool(step.optional)),
                ("why", .string(step.why)),
                ("source", .string(step.source.rawValue)),
                ("evidence", evidence(step.evidence)),
            ])
        })
        let order = JSONValue.string(knowledge.articleRecommendsOrder ? "article"
                                     : knowledge.studyPath.isEmpty ? "none" : "catalogue")
        return [("certifications", certifications), ("roles", roles), ("studyPathSource", order), ("studyPath", path)]
    }

    /// Evidence as it stands in the article: the exact source text at its span when the
    /// sentence was read verbatim, so `text` is always a substring of the article.
    static func evidence(_ item: Evidence, in document: Document) -> JSONValue {
        var text = item.text
        if item.span.end <= document.text.utf8.count {
            let source = document.source(at: item.span)
            if Whitespace.collapse(source) == item.text { text = source }
        }
        return .object([("text", .string(text)), ("start", .int(item.span.start)), ("end", .int(item.span.end))])
    }

    static func keyphrases(_ phrases: [Keyphrase]) -> JSONValue {
        .array(phrases.map { .object([("phrase", .string($0.phrase)), ("score", .double($0.score))]) })
    }

    /// A sentence as evidence: its text and its UTF-8 offsets in the article.
    static func sentence(_ sentence: AnalysedSentence) -> JSONValue {
        .object([("text", .string(sentence.text)), ("start", .int(sentence.span.start)), ("end", .int(sentence.span.end))])
    }
}
