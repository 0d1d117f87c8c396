import Foundation
import Testing

/// The stage borders of Package.swift, checked on the sources too: SwiftPM refuses a backwards
/// import (a cycle), but a module already built can leak into a sibling that never declared it,
/// so every `import` of a StudyKit module is checked against the chain here.
struct LayeringTests {
    /// Each target and the StudyKit modules it may import (the chain in Package.swift).
    static let allowed: [String: Set<String>] = [
        "StudyKitSupport": [],
        "StudyKitModel": [],
        "StudyKitText": ["StudyKitSupport", "StudyKitModel"],
        "StudyKitRules": ["StudyKitSupport", "StudyKitModel", "StudyKitText"],
        "StudyKitStructure": ["StudyKitSupport", "StudyKitModel", "StudyKitText", "StudyKitRules", "CCmarkGFM"],
        "StudyKitAnalysis": ["StudyKitSupport", "StudyKitModel", "StudyKitText", "StudyKitRules", "StudyKitStructure"],
        "StudyKitExport": ["StudyKitSupport", "StudyKitModel", "StudyKitText", "StudyKitRules", "StudyKitStructure",
                           "StudyKitAnalysis", "CLibzip"],
        "StudyKit": ["StudyKitSupport", "StudyKitModel", "StudyKitText", "StudyKitRules", "StudyKitStructure",
                     "StudyKitAnalysis", "StudyKitExport"],
        "studykit": ["StudyKit"],
        "StudyKitChecks": ["StudyKit"],
    ]
    static let ownModules = Set(allowed.keys).union(["CLibzip", "CCmarkGFM"])

    /// (target, file, imported module) for every import of a StudyKit module under Sources/.
    static func imports() throws -> [(target: String, file: String, module: String)] {
        let sources = TestSupport.repositoryRoot.appendingPathComponent("Sources")
        var found: [(String, String, String)] = []
        for target in try FileManager.default.contentsOfDirectory(atPath: sources.path).sorted() {
            let folder = sources.appendingPathComponent(target)
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let file as String in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ").map(String.init)
                    guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                          words[..<index].allSatisfy({ $0.hasPrefix("@") }) else { continue }
                    let module = words[index + 1]
                    if ownModules.contains(module) { found.append((target, file, module)) }
                }
            }
        }
        return found
    }

    @Test func everyImportFollowsTheChain() throws {
        let imports = try Self.imports()
        #expect(imports.count > 100)
        for (target, file, module) in imports {
            #expect(Self.allowed[target]?.contains(module) == true, "\(target)/\(file) imports \(module)")
        }
    }

    @Test func oneFileImportsEachCLibrary() throws {
        let zip = try Self.imports().filter { $0.module == "CLibzip" }.map { "\($0.target)/\($0.file)" }
        #expect(zip == ["StudyKitExport/EPUB/ZipArchive.swift"])
        let cmark = try Self.imports().filter { $0.module == "CCmarkGFM" }.map { "\($0.target)/\($0.file)" }
        #expect(cmark == ["StudyKitStructure/Markdown/CmarkTree.swift"])
    }

    @Test func everyStageFolderSaysWhatItOwns() throws {
        for target in Self.allowed.keys {
            let readme = TestSupport.repositoryRoot.appendingPathComponent("Sources/\(target)/README.md")
            let text = try String(contentsOf: readme, encoding: .utf8)
            #expect(text.hasPrefix("# \(target)\n"), "\(target)")
            #expect(text.contains("May use") || target == "StudyKitSupport" || target == "StudyKitModel", "\(target)")
        }
    }
}
