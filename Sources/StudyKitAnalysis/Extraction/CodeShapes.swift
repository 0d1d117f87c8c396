import Foundation
import StudyKitRules

/// Vendor exam-code shapes (`exam-names.json`): tells whether a word is an exam code,
/// whose, and which exam line it belongs to, so "SAA-C02" maps to the catalogue's SAA-C03.
struct CodeShapes: @unchecked Sendable {
    // NSRegularExpression is immutable and documented as safe to share between threads.
    private let shapes: [(rule: ExamNameRules.CodeShape, expression: NSRegularExpression)]
    /// Current catalogue code per exam line ("AWS SAA" → "SAA-C03").
    private let currentOfFamily: [String: String]

    struct Match: Sendable, Equatable {
        var vendor: String
        var needsCue: Bool
        /// The catalogue's current code of the same exam line, when there is one.
        var current: String?
    }

    init(rules: ExamNameRules, catalog: CertificationCatalog) {
        shapes = rules.codeShapes.compactMap { rule in
            (try? NSRegularExpression(pattern: rule.pattern)).map { (rule, $0) }
        }
        var current: [String: String] = [:]
        for exam in catalog.exams where exam.status != "retired" {
            for (rule, expression) in shapes {
                if let family = Self.family(of: exam.code, rule: rule, expression: expression) { current[family] = exam.code }
            }
        }
        currentOfFamily = current
    }

    /// The shape a word as written takes, if any.
    func match(_ word: String) -> Match? {
        for (rule, expression) in shapes {
            let range = NSRange(word.startIndex..., in: word)
            guard expression.firstMatch(in: word, range: range) != nil else { continue }
            let family = Self.family(of: word, rule: rule, expression: expression)
            return Match(vendor: rule.vendor, needsCue: rule.needsCue ?? false, current: family.flatMap { currentOfFamily[$0] })
        }
        return nil
    }

    private static func family(of code: String, rule: ExamNameRules.CodeShape, expression: NSRegularExpression) -> String? {
        guard let group = rule.family,
              let found = expression.firstMatch(in: code, range: NSRange(code.startIndex..., in: code)),
              let range = Range(found.range(at: group), in: code) else { return nil }
        return rule.vendor + " " + code[range].uppercased()
    }
}
