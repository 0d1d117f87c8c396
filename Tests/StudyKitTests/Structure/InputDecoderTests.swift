import Foundation
import Testing
@testable import StudyKit
@testable import StudyKitSupport
@testable import StudyKitText
@testable import StudyKitStructure

struct InputDecoderTests {
    struct BadCase: CustomTestStringConvertible, Sendable {
        var name: String
        var bytes: [UInt8]
        var reasonFragment: String
        var testDescription: String { name }
    }

    static let badCases: [BadCase] = [
        BadCase(name: "empty", bytes: [], reasonFragment: "empty file"),
        BadCase(name: "whitespace only", bytes: Array(" \n\t\n  \r\n".utf8), reasonFragment: "no text"),
        BadCase(name: "NUL byte", bytes: Array("abc".utf8) + [0] + Array("def".utf8), reasonFragment: "NUL byte at offset 3"),
        BadCase(name: "lone continuation byte", bytes: Array("Hello ".utf8) + [0x80] + Array(" world".utf8), reasonFragment: "invalid UTF-8 at byte offset 6"),
        BadCase(name: "truncated sequence", bytes: Array("Caf".utf8) + [0xC3], reasonFragment: "invalid UTF-8 at byte offset 3"),
        BadCase(name: "overlong encoding", bytes: [0x41, 0xC0, 0xAF], reasonFragment: "invalid UTF-8 at byte offset 1"),
        BadCase(name: "UTF-16 surrogate in UTF-8", bytes: [0x41, 0xED, 0xA0, 0x80], reasonFragment: "invalid UTF-8 at byte offset 1"),
        BadCase(name: "Latin-1 text", bytes: Array("na".utf8) + [0xEF] + Array("ve caf".utf8) + [0xE9], reasonFragment: "invalid UTF-8"),
        BadCase(name: "control characters", bytes: Array(repeating: 0x01, count: 50) + Array("ab".utf8), reasonFragment: "binary data"),
    ]

    @Test(arguments: badCases)
    func refusesWhatIsNotText(_ badCase: BadCase) {
        #expect {
            _ = try InputDecoder.decode(badCase.bytes, path: "in.txt")
        } throws: { error in
            guard let error = error as? StudyKitError, case .badInput(let path, let reason) = error else { return false }
            return path == "in.txt" && reason.contains(badCase.reasonFragment) && error.exitCode == 65
        }
    }

    @Test func randomBytesAreRefused() {
        var generator = SeededGenerator(seed: 42)
        for _ in 0..<50 {
            let bytes = (0..<512).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(throws: StudyKitError.self) { _ = try InputDecoder.decode(bytes, path: "random.bin") }
        }
    }

    @Test func decodesUTF16WithByteOrderMark() throws {
        let little: [UInt8] = [0xFF, 0xFE] + "Héllo wörld".utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + "Héllo wörld".utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try InputDecoder.decode(little, path: "a") == "Héllo wörld")
        #expect(try InputDecoder.decode(big, path: "a") == "Héllo wörld")
    }

    @Test(arguments: [
        ("\u{FEFF}Title\r\nBody\rMore", "Title\nBody\nMore"),
        ("a\u{00A0}b\u{2009}c\u{3000}d", "a b c d"),
        ("It’s “quoted” — kept", "It’s “quoted” — kept"),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(TextNormalizer.normalize(input) == expected)
    }
}

/// A small deterministic generator (SplitMix64) so random tests repeat exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
