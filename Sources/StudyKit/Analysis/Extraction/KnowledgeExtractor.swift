/// Extracts certifications, domain coverage, role traits and a study path
/// from an analysed article, each claim backed by the article's own sentences.
public struct KnowledgeExtractor: Sendable {
    public let catalog: CertificationCatalog
    let rules: ExtractionRules
    let lexicon: RoleTraitLexicon

    public init(catalog: CertificationCatalog, rules: ExtractionRules, lexicon: RoleTraitLexicon) {
        self.catalog = catalog
        self.rules = rules
        self.lexicon = lexicon
    }

    /// Uses the bundled rules and trait lexicon.
    public init(catalog: CertificationCatalog) throws {
        self.init(catalog: catalog, rules: try .bundled(), lexicon: try .bundled())
    }

    public static func extract(sentences: [AnalysedSentence], sections: [Section], catalog: CertificationCatalog) throws -> Knowledge {
        try KnowledgeExtractor(catalog: catalog).extract(sentences: sentences, sections: sections)
    }

    public func extract(sentences: [AnalysedSentence], sections: [Section]) -> Knowledge {
        let mentions = MentionFinder(catalog: catalog).mentions(in: sentences)
        let context = ExamContext(sentences: sentences, sections: sections, mentions: mentions, catalog: catalog, rules: rules)
        // Exams in order of first mention; headings count (a title may name the only exam).
        var discussed: [String] = []
        var counts: [String: Int] = [:]
        for mention in mentions.joined() {
            if counts[mention.code] == nil { discussed.append(mention.code) }
            counts[mention.code, default: 0] += 1
        }
        let coverage = DomainCoverage(catalog: catalog, rules: rules, lexicon: lexicon)
        let certifications = discussed.compactMap { code in
            catalog.exam(code: code).map {
                coverage.finding(for: $0, sentences: sentences, context: context, mentions: counts[code] ?? 0)
            }
        }
        let roles = RoleTraitExtractor(catalog: catalog, rules: rules, lexicon: lexicon)
            .roles(sentences: sentences, context: context, discussed: discussed)
        let path = StudyPathFinder(catalog: catalog, rules: rules).path(sentences: sentences, context: context, discussed: discussed)
        return Knowledge(catalogVersion: catalog.version, certifications: certifications, roles: roles, studyPath: path)
    }
}
