import Foundation
import StudyKitSupport
import StudyKitAnalysis

/// `quiz.md`: the questions, then an answer key with the evidence sentence.
/// Each question links to its answer and each answer back to its question
/// (HTML anchors, which every common Markdown renderer keeps).
public struct QuizExporter: Exporter {
    public let fileName = "quiz.md"

    public init() {}

    public func render(_ analysis: Analysis, effects: Effects) throws -> Data {
        let quiz = analysis.studyAids.quiz
        let titles = Dictionary(analysis.document.sections.map { ($0.id, $0.title ?? "Introduction") }, uniquingKeysWith: { a, _ in a })
        return Data(markdown(quiz, title: analysis.document.metadata.title, sectionTitles: titles).utf8)
    }

    func markdown(_ quiz: Quiz, title: String, sectionTitles: [String: String] = [:]) -> String {
        let esc = { (text: String) in MarkdownText.escapeInline(text) }
        var lines = ["# Quiz: \(esc(title))", ""]
        guard !quiz.questions.isEmpty else {
            lines.append("The article gave too little to ask about: no defined terms, no facts with key terms, no exam domains.")
            return lines.joined(separator: "\n") + "\n"
        }
        lines.append(quiz.questions.count == 1
            ? "1 question; the answer, with the sentence it rests on, is at the end."
            : "\(quiz.questions.count) questions; the answers, with the sentence each rests on, are at the end.")
        lines.append("")
        lines.append("## Questions")
        lines.append("")
        for question in quiz.questions {
            lines.append("<a id=\"q\(question.number)\"></a>")
            lines.append("")
            lines.append("### Question \(question.number)")
            lines.append("")
            lines.append(esc(question.prompt))
            lines.append("")
            for (index, option) in question.options.enumerated() {
                lines.append("- **\(Quiz.letter(index)).** \(esc(option))")
            }
            if !question.options.isEmpty { lines.append("") }
            lines.append("[Answer \(question.number)](#a\(question.number))")
            lines.append("")
        }
        lines.append("## Answers")
        lines.append("")
        for question in quiz.questions {
            lines.append("<a id=\"a\(question.number)\"></a>")
            lines.append("")
            let letter = question.answerLetter.map { "**\($0).** " } ?? ""
            lines.append("**\(question.number).** \(letter)\(esc(question.answer))")
            lines.append("")
            if let evidence = question.evidence {
                lines.append("> \(esc(evidence.text))")
                lines.append("")
            }
            lines.append("[Back to question \(question.number)](#q\(question.number))")
            lines.append("")
        }
        if !quiz.reviews.isEmpty {
            lines.append("## Chapter review")
            lines.append("")
            lines.append("A few questions per section, to check yourself after reading it; the answer follows each.")
            lines.append("")
            for review in quiz.reviews {
                lines.append("### \(esc(sectionTitles[review.section] ?? review.section))")
                lines.append("")
                for question in review.questions {
                    lines.append("\(question.number). \(esc(question.prompt))")
                    for (index, option) in question.options.enumerated() { lines.append("   - \(Quiz.letter(index)). \(esc(option))") }
                    lines.append("")
                    lines.append("   *Answer:* " + (question.answerLetter.map { "\($0). " } ?? "") + esc(question.answer))
                    lines.append("")
                }
            }
        }
        return lines.joined(separator: "\n")
    }
}
