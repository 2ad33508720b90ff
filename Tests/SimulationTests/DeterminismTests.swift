import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Session i is a pure function of (plan, i), and summaries merge exactly, so a study gives the same
// bits however its sessions are split among threads, and the same seed repeats it.

/// A plan per model case: short sessions, enough of them for several blocks per thread.
private func plans() -> [SimulationPlan] {
    modelCases.map {
        SimulationPlan(parameters: $0.parameters, sessions: 240, arrivals: 400, seed: 99, truth: $0.truth)
    }
}

@Test func oneTwoAndThreeThreadsGiveIdenticalSummaries() {
    for plan in plans() {
        let simulator = SessionSimulator(plan: plan)
        let one = simulator.run(threads: 1)
        #expect(one.sessions == plan.sessions && one.arrivals == plan.sessions * plan.arrivals)
        #expect(simulator.run(threads: 2) == one)
        #expect(simulator.run(threads: 3) == one)
    }
}

/// Splitting by hand and merging in either order gives the same bits as one sequential run.
@Test func mergeOrderDoesNotMatter() {
    for plan in plans() {
        let simulator = SessionSimulator(plan: plan)
        var whole = SimulationSummary(plan: plan)
        var first = whole
        var second = whole
        var third = whole
        simulator.run(sessions: 0..<plan.sessions, into: &whole)
        simulator.run(sessions: 0..<70, into: &first)
        simulator.run(sessions: 70..<71, into: &second)
        simulator.run(sessions: 71..<plan.sessions, into: &third)
        var forward = first
        var backward = third
        forward.merge(second)
        forward.merge(third)
        backward.merge(second)
        backward.merge(first)
        #expect(forward == whole)
        #expect(backward == whole)
    }
}

@Test func sameSeedSameSummaryOtherSeedOtherSummary() {
    var plan = SimulationPlan(
        parameters: params(alpha: 0.5, epsBuy: 0.25, epsSell: 0.25), sessions: 50, arrivals: 300, seed: 7)
    let a = SessionSimulator(plan: plan).run(threads: 2)
    #expect(SessionSimulator(plan: plan).run(threads: 2) == a)
    plan.seed = 8
    #expect(SessionSimulator(plan: plan).run(threads: 2) != a)
}

/// Each session has its own stream: seed ⊕ i·φ through SplitMix64, so neighbouring sessions (and
/// neighbouring master seeds) share no words.
@Test func sessionGeneratorsAreDistinct() {
    var firstWords = Set<UInt64>()
    for seed: UInt64 in [0, 1, 42] {
        for session in 0..<1000 {
            var g = SessionSimulator.generator(seed: seed, session: session)
            firstWords.insert(g.next())
        }
    }
    #expect(firstWords.count == 3000)
    // The stream is fixed by (seed, session): the same pair gives the same words.
    var a = SessionSimulator.generator(seed: 5, session: 17)
    var b = SessionSimulator.generator(seed: 5, session: 17)
    #expect((0..<8).map { _ in a.next() } == (0..<8).map { _ in b.next() })
}

/// Counting the calls of shouldStop: it is asked before the first arrival and then every 4096
/// arrivals. With N = 1000 on one thread, the third call comes at arrival 8192 = session 8, t = 192,
/// so sessions 0…7 complete and the summary equals a plain run over 0..<8.
@Test func stopKeepsTheCompletedSessions() {
    let plan = SimulationPlan(parameters: params(), sessions: 20, arrivals: 1000, seed: 3)
    let simulator = SessionSimulator(plan: plan)
    var calls = 0
    var stopped = SimulationSummary(plan: plan)
    let completed = simulator.run(
        sessions: 0..<20, into: &stopped,
        shouldStop: {
            calls += 1
            return calls == 3
        })
    #expect(completed == 8 && stopped.wasStopped && stopped.sessions == 8)
    var expected = SimulationSummary(plan: plan)
    simulator.run(sessions: 0..<8, into: &expected)
    #expect(!expected.wasStopped)
    expected.wasStopped = true
    #expect(stopped == expected)
}

/// A stop requested before anything ran returns an empty summary marked stopped; progress counts
/// never decrease and end at M.
@Test func stopAtOnceAndProgress() {
    let plan = SimulationPlan(parameters: params(), sessions: 64, arrivals: 50_000, seed: 1)
    let simulator = SessionSimulator(plan: plan)
    let none = simulator.run(threads: 2, shouldStop: { true })
    #expect(none.wasStopped && none.sessions == 0)

    let seen = Counts()
    let all = simulator.run(threads: 2, progress: { seen.append($0) })
    #expect(!all.wasStopped && all.sessions == 64)
    #expect(seen.values == seen.values.sorted() && seen.values.last == 64)
}

/// The progress counts a run reported, from whichever thread.
private final class Counts: @unchecked Sendable {
    private let lock = NSLock()
    private var list: [Int] = []
    func append(_ n: Int) {
        lock.lock()
        list.append(n)
        lock.unlock()
    }
    var values: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return list
    }
}
