import StudyKitModel
import StudyKitRules
import StudyKitText

/// The rule words `SentenceRanking.informativeness` looks for, prepared once per run: folding each
/// meta phrase again and scanning word lists for every sentence made it a fifth of a 1 MB summary.
struct InformativenessCues {
    let factCues: Set<String>
    let narrationWords: Set<String>
    let anecdoteWords: Set<String>
    let captionOpenings: Set<String>
    let imperativeOpenings: Set<String>
    let uiActions: Set<String>
    let uiElements: Set<String>
    /// `metaPhrases`, folded for `TermSearch`, and their first words: a sentence without one of
    /// those is not folded at all.
    let metaPhrases: [[UInt8]]
    let metaPhraseFirstWords: Set<String>
    /// `keyPointDependentOpenings` as words, and their first words.
    let dependentOpenings: [[String]]
    let dependentOpeningFirstWords: Set<String>

    init(_ rules: SummaryRules.Informativeness) {
        factCues = Set(rules.factCues)
        narrationWords = Set(rules.narrationWords)
        anecdoteWords = Set(rules.anecdoteWords)
        captionOpenings = Set(rules.captionOpenings)
        imperativeOpenings = Set(rules.imperativeOpenings)
        uiActions = Set(rules.uiActions)
        uiElements = Set(rules.uiElements)
        metaPhrases = rules.metaPhrases.map(TermSearch.fold)
        metaPhraseFirstWords = Set(rules.metaPhrases.compactMap { $0.lowercased().split(separator: " ").first.map(String.init) })
        dependentOpenings = rules.keyPointDependentOpenings.map { $0.lowercased().split(separator: " ").map(String.init) }
        dependentOpeningFirstWords = Set(dependentOpenings.compactMap(\.first))
    }

    /// Whether the sentence opens with one of `dependentOpenings` (whole words, marks aside).
    func leansOnTheSentenceBefore(_ sentence: AnalysedSentence) -> Bool {
        let words = sentence.words
        guard let first = words.firstIndex(where: { $0.kind != .punctuation }),
              dependentOpeningFirstWords.contains(words[first].lower) else { return false }
        return dependentOpenings.contains { opening in
            var index = first
            for part in opening {
                while index < words.count, words[index].kind == .punctuation { index += 1 }
                guard index < words.count, words[index].lower == part else { return false }
                index += 1
            }
            return true
        }
    }
}
