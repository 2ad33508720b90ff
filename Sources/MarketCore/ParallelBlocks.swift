import Dispatch
import Foundation

/// Plays independent items (Monte Carlo sessions) on several threads, so that the total is the same
/// bits for any number of threads.
///
/// The items 0..<count are cut into blocks of consecutive indices, and threads take the next block
/// from a shared counter; item i must be a pure function of i (its own generator). How the parts
/// come together is the caller's `FoldOrder`:
/// - `.blocks`: each block plays into a fresh part, and the parts are folded into the total in
///   block order (one that comes early waits for the ones before it), so the total is what one
///   thread playing every item in order reaches — even for a fold that is not associative (a
///   running mean by Welford's update).
/// - `.exact`: each thread keeps one part for all its blocks, folded at the end in thread order:
///   for parts that merge exactly (integer counts, `FixedPointSum`), where any order gives the same
///   bits and a part per block would only cost its allocation and its merge.
public enum ParallelBlocks {
    /// How the parts of the blocks are folded into the total.
    public enum FoldOrder: Sendable {
        /// A part per block, folded in block order.
        case blocks
        /// A part per thread, folded at the end: only for exact, order-free merges.
        case exact
    }

    /// Plays items 0..<count in blocks of `block` on `threads` threads, folds the parts into `total`
    /// and returns it with whether a block said it was stopped (the items played then need not be
    /// the first ones: blocks under way finish what they can).
    /// - Parameters:
    ///   - empty: a part with nothing in it.
    ///   - play: plays the items of a range into a part; returns how many it played to the end and
    ///     whether it was told to stop (then no block is handed out after it). From the worker
    ///     threads.
    ///   - fold: adds a part to the total; never two at once.
    ///   - progress: the number of items completed so far, after each block, from the worker
    ///     threads but never two at once, with counts that never decrease.
    public static func run<Part: Sendable, Total: Sendable>(
        count: Int, block: Int, threads: Int, order: FoldOrder, into total: Total,
        empty: @escaping @Sendable () -> Part,
        play: @escaping @Sendable (Range<Int>, inout Part) -> (completed: Int, stopped: Bool),
        fold: @escaping @Sendable (inout Total, Part) -> Void,
        progress: @escaping @Sendable (Int) -> Void = { _ in }
    ) -> (total: Total, stopped: Bool) {
        let workers = max(1, min(threads, count))
        let board = Board<Part, Total>(count: count, block: max(1, block), workers: workers, total: total, fold: fold)
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            var part = empty()
            while let (index, range) = board.claim() {
                let (completed, stopped) = play(range, &part)
                board.count(completed, stopped: stopped, progress: progress)
                if order == .blocks {
                    board.fold(part, block: index)
                    part = empty()
                }
            }
            if order == .exact { board.keep(part, worker: worker) }
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
    /// `.blocks`: parts that came before their turn, by block number.
    private var waiting: [Int: Part] = [:]
    /// `.exact`: each thread's part, by thread number.
    private var kept: [Part?]
    private var done = 0
    private var stopped = false

    init(count: Int, block: Int, workers: Int, total: Total, fold: @escaping (inout Total, Part) -> Void) {
        self.count = count
        self.block = block
        self.total = total
        self.fold = fold
        kept = Array(repeating: nil, count: workers)
    }

    /// The next block's number and item range, or nil when all are taken or the run was stopped.
    func claim() -> (Int, Range<Int>)? {
        lock.withLock {
            let start = nextBlock * block
            guard start < count, !stopped else { return nil }
            nextBlock += 1
            return (nextBlock - 1, start..<min(start + block, count))
        }
    }

    /// Counts a played block's items and reports the total so far.
    func count(_ completed: Int, stopped wasStopped: Bool, progress: (Int) -> Void) {
        lock.withLock {
            done += completed
            if wasStopped { stopped = true }
            progress(done)
        }
    }

    /// Takes block `index`'s part and folds every part now in turn.
    func fold(_ part: Part, block index: Int) {
        lock.withLock {
            waiting[index] = part
            while let next = waiting.removeValue(forKey: nextToFold) {
                fold(&total, next)
                nextToFold += 1
            }
        }
    }

    /// Keeps thread `worker`'s part for the end.
    func keep(_ part: Part, worker: Int) {
        lock.withLock { kept[worker] = part }
    }

    /// The total once every thread is done: the kept parts folded in thread order.
    func finish() -> (total: Total, stopped: Bool) {
        lock.withLock {
            precondition(waiting.isEmpty, "a block was handed out and never folded")
            for part in kept.compactMap({ $0 }) { fold(&total, part) }
            return (total, stopped)
        }
    }
}
