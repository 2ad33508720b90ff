import Foundation

extension SessionSimulator {
    /// Plays all the plan's sessions on `threads` threads and merges their summaries.
    ///
    /// `ParallelBlocks` hands blocks of consecutive sessions to the threads; each thread keeps its
    /// own summary, and the summaries merge exactly, so the result is the same for any number of
    /// threads.
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
        // About 2^20 arrivals a block.
        let block = ParallelBlocks.blockSize(
            count: plan.sessions, itemWork: plan.arrivals, work: 1 << 20, threads: workers)
        let simulator = self
        var (total, stopped) = ParallelBlocks.run(
            count: plan.sessions, block: block, threads: workers, order: .exact, into: SimulationSummary(plan: plan),
            empty: { SimulationSummary(plan: simulator.plan) },
            play: { sessions, summary in
                let completed = simulator.run(sessions: sessions, into: &summary, shouldStop: shouldStop)
                return (completed, summary.wasStopped)
            },
            fold: { total, part in total.merge(part) },
            progress: progress)
        total.wasStopped = total.wasStopped || stopped
        return total
    }
}
