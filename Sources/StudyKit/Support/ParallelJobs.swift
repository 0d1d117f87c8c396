import Dispatch

/// Runs a few independent jobs side by side and returns when all are done.
///
/// Loading the rule files and the analysis stages after sentence splitting
/// (keyphrases, summaries, exam extraction) do not depend on each other; on a
/// machine with two or more cores they overlap. `concurrentPerform` also runs
/// jobs on the calling thread, so this never waits for a free worker, and each
/// job writes only its own `JobResult`: the outcome is the same as in order.
enum ParallelJobs {
    /// Articles up to this many bytes run their independent stages and exports
    /// side by side. Longer ones run them in turn: overlapping stages hold their
    /// working data at the same time (a 10 MB book would peak ~60 MB higher).
    static let articleSizeLimit = 2 << 20

    /// Runs `jobs` side by side, or one after another when `parallel` is false.
    static func run(_ jobs: [@Sendable () -> Void], parallel: Bool = true) {
        if parallel {
            DispatchQueue.concurrentPerform(iterations: jobs.count) { jobs[$0]() }
        } else {
            for job in jobs { job() }
        }
    }

    /// Whether an article of `text` is within `limit` bytes, so its stages may run side by side.
    static func suitsParallel(_ text: String, limit: Int = articleSizeLimit) -> Bool {
        text.utf8.count <= limit
    }
}

/// Where one parallel job leaves its value; read only after `ParallelJobs.run` returns.
final class JobResult<Value: Sendable>: @unchecked Sendable {
    var value: Value?
}
