import Foundation
import MarketCore
import Testing

// In block order the runner folds the parts in item order: a fold that is not associative (a
// running mean) gives the same bits on any number of threads and any block size as one thread in
// order. With exact parts it keeps one part a thread.

/// Item i's value, a pure function of i (its own generator).
private func value(_ i: Int) -> Double {
    var rng = Xoshiro256(seed: 5, session: i)
    return rng.nextStandardNormal() * 1e3 + rng.nextUnit()
}

/// A running mean by Welford's update: its bits depend on the order of the values.
private struct RunningMean: Sendable, Equatable {
    var count = 0
    var mean = 0.0
    var order: [Int] = []

    mutating func add(_ x: Double, item: Int) {
        count += 1
        mean += (x - mean) / Double(count)
        order.append(item)
    }
}

private func run(threads: Int, block: Int, count: Int = 1_000) -> RunningMean {
    ParallelBlocks.run(
        count: count, block: block, threads: threads, order: .blocks, into: RunningMean(),
        empty: { [(Int, Double)]() },
        play: { range, part in
            part += range.map { ($0, value($0)) }
            return (range.count, false)
        },
        fold: { total, part in for (i, x) in part { total.add(x, item: i) } }
    ).total
}

@Test func theTotalIsTheInOrderFoldForAnyThreadsAndBlocks() {
    var sequential = RunningMean()
    for i in 0..<1_000 { sequential.add(value(i), item: i) }
    for threads in [1, 2, 4, 7] {
        for block in [1, 3, 64, 1_000, 5_000] {
            let total = run(threads: threads, block: block)
            #expect(total == sequential, "threads \(threads), block \(block)")
            #expect(total.mean.bitPattern == sequential.mean.bitPattern)
        }
    }
}

@Test func noItemsGiveTheEmptyTotal() {
    #expect(run(threads: 4, block: 8, count: 0) == RunningMean())
}

/// Counts the progress reports and the items played, behind a lock.
private final class Tally: @unchecked Sendable {
    private let lock = NSLock()
    private var reports: [Int] = []
    private var played = 0

    func report(_ done: Int) { lock.withLock { reports.append(done) } }
    func play(_ n: Int) { lock.withLock { played += n } }
    var snapshot: (reports: [Int], played: Int) { lock.withLock { (reports, played) } }
}

@Test func aStoppedBlockEndsTheHandingOutAndKeepsWhatWasPlayed() {
    let tally = Tally()
    // One thread, blocks of 10: block 3 (items 30…39) stops after 4 of its items.
    let (total, stopped) = ParallelBlocks.run(
        count: 100, block: 10, threads: 1, order: .blocks, into: RunningMean(),
        empty: { [(Int, Double)]() },
        play: { range, part in
            let stopAt = range.lowerBound == 30 ? 34 : range.upperBound
            let items = Array(range.lowerBound..<stopAt)
            tally.play(items.count)
            part += items.map { ($0, value($0)) }
            return (items.count, stopAt < range.upperBound)
        },
        fold: { total, part in for (i, x) in part { total.add(x, item: i) } },
        progress: tally.report)
    #expect(stopped)
    #expect(total.order == Array(0..<34))
    let (reports, played) = tally.snapshot
    #expect(played == 34)
    #expect(reports == [10, 20, 30, 34])
}

@Test(arguments: [ParallelBlocks.FoldOrder.blocks, .exact])
func progressNeverDecreasesAndEndsAtTheCount(order: ParallelBlocks.FoldOrder) {
    let tally = Tally()
    let (total, stopped) = ParallelBlocks.run(
        count: 500, block: 7, threads: 4, order: order, into: 0, empty: { 0 },
        play: { range, part in
            part += range.count
            return (range.count, false)
        },
        fold: { total, n in total += n }, progress: tally.report)
    #expect(total == 500 && !stopped)
    let reports = tally.snapshot.reports
    #expect(reports == reports.sorted())
    #expect(reports.last == 500)
    #expect(reports.count == (500 + 6) / 7)
}

/// Exact parts: each thread keeps one part for all its blocks, and the total is the same whatever
/// the threads (integer sums of the items' values in quanta).
@Test func exactPartsAreKeptPerThreadAndGiveTheSameTotal() {
    func total(threads: Int) -> (FixedPointSum, parts: Int) {
        let (sum, _) = ParallelBlocks.run(
            count: 1_000, block: 9, threads: threads, order: .exact, into: (FixedPointSum(bound: 1e4), 0),
            empty: { (FixedPointSum(bound: 1e4), 0) },
            play: { range, part in
                for i in range { part.0.add(value(i)) }
                part.1 = 1
                return (range.count, false)
            },
            fold: { total, part in
                total.0.merge(part.0)
                total.1 += part.1
            })
        return sum
    }
    let one = total(threads: 1)
    #expect(one.parts == 1)
    for threads in [2, 4] {
        let many = total(threads: threads)
        #expect(many.0 == one.0)
        #expect(many.parts <= threads)
    }
}

@Test func blocksAreSizedByWorkAndLeaveNoThreadIdle() {
    // 2^20 units a block at 200 a session: 5242 sessions; 1000 sessions on 2 threads: 125.
    #expect(ParallelBlocks.blockSize(count: 1_000, itemWork: 200, work: 1 << 20, threads: 2) == 125)
    #expect(ParallelBlocks.blockSize(count: 1_000_000, itemWork: 200, work: 1 << 20, threads: 2) == 5_242)
    #expect(ParallelBlocks.blockSize(count: 3, itemWork: 1, work: 1, threads: 8) == 1)
}
