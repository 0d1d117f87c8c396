import Foundation
@testable import StudyKitModel
@testable import StudyKit

/// Analysed sentences for extraction tests, made by the real pipeline
/// (reader, heading detection, segmenter, tokenizer, stemmer).
enum TestAnalysis {
    struct Article {
        var sentences: [AnalysedSentence]
        var sections: [Section]
    }

    /// `path` picks the reader by extension (`.md` for Markdown).
    static func article(from text: String, path: String = "article.txt") -> Article {
        let analysis = try! TestSupport.analysis(text, path: path)
        return Article(sentences: analysis.sentences, sections: analysis.document.sections)
    }

    static func sentences(from text: String) -> [AnalysedSentence] {
        article(from: text).sentences
    }
}
