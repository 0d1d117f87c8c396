import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitRules
@testable import StudyKitAnalysis

@Suite struct RankingToolsTests {
    @Test func bundledRulesLoad() throws {
        let tools = try RankingTools(rules: TestSupport.rules)
        #expect(tools.keyphrases.rules.maxWords > 0)
        #expect(tools.summarizer.rules.minContentWords > 0)
        #expect(tools.segmenter.rules.bandSentences > 0)
    }

    /// (rule file, key removed or broken, replacement as JSON text or nil to remove)
    static let breakages: [(String, String, String?)] = [
        ("keyphrase-rules", "fusionConstant", nil),
        ("keyphrase-rules", "partOfSpeech", #"{"verbs": 3}"#),
        ("keyphrase-rules", "spread", #""wide""#),
        ("summary-rules", "damping", nil),
        ("summary-rules", "minContentWords", #""four""#),
        ("topic-segmentation", "bandSentences", nil),
        ("topic-segmentation", "thresholdFactor", "[1]"),
    ]

    /// A malformed rule file is a StudyKitError naming the file and the key, never a crash.
    @Test(arguments: breakages.indices)
    func malformedRulesNameFileAndKey(_ index: Int) throws {
        let (name, key, value) = Self.breakages[index]
        let url = DataFile.url(named: name)
        var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        object[key] = try value.map { try JSONSerialization.jsonObject(with: Data($0.utf8), options: .fragmentsAllowed) }
        let data = try JSONSerialization.data(withJSONObject: object)
        let path = "/tmp/\(name).json"
        do {
            switch name {
            case "keyphrase-rules": _ = try DataFile.decode(KeyphraseRules.self, from: data, path: path)
            case "summary-rules": _ = try DataFile.decode(SummaryRules.self, from: data, path: path)
            default: _ = try DataFile.decode(TopicSegmentationRules.self, from: data, path: path)
            }
            Issue.record("\(name) without a valid \(key) was accepted")
        } catch let error as StudyKitError {
            guard case .badDataFile(let failingPath, let failingKey, _) = error else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(failingPath == path)
            #expect(failingKey.hasPrefix(key), "\(failingKey)")
            #expect(error.message.contains(name) && error.message.contains(key))
        }
    }
}
