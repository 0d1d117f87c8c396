import StudyKitModel
import StudyKitStructure

/// Gives structure to text that has none: an article with no headings (a wall of
/// paragraphs) is cut at topic shifts into sections titled from their keyphrases.
/// Real headings always win: any heading in the text turns this off.
struct TopicSections {
    let language: LanguageKit
    /// Fewer paragraphs than this stay one section.
    static let minimumParagraphs = 6

    /// The document re-cut into topical sections, or nil when it already has headings
    /// or is too short to need them.
    func split(_ analysis: Analysis) -> Document? {
        var document = analysis.document
        guard document.sections.count == 1, let only = document.sections.first, only.origin == .introduction,
              only.paragraphs.count >= Self.minimumParagraphs else { return nil }
        let sentences = analysis.sentences
        let starts = language.ranking.segmenter.boundaries(in: sentences)
        // Map each boundary sentence to the block holding its paragraph; cut only between blocks.
        var firstParagraphOfBlock: [Int] = []
        var paragraphCount = 0
        for block in only.blocks {
            firstParagraphOfBlock.append(paragraphCount)
            paragraphCount += block.analysedParagraphs.count
        }
        var cutBlocks: [Int] = []
        for start in starts where sentences.indices.contains(start) {
            let paragraph = sentences[start].paragraphIndex
            guard let block = firstParagraphOfBlock.lastIndex(where: { $0 <= paragraph }), block > 0 else { continue }
            if cutBlocks.last != block { cutBlocks.append(block) }
        }
        guard !cutBlocks.isEmpty else { return nil }
        let bounds = [0] + cutBlocks + [only.blocks.count]
        firstParagraphOfBlock.append(paragraphCount)
        // Body paragraphs are numbered after the title line, when the text has one.
        let offset = document.titleHeading == nil ? 0 : 1
        var ids = SectionIDMaker()
        var used: Set<String> = []
        var sections: [Section] = []
        var next = 0
        for part in 0..<(bounds.count - 1) {
            let blocks = Array(only.blocks[bounds[part]..<bounds[part + 1]])
            // This part's sentences, already analysed (sentences are in paragraph order).
            let paragraphEnd = offset + firstParagraphOfBlock[bounds[part + 1]]
            var own: [AnalysedSentence] = []
            while next < sentences.count && sentences[next].paragraphIndex < paragraphEnd {
                if !sentences[next].isHeading { own.append(sentences[next]) }
                next += 1
            }
            let title = self.title(for: own, avoiding: used)
            used.insert(title)
            sections.append(Section(id: ids.id(for: title), title: title, level: 1, headingSpan: nil,
                                    blocks: blocks, origin: .topic))
        }
        document.sections = sections
        return document
    }

    /// The segment's best keyphrase in title case; a second one joins it if the first is taken.
    private func title(for sentences: [AnalysedSentence], avoiding used: Set<String>) -> String {
        let phrases = language.ranking.keyphrases.keyphrases(in: sentences, top: 3).map { Self.titleCased($0.phrase) }
        guard let first = phrases.first else { return "Untitled Part" }
        if !used.contains(first) { return first }
        if phrases.count > 1 { return "\(first) and \(phrases[1])" }
        return first
    }

    static func titleCased(_ phrase: String) -> String {
        phrase.split(separator: " ").map { word in
            word.first!.isLowercase ? word.prefix(1).uppercased() + word.dropFirst() : String(word)
        }.joined(separator: " ")
    }
}
