import Testing
@testable import studykit

/// "did you mean …?" for a mistyped command or option, and silence for one that is merely unknown.
struct SuggestionTests {
    @Test(arguments: [
        (["biuld"], "did you mean 'build'?"),
        (["anlyze", "x.txt"], "did you mean 'analyze'?"),
        (["sumary", "x.txt"], "did you mean 'summary'?"),
        (["build", "--jbos", "2"], "did you mean '--jobs'?"),
        (["summary", "x.txt", "--sentence", "3"], "did you mean '--sentences'?"),
        (["epub", "x.txt", "--tilte", "T"], "did you mean '--title'?"),
    ] as [([String], String)])
    func aNearMissIsNamed(arguments: [String], hint: String) {
        let result = CapturedIO.run(arguments)
        #expect(result.code == 64)
        #expect(result.error.contains(hint), "\(result.error)")
    }

    @Test(arguments: [["frobnicate"], ["build", "--colour"], ["analyze", "x.txt", "-q"]])
    func somethingUnrelatedGetsNoGuess(_ arguments: [String]) {
        let result = CapturedIO.run(arguments)
        #expect(result.code == 64)
        #expect(!result.error.contains("did you mean"), "\(result.error)")
    }

    @Test func distanceCountsASwapAsOneEdit() {
        #expect(NearestName.distance("biuld", "build") == 1)
        #expect(NearestName.distance("build", "build") == 0)
        #expect(NearestName.distance("", "abc") == 3)
        #expect(NearestName.distance("kitten", "sitting") == 3)
    }
}
