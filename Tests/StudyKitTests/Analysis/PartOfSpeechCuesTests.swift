import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitModel
@testable import StudyKitRules
@testable import StudyKitAnalysis

@Suite struct PartOfSpeechCuesTests {
    static let rules = try! TestSupport.rules.keyphrases.partOfSpeech

    /// Cues after reading `context`, and the analysed form of `word` as it appears there.
    static func cues(_ context: String) -> PartOfSpeechCues {
        var cues = PartOfSpeechCues(rules: rules)
        cues.observe(analysedSentences(context, oneSentencePerLine: true))
        return cues
    }

    static func word(_ text: String) -> Word {
        analysedSentences(text, oneSentencePerLine: true)[0].words[0]
    }

    /// (word, context it is read in, may it end a phrase?)
    static let endings: [(String, String, Bool)] = [
        ("operational", "Azure's operational rhythm matters.", false),       // adjective suffix -al
        ("symbiotic", "Corals host symbiotic algae.", false),                 // -ic
        ("massive", "A massive outage.", false),                             // -ive
        ("professional", "The professional knows the cloud.", true),          // listed noun
        ("professionals", "Professionals learn fast.", true),                 // adjectives do not inflect
        ("logic", "The business logic runs here.", true),                     // listed noun in -ic
        ("closed", "Ports closed during the pandemic.", false),               // past form
        ("speed", "The speed of light.", true),                              // -eed is not a past form
        ("kept", "Inventory kept costs low.", false),                         // irregular past
        ("relies", "Bread relies on yeast.", false),                          // listed verb, -ies form
        ("depends", "Efficiency depends on heat.", false),                    // listed verb, -s form
        ("governance", "Identity and governance matter.", true),
        ("quickly", "Teams move quickly.", false),                           // -ly adverb
        ("low", "Costs stay low.", false),                                   // listed adjective
        ("impairs", "Deprivation impairs the encoding.", false),              // inflected, before "the"
        ("sleep", "During deep sleep the brain rests.", true),                // bare form before "the": no verb cue
        ("fermentation", "During fermentation the bacteria work.", true),
    ]

    @Test(arguments: endings.indices)
    func phraseEndsNeedNounLikeWords(_ index: Int) {
        let (text, context, expected) = Self.endings[index]
        #expect(Self.cues(context).canEnd(Self.word(text), isName: false) == expected, "\(text) in: \(context)")
    }

    /// (word, context, at the phrase start?, may it stand there?)
    static let insides: [(String, String, Bool, Bool)] = [
        ("managed", "Use managed disks for speed.", true, true),               // participle as adjective
        ("exposed", "The pandemic exposed weaknesses.", false, false),          // listed verb's past form, inside
        ("using", "Deploy Azure using templates.", false, false),               // preposition-like participle
        ("design", "They design systems. The design is sound. A design review.", true, true),
        ("absorb", "Dark surfaces absorb heat.", false, false),
        ("solar", "Solar panels convert sunlight.", true, true),
        ("quickly", "Teams move quickly.", true, false),
        ("left", "The Romans left Britain.", true, false),                   // irregular past, even first
    ]

    @Test(arguments: insides.indices)
    func verbsNeverSitInsidePhrases(_ index: Int) {
        let (text, context, atStart, expected) = Self.insides[index]
        #expect(Self.cues(context).canStartOrContinue(Self.word(text), atStart: atStart) == expected, "\(text) in: \(context)")
    }

    /// (verb, forms that must be derived)
    static let inflections: [(String, [String])] = [
        ("rely", ["relies", "relied"]),
        ("manage", ["manages", "managed"]),
        ("pass", ["passes", "passed"]),
        ("stop", ["stops", "stopped"]),
        ("play", ["plays", "played"]),
    ]

    @Test(arguments: inflections.indices)
    func regularInflectionsAreDerived(_ index: Int) {
        let (verb, forms) = Self.inflections[index]
        let derived = PartOfSpeechCues.inflections(of: [verb])
        for form in forms { #expect(derived.contains(form), "\(verb) → \(form)") }
        #expect(derived.contains(verb))
    }

    /// (word, stops a phrase from running on?)
    static let stoppers: [(String, Bool)] = [
        ("temperatures", true), ("increases", true), ("glass", false), ("status", false), ("analysis", false),
        ("Kubernetes", false), ("cloud", false),
    ]

    @Test(arguments: stoppers.indices)
    func pluralsEndPhrases(_ index: Int) {
        let (text, expected) = Self.stoppers[index]
        #expect(Self.cues("").stopsPhrase(Self.word(text), isName: false) == expected, "\(text)")
    }

    /// (text, fragments that must not be keyphrases)
    static let fragments: [(String, [String])] = [
        ("Azure’s operational rhythm depends on its administrators. Azure’s operational teams watch dashboards. "
            + "The rhythm of Azure’s operational work is steady.", ["azure’s operational", "azure's operational", "operational"]),
        ("Sourdough bread relies on wild yeast. Sourdough bread needs time. Wild yeast relies on flour.",
            ["bread relies", "yeast relies", "relies"]),
        ("Ports closed during the pandemic. Ports closed again in winter. Shipping ports reopened slowly.",
            ["ports closed", "closed"]),
    ]

    @Test(arguments: fragments.indices)
    func extractorSkipsVerbAndAdjectiveFragments(_ index: Int) throws {
        let (text, unwanted) = Self.fragments[index]
        let phrases = try KeyphraseExtractor(rules: TestSupport.rules.keyphrases).keyphrases(in: analysedSentences(text), top: 20)
            .map { $0.phrase.lowercased() }
        #expect(!phrases.isEmpty)
        for fragment in unwanted { #expect(!phrases.contains(fragment), "\(fragment) in \(phrases)") }
    }
}
