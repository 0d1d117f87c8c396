import Foundation
import Synchronization

/// Everything a run takes from or gives to the world outside its inputs and outputs: the
/// environment, the clock, files read on the side (images beside an article) and warnings.
///
/// One value carries them (pandoc's idea), so the stages stay pure: `live` is the real
/// world; `recorded` is a fixed one for tests, whose warnings can be read back.
public struct Effects: Sendable {
    /// The value of an environment variable StudyKit reads (`SOURCE_DATE_EPOCH`, `STUDYKIT_TIMINGS`).
    public var variable: @Sendable (String) -> String?
    /// The size of a regular file, or nil when there is none at the path (missing, a folder).
    public var fileSize: @Sendable (String) -> Int?
    /// The bytes of a file read on the side.
    public var readFile: @Sendable (String) throws -> Data
    /// A warning for the user: something left out, never a failure.
    public var warn: @Sendable (String) -> Void
    /// The monotonic clock, for timings only (never for output).
    public var now: @Sendable () -> ContinuousClock.Instant

    public init(variable: @escaping @Sendable (String) -> String?, fileSize: @escaping @Sendable (String) -> Int?,
                readFile: @escaping @Sendable (String) throws -> Data, warn: @escaping @Sendable (String) -> Void,
                now: @escaping @Sendable () -> ContinuousClock.Instant) {
        self.variable = variable
        self.fileSize = fileSize
        self.readFile = readFile
        self.warn = warn
        self.now = now
    }

    /// The environment variables StudyKit reads, and only those: copying the whole
    /// environment into a dictionary costs about half a millisecond a process.
    public static let variableNames = ["SOURCE_DATE_EPOCH", "STUDYKIT_TIMINGS"]

    /// The real world; warnings go to `warn`.
    public static func live(warn: @escaping @Sendable (String) -> Void) -> Effects {
        Effects(
            variable: { name in getenv(name).map { String(cString: $0) } },
            fileSize: { path in
                var status = stat()
                guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
                return Int(status.st_size)
            },
            readFile: { path in try Data(contentsOf: URL(fileURLWithPath: path)) },
            warn: warn,
            now: { ContinuousClock.now })
    }

    /// A fixed world for tests: the given variables and files (by path), nothing else;
    /// warnings land in `log`.
    public static func recorded(variables: [String: String] = [:], files: [String: Data] = [:],
                                log: WarningLog = WarningLog()) -> Effects {
        Effects(
            variable: { variables[$0] },
            fileSize: { files[$0]?.count },
            readFile: { path in
                guard let data = files[path] else { throw CocoaError(.fileReadNoSuchFile) }
                return data
            },
            warn: { log.append($0) },
            now: { ContinuousClock.now })
    }
}

/// Warnings collected in order (for tests and for reports that print them later).
public final class WarningLog: Sendable {
    private let stored = Mutex<[String]>([])

    public init() {}

    public func append(_ warning: String) { stored.withLock { $0.append(warning) } }

    public var warnings: [String] { stored.withLock { $0 } }
}
