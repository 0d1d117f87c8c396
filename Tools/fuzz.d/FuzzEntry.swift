import Foundation
import StudyKit
import StudyKitChecks

/// libFuzzer entry point over the whole in-memory path: decode + read (plain text, Markdown and
/// sniffed standard input), sentence segmentation, analysis and every exporter's rendering.
/// The invariants are `InvariantChecks`, the same the test suite replays every seed and saved
/// input through (`FuzzReplayTests`); any trap, sanitizer report or broken invariant is a bug.
/// Built only by `Tools/fuzz` (see Package.swift, `STUDYKIT_FUZZ`), never by `swift build`/`swift test`.
enum FuzzHarness {
    static let pipeline: Pipeline = {
        do { return try Pipeline.standard(effects: .recorded()) } catch { fatalError("bundled data failed to load: \(error)") }
    }()

    static func run(_ input: [UInt8]) {
        let broken = InvariantChecks.violations(fuzzInput: input, pipeline: pipeline)
        if !broken.isEmpty { fatalError("invariant broken: \(broken.joined(separator: "; "))") }
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
