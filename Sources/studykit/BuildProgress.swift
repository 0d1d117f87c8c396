import Foundation
import StudyKit

/// Shows a batch build's progress on stderr: a redrawn bar on a terminal
/// (count, last article, elapsed), a line per article with --verbose, or nothing.
final class BuildProgress: @unchecked Sendable {
    enum Mode { case bar, lines, quiet }

    private let io: CommandIO
    private let total: Int
    private let mode: Mode
    private let started = ContinuousClock.now
    private let lock = NSLock()

    init(io: CommandIO, total: Int, mode: Mode) {
        self.io = io
        self.total = total
        self.mode = mode
    }

    func finished(_ report: BatchBuilder.Report, done: Int) {
        lock.withLock {
            let elapsed = ContinuousClock.now - started
            let seconds = Int(elapsed.components.seconds)
            let clock = String(format: "%d:%02d", seconds / 60, seconds % 60)
            let status = report.error.map { "failed: \($0.message)" } ?? "ok"
            switch mode {
            case .quiet:
                return
            case .lines:
                io.writeError("[\(done)/\(total)] \(report.article.path) \(status)\n")
            case .bar:
                let width = 24
                let filled = total == 0 ? width : width * done / total
                let bar = String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled)
                let name = String(report.article.path.suffix(40))
                io.writeError("\r\u{1B}[2K[\(bar)] \(done)/\(total) \(clock) \(name)")
                if let error = report.error { io.writeError("\n  \(error.message)\n") }
            }
        }
    }

    func close() {
        if mode == .bar { io.writeError("\n") }
    }
}
