// swift-tools-version:6.0
import PackageDescription
import Foundation

let package = Package(
    name: "StudyKit",
    products: [
        .library(name: "StudyKit", targets: ["StudyKit"]),
        .executable(name: "studykit", targets: ["studykit"]),
    ],
    targets: [
        // libzip from Debian (libzip-dev); only Export/EPUB/ZipArchive.swift imports it.
        .systemLibrary(
            name: "CLibzip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),
        .target(
            name: "StudyKit",
            dependencies: ["CLibzip"],
            resources: [.copy("Resources")]
        ),
        .executableTarget(
            name: "studykit",
            dependencies: ["StudyKit"]
        ),
        .testTarget(
            name: "StudyKitTests",
            dependencies: ["StudyKit"],
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
        dependencies: ["StudyKit"],
        path: "Tools/fuzz.d",
        exclude: ["seeds"],
        sources: ["FuzzEntry.swift"]
    ))
    package.products.append(.executable(name: "studykit-fuzz", targets: ["studykit-fuzz"]))
}
