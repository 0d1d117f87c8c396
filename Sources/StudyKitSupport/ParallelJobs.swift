import Foundation

/// Runs a few independent jobs side by side and returns when all are done.
///
/// Loading the rule files and the analysis stages after sentence splitting
/// (keyphrases, summaries, exam extraction) do not depend on each other; on a
/// machine with two or more cores they overlap. The helpers are threads of
/// their own, not a shared pool: `DispatchQueue.concurrentPerform` waits until
/// each helper it queued has been scheduled, so callers already holding the
/// pool's threads (Swift concurrency tasks, other callers) stalled each other
/// for seconds to minutes. The calling thread works too; each job writes only
/// its own `JobResult`, so the outcome is the same as in order.
package enum ParallelJobs {
    /// Articles up to this many bytes run their independent stages and exports
    /// side by side. Longer ones run them in turn: overlapping stages hold their
    /// working data at the same time (a 10 MB book would peak ~60 MB higher).
    package static let articleSizeLimit = 2 << 20

    /// Stack for helper threads: the pipeline's own (main-thread-sized), not a small default.
    static let helperStackSize = 8 << 20

    /// Cores this process may use, read once: Foundation reads the cgroup files on every call.
    package static let processorCount = ProcessInfo.processInfo.activeProcessorCount

    /// Runs `jobs` side by side, at most `width` at a time (and one per core), or one
    /// after another when `parallel` is false.
    package static func run(_ jobs: [@Sendable () -> Void], parallel: Bool = true, width: Int = .max) {
        let helpers = parallel ? min(jobs.count, processorCount, max(1, width)) - 1 : 0
        guard helpers > 0 else {
            for job in jobs { job() }
            return
        }
        let queue = JobQueue(jobs)
        let finished = DispatchSemaphore(value: 0)
        for _ in 0..<helpers {
            let thread = Thread {
                queue.drain()
                finished.signal()
            }
            thread.stackSize = helperStackSize
            thread.start()
        }
        queue.drain()
        for _ in 0..<helpers { finished.wait() }
    }

    /// Whether an article of `text` is within `limit` bytes, so its stages may run side by side.
    package static func suitsParallel(_ text: String, limit: Int = articleSizeLimit) -> Bool {
        text.utf8.count <= limit
    }
}

/// Hands out jobs one at a time to whichever thread asks next.
private final class JobQueue: @unchecked Sendable {
    private let jobs: [@Sendable () -> Void]
    private let lock = NSLock()
    private var next = 0

    init(_ jobs: [@Sendable () -> Void]) { self.jobs = jobs }

    /// Runs jobs until none is left.
    func drain() {
        while let job = take() { job() }
    }

    private func take() -> (@Sendable () -> Void)? {
        lock.withLock {
            guard next < jobs.count else { return nil }
            next += 1
            return jobs[next - 1]
        }
    }
}

/// Where one parallel job leaves its value; read only after `ParallelJobs.run` returns.
package final class JobResult<Value: Sendable>: @unchecked Sendable {
    package var value: Value?

    package init() {}
}
