import Foundation
import MarketCore
import Testing

// The runner folds blocks in item order: a fold that is not associative (a running mean) gives the
// same bits on any number of threads and any block size as one thread in order.

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
        count: count, block: block, threads: threads, into: RunningMean(),
        play: { range in .init(part: range.map { ($0, value($0)) }, completed: range.count, stopped: false) },
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
        count: 100, block: 10, threads: 1, into: RunningMean(),
        play: { range in
            let stopAt = range.lowerBound == 30 ? 34 : range.upperBound
            let items = Array(range.lowerBound..<stopAt)
            tally.play(items.count)
            return .init(part: items.map { ($0, value($0)) }, completed: items.count, stopped: stopAt < range.upperBound)
        },
        fold: { total, part in for (i, x) in part { total.add(x, item: i) } },
        progress: tally.report)
    #expect(stopped)
    #expect(total.order == Array(0..<34))
    let (reports, played) = tally.snapshot
    #expect(played == 34)
    #expect(reports == [10, 20, 30, 34])
}

@Test func progressNeverDecreasesAndEndsAtTheCount() {
    let tally = Tally()
    _ = ParallelBlocks.run(
        count: 500, block: 7, threads: 4, into: 0,
        play: { range in .init(part: range.count, completed: range.count, stopped: false) },
        fold: { total, n in total += n }, progress: tally.report)
    let reports = tally.snapshot.reports
    #expect(reports == reports.sorted())
    #expect(reports.last == 500)
    #expect(reports.count == (500 + 6) / 7)
}

@Test func blocksAreSizedByWorkAndLeaveNoThreadIdle() {
    // 2^20 units a block at 200 a session: 5242 sessions; 1000 sessions on 2 threads: 125.
    #expect(ParallelBlocks.blockSize(count: 1_000, itemWork: 200, work: 1 << 20, threads: 2) == 125)
    #expect(ParallelBlocks.blockSize(count: 1_000_000, itemWork: 200, work: 1 << 20, threads: 2) == 5_242)
    #expect(ParallelBlocks.blockSize(count: 3, itemWork: 1, work: 1, threads: 8) == 1)
}
