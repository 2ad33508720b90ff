import Dispatch
import Foundation

extension SessionSimulator {
    /// Plays all the plan's sessions on `threads` threads and merges their summaries.
    ///
    /// Threads take blocks of consecutive sessions from a shared counter; each keeps its own summary,
    /// and the summaries merge exactly, so the result is the same for any number of threads.
    /// - Parameters:
    ///   - shouldStop: asked by each thread every 4096 arrivals; when it answers true, every thread
    ///     drops the session under way, and the summary of the completed ones comes back with
    ///     `wasStopped` set (the completed sessions need not be the first ones).
    ///   - progress: called with the number of sessions completed so far, after each block, from the
    ///     worker threads but never two at once, with counts that never decrease.
    public func run(
        threads: Int = ProcessInfo.processInfo.activeProcessorCount,
        shouldStop: @escaping @Sendable () -> Bool = { false },
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> SimulationSummary {
        let workers = max(1, min(threads, plan.sessions))
        let board = WorkBoard(sessions: plan.sessions, block: blockSize(workers: workers))
        let results = ResultShelf(count: workers)
        let simulator = self
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var summary = SimulationSummary(plan: simulator.plan)
            while !summary.wasStopped, let block = board.claim() {
                let completed = simulator.run(sessions: block, into: &summary, shouldStop: shouldStop)
                board.report(completed, stopped: summary.wasStopped, progress: progress)
            }
            results.put(summary, at: worker)
        }
        var total = SimulationSummary(plan: plan)
        for summary in results.summaries() { total.merge(summary) }
        total.wasStopped = total.wasStopped || board.stopped
        return total
    }

    /// Sessions per block: about 2^20 arrivals, fewer when that would leave a thread idle.
    private func blockSize(workers: Int) -> Int {
        let byWork = max(1, (1 << 20) / max(plan.arrivals, 1))
        let byShare = max(1, plan.sessions / (4 * workers))
        return min(byWork, byShare)
    }
}

/// The shared counter of the next block of sessions, and the progress count.
private final class WorkBoard: @unchecked Sendable {
    private let lock = NSLock()
    private let sessions: Int
    private let block: Int
    private var next = 0
    private var done = 0
    private(set) var stopped = false

    init(sessions: Int, block: Int) {
        self.sessions = sessions
        self.block = block
    }

    /// The next block of session indices, or nil when all are taken or the run was stopped.
    func claim() -> Range<Int>? {
        lock.lock()
        defer { lock.unlock() }
        guard next < sessions, !stopped else { return nil }
        let range = next..<min(next + block, sessions)
        next = range.upperBound
        return range
    }

    /// Counts completed sessions and reports the total, one caller at a time.
    func report(_ completed: Int, stopped wasStopped: Bool, progress: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        done += completed
        if wasStopped { stopped = true }
        progress(done)
    }
}

/// One slot per worker for its summary.
private final class ResultShelf: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [SimulationSummary?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func put(_ summary: SimulationSummary, at index: Int) {
        lock.lock()
        slots[index] = summary
        lock.unlock()
    }

    func summaries() -> [SimulationSummary] {
        lock.lock()
        defer { lock.unlock() }
        return slots.compactMap { $0 }
    }
}
