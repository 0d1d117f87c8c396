// swift-tools-version:6.0
import PackageDescription
import Foundation

// One target per pipeline stage, each depending only on the stages before it, so a backwards use
// does not compile:
//
//   StudyKitSupport, StudyKitModel ← StudyKitText ← StudyKitRules ← StudyKitStructure
//     ← StudyKitAnalysis ← StudyKitExport ← StudyKit (the whole job) ← studykit (command line)
//
// C libraries come from Debian through system-library targets: libzip (only StudyKitExport uses it)
// and cmark-gfm (only StudyKitStructure).
let package = Package(
    name: "StudyKit",
    products: [
        .library(name: "StudyKit", targets: ["StudyKit"]),
        .executable(name: "studykit", targets: ["studykit"]),
    ],
    targets: [
        // libzip from Debian (libzip-dev); only StudyKitExport/EPUB/ZipArchive.swift imports it.
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        // cmark-gfm from Debian (libcmark-gfm-dev, libcmark-gfm-extensions-dev); only
        // StudyKitStructure/Markdown/CmarkTree.swift imports it.
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        // Each stage folder opens with a README.md: what the target owns and what it may use.
        .target(name: "StudyKitSupport", exclude: ["README.md"]),
        .target(name: "StudyKitModel", exclude: ["README.md"]),
        .target(name: "StudyKitText", dependencies: ["StudyKitSupport", "StudyKitModel"], exclude: ["README.md"]),
        .target(name: "StudyKitRules", dependencies: ["StudyKitText"], exclude: ["README.md"],
                resources: [.copy("Resources")]),
        .target(name: "StudyKitStructure", dependencies: ["StudyKitRules", "CCmarkGFM"], exclude: ["README.md"]),
        .target(name: "StudyKitAnalysis", dependencies: ["StudyKitStructure"], exclude: ["README.md"]),
        .target(name: "StudyKitExport", dependencies: ["StudyKitAnalysis", "CLibzip"], exclude: ["README.md"]),
        .target(name: "StudyKit", dependencies: ["StudyKitExport"], exclude: ["README.md"]),
        .executableTarget(name: "studykit", dependencies: ["StudyKit"], exclude: ["README.md"]),
        // The invariants any input must keep: shared by the fuzz target and the tests' replay.
        .target(name: "StudyKitChecks", dependencies: ["StudyKit"], exclude: ["README.md"]),
        .testTarget(
            name: "StudyKitTests",
            dependencies: ["StudyKit", "studykit", "StudyKitChecks"],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// The libFuzzer target exists only for `Tools/fuzz` (which sets STUDYKIT_FUZZ=1 and builds with
// `-sanitize=fuzzer,address` into .build-fuzz), so `swift build` and `swift test` never see it.
if ProcessInfo.processInfo.environment["STUDYKIT_FUZZ"] == "1" {
    package.targets.append(.executableTarget(
        name: "studykit-fuzz",
        dependencies: ["StudyKit", "StudyKitChecks"],
        path: "Tools/fuzz.d",
        exclude: ["seeds"],
        sources: ["FuzzEntry.swift"]
    ))
    package.products.append(.executable(name: "studykit-fuzz", targets: ["studykit-fuzz"]))
}
