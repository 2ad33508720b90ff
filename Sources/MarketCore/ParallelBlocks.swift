import Dispatch
import Foundation

/// Plays independent items (Monte Carlo sessions) on several threads and folds their results in
/// the items' own order, so the total is the same bits for any number of threads.
///
/// The items 0..<count are cut into blocks of consecutive indices. Threads take the next block from
/// a shared counter and play it into a part; the parts are folded into the total in block order
/// (a part that comes early waits for the ones before it), one fold at a time. So the total is
/// what one thread playing every item in order would reach, whatever the thread count or the
/// block size, as long as item i is a pure function of i (its own generator) — even where a fold
/// is not associative (a running mean by Welford's update), and the more so where it is exact
/// (`FixedPointSum`).
public enum ParallelBlocks {
    /// What playing one block gave.
    public struct Outcome<Part: Sendable>: Sendable {
        /// The block's results: every item played to the end (a stopped one is dropped).
        public var part: Part
        /// Items played to the end.
        public var completed: Int
        /// True when `shouldStop` said yes inside the block: no block is handed out after it.
        public var stopped: Bool

        public init(part: Part, completed: Int, stopped: Bool) {
            self.part = part
            self.completed = completed
            self.stopped = stopped
        }
    }

    /// Plays items 0..<count in blocks of `block` on `threads` threads; folds each block's part
    /// into `total` in block order. Returns the total and whether a block said it was stopped (the
    /// items played then need not be the first ones: blocks under way finish what they can).
    /// - Parameters:
    ///   - play: plays the items of a range into a part; called from the worker threads.
    ///   - fold: adds a part to the total; called in block order, never two at once.
    ///   - progress: the number of items completed so far, after each block, from the worker
    ///     threads but never two at once, with counts that never decrease.
    public static func run<Part: Sendable, Total: Sendable>(
        count: Int, block: Int, threads: Int, into total: Total,
        play: @escaping @Sendable (Range<Int>) -> Outcome<Part>,
        fold: @escaping @Sendable (inout Total, Part) -> Void,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> (total: Total, stopped: Bool) {
        let workers = max(1, min(threads, count))
        let board = Board<Part, Total>(count: count, block: max(1, block), total: total, fold: fold)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let (index, range) = board.claim() {
                board.hand(play(range), block: index, progress: progress)
            }
        }
        return board.finish()
    }

    /// Items per block: about `work` units of work each (an item costs `itemWork`), fewer when that
    /// would leave a thread idle (at least four blocks a thread when there are items enough).
    public static func blockSize(count: Int, itemWork: Int, work: Int, threads: Int) -> Int {
        let byWork = max(1, work / max(itemWork, 1))
        let byShare = max(1, count / (4 * max(threads, 1)))
        return min(byWork, byShare)
    }
}

/// The shared counter of the next block, the parts waiting for their turn, the total and the
/// progress count, behind one lock.
private final class Board<Part: Sendable, Total: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private let count: Int
    private let block: Int
    private let fold: (inout Total, Part) -> Void
    private var total: Total
    private var nextBlock = 0
    private var nextToFold = 0
    private var waiting: [Int: Part] = [:]
    private var done = 0
    private var stopped = false

    init(count: Int, block: Int, total: Total, fold: @escaping (inout Total, Part) -> Void) {
        self.count = count
        self.block = block
        self.total = total
        self.fold = fold
    }

    /// The next block's number and item range, or nil when all are taken or the run was stopped.
    func claim() -> (Int, Range<Int>)? {
        lock.lock()
        defer { lock.unlock() }
        let start = nextBlock * block
        guard start < count, !stopped else { return nil }
        nextBlock += 1
        return (nextBlock - 1, start..<min(start + block, count))
    }

    /// Takes a played block: folds every part now in turn, counts its items and reports them.
    func hand(_ outcome: ParallelBlocks.Outcome<Part>, block index: Int, progress: (Int) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        waiting[index] = outcome.part
        while let part = waiting.removeValue(forKey: nextToFold) {
            fold(&total, part)
            nextToFold += 1
        }
        done += outcome.completed
        if outcome.stopped { stopped = true }
        progress(done)
    }

    /// The total once every thread is done (every block handed out has come back and been folded).
    func finish() -> (total: Total, stopped: Bool) {
        lock.lock()
        defer { lock.unlock() }
        precondition(waiting.isEmpty && nextToFold == nextBlock, "a block was handed out and never came back")
        return (total, stopped)
    }
}
