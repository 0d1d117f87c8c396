// swift-tools-version:6.0
import PackageDescription

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
