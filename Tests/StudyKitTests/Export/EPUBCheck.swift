import Foundation
import Testing

/// Runs an EPUBCheck jar on a file and returns its exit status and report.
enum EPUBCheck {
    /// Debian's EPUBCheck 4.2.6 (`apt-get install epubcheck`).
    static let debianJar = "/usr/share/java/epubcheck.jar"

    /// True when Debian's EPUBCheck can run; records an issue (unless STUDYKIT_SKIP_EPUBCHECK=1) when not.
    static func debianAvailable() -> Bool {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/java"),
              FileManager.default.fileExists(atPath: debianJar) else {
            if ProcessInfo.processInfo.environment["STUDYKIT_SKIP_EPUBCHECK"] != "1" {
                Issue.record("epubcheck needs /usr/bin/java and \(debianJar): apt-get install -y epubcheck, or set STUDYKIT_SKIP_EPUBCHECK=1")
            }
            return false
        }
        return true
    }

    static func run(jar: String, on file: URL) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/java")
        process.arguments = ["-jar", jar, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
