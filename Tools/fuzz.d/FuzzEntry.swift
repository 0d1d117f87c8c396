import Foundation
import StudyKit

/// libFuzzer entry point over the whole in-memory path: decode + read (plain text, Markdown and
/// sniffed standard input), sentence segmentation, analysis and every exporter's rendering.
/// Any trap, sanitizer report or broken invariant below is a bug; thrown `StudyKitError`s are fine.
/// Built only by `Tools/fuzz` (see Package.swift, `STUDYKIT_FUZZ`), never by `swift build`/`swift test`.
enum FuzzHarness {
    static let pipeline: Pipeline = {
        do { return try Pipeline.standard() } catch { fatalError("bundled data failed to load: \(error)") }
    }()
    static let segmenter: SentenceSegmenter = {
        do { return try SentenceSegmenter.standard() } catch { fatalError("sentence rules failed to load: \(error)") }
    }()
    /// The first input byte picks the path, so the format chooser is fuzzed too.
    static let paths = ["fuzz.txt", "fuzz.md", "-", "fuzz"]

    static func run(_ input: [UInt8]) {
        guard let selector = input.first else { return }
        let bytes = Array(input.dropFirst())
        let path = paths[Int(selector) % paths.count]

        let text = String(decoding: bytes, as: UTF8.self)
        let ranges = segmenter.sentenceRanges(in: text)
        var previousEnd = 0
        for range in ranges {
            require(range.lowerBound >= previousEnd && range.upperBound <= text.utf8.count && !range.isEmpty,
                    "sentence range \(range) out of order or outside \(text.utf8.count) bytes")
            previousEnd = range.upperBound
        }

        let document: Document
        do {
            document = try pipeline.reader.read(bytes: bytes, path: path)
        } catch is StudyKitError {
            return
        } catch {
            require(false, "reader threw a non-StudyKitError: \(error)")
            return
        }
        let analysis = pipeline.analyse(document)
        let length = document.text.utf8.count
        for sentence in analysis.sentences {
            require(sentence.span.start >= 0 && sentence.span.end <= length, "sentence span \(sentence.span) outside \(length) bytes")
            require(sentence.sectionIndex >= 0 && sentence.sectionIndex < document.sections.count, "bad section index \(sentence.sectionIndex)")
        }
        for exporter in Exporters.all {
            do {
                _ = try exporter.render(analysis)
            } catch is StudyKitError {
                continue
            } catch {
                require(false, "\(exporter.fileName) threw a non-StudyKitError: \(error)")
            }
        }
    }

    static func require(_ condition: Bool, _ message: @autoclosure () -> String) {
        if !condition { fatalError("invariant broken: \(message())") }
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzHarness.run(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

/// libFuzzer's driver (exported by the fuzzer runtime since LLVM 11).
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links Linux executables with `main` renamed to `<module>_main`, which
/// `-parse-as-library` leaves undefined; this hands control to libFuzzer's driver instead.
@_cdecl("studykit_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    // Load the rules and fill lazy caches before libFuzzer starts counting allocations, so
    // one-time loading is not reported as a leak of the first input.
    FuzzHarness.run(Array("\u{0}Warm Up\n\nOne sentence. Two sentences.\n".utf8))
    FuzzHarness.run(Array("\u{1}# Warm up\n\n- item *one*\n".utf8))
    var count = argc
    var arguments = argv
    return runFuzzerDriver(&count, &arguments, fuzzTestOneInput)
}
