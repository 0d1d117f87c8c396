/// The stem and stop-word flag of each lower-case word already analysed in one run of
/// sentences. Articles repeat their words (the seed: ~6,000 words, ~1,500 distinct), and a
/// dictionary lookup costs less than stemming and a stop-word lookup again.
/// One per thread: it is a plain value, passed `inout`.
package struct WordForms {
    package struct Form {
        package var stem: String
        package var isStopWord: Bool
    }

    private var known: [String: Form] = [:]

    package init() {}

    package mutating func form(of lower: String, stemmer: EnglishStemmer, stopWords: StopWords) -> Form {
        if let form = known[lower] { return form }
        let form = Form(stem: stemmer.stem(lower), isStopWord: stopWords.contains(lower))
        known[lower] = form
        return form
    }
}
