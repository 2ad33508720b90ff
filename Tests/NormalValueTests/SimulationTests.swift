import Foundation
import ModelTestSupport
import Testing

import struct MarketModel.Xoshiro256

@testable import NormalValue

/// Session i's generator, seeded as the tests choose: Xoshiro256 from seed·1000 + i.
func sessionGenerator(_ seed: UInt64) -> @Sendable (Int) -> Xoshiro256 {
    { Xoshiro256(seed: seed &* 1000 &+ UInt64($0)) }
}

@Test func meanEstimateOfOneTwoThreeFour() {
    var estimate = MeanEstimate()
    #expect(estimate.standardError == nil)
    for x in [1.0, 2, 3, 4] { estimate.add(x) }
    // Mean 5/2, s² = (9/4 + 1/4 + 1/4 + 9/4)/3 = 5/3, standard error √(5/3 / 4) = √(5/12).
    #expect(estimate.mean == 2.5)
    #expect(isClose(estimate.variance, 5.0 / 3.0, tol: 1e-15))
    #expect(isClose(estimate.standardError, (5.0 / 12.0).squareRoot(), tol: 1e-15))
}

@Test func simulationRepeatsAndOpensAtTheOpeningQuote() throws {
    let study = NormalSimulation(parameters: normal(mean: 100, sigma: 4, mu: 0.3), sessions: 60, arrivals: 40)
    let first = try study.run(generator: sessionGenerator(1))
    let second = try study.run(generator: sessionGenerator(1))
    #expect(first == second)
    #expect(first.sessions == 60 && first.failedSessions == 0)
    let opening = try #require(NormalMarket(parameters: study.parameters).quote.spread)
    #expect(first.spreadByTrade[0].mean == opening)
    #expect(first.spreadByTrade[0].standardError == 0)
    #expect(first.spreadByTrade.count == 41 && first.spreadByTrade[40].count == 60)
    // Learning narrows the spread: after 40 arrivals it is well below the opening one.
    #expect(first.spreadByTrade[40].mean < 0.5 * opening)
}

@Test(arguments: [normal(mean: 100, sigma: 4, mu: 0.3), normal(mean: 0, sigma: 1, mu: 0.6, epsBuy: 0.3, epsSell: 0.4)])
func marketMakerBreaksEvenOnAverage(_ p: NormalParameters) throws {
    // With c = 0 and v drawn from the prior, each quote is E[v | order] under the market maker's
    // (correct) belief, so its expected profit is 0 on every trade: what it loses to the informed
    // it earns from the uninformed, within sampling error (4 standard errors).
    let summary = try NormalSimulation(parameters: p, sessions: 300, arrivals: 60).run(generator: sessionGenerator(2))
    let se = try #require(summary.profit.standardError)
    #expect(abs(summary.profit.mean) < 4 * se)
    #expect(summary.profitFromInformed.mean < 0 && summary.profitFromUninformed.mean > 0)
    #expect(
        isClose(summary.profit.mean, summary.profitFromInformed.mean + summary.profitFromUninformed.mean, tol: 1e-12))
    // |mid − v| shrinks as the market learns.
    #expect(summary.distanceByTrade[60].mean < summary.distanceByTrade[0].mean)
}

@Test func fixedTruthAndRefusedParameters() throws {
    let summary = try NormalSimulation(parameters: normal(), sessions: 20, arrivals: 10, truth: .value(0.7))
        .run(generator: sessionGenerator(3))
    #expect(summary.trueValue.mean == 0.7)
    #expect(throws: NormalParameterError.quoteUndefined(.ask, .everyArrivalInformed)) {
        try NormalSimulation(parameters: normal(mu: 1), sessions: 1, arrivals: 1).run(generator: sessionGenerator(3))
    }
}

/// How many times `shouldStop` was asked, behind a lock (the study asks from its worker threads).
final class StopCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var asked = 0
    private var reports: [Int] = []
    /// Says yes from the `yesFrom`-th question on.
    let yesFrom: Int

    init(yesFrom: Int) { self.yesFrom = yesFrom }

    func ask() -> Bool {
        lock.withLock {
            asked += 1
            return asked >= yesFrom
        }
    }

    func report(_ done: Int) { lock.withLock { reports.append(done) } }
    var counts: (asked: Int, reports: [Int]) { lock.withLock { (asked, reports) } }
}

@Test func simulationStopsWhenAskedWithTheSessionsDone() throws {
    // On one thread, with 5 arrivals a session, the study asks once before each session: the 8th
    // question comes before session 7, so sessions 0…6 are played.
    let study = NormalSimulation(parameters: normal(), sessions: 50, arrivals: 5)
    let counter = StopCounter(yesFrom: 8)
    let summary = try study.run(
        threads: 1, generator: sessionGenerator(4), shouldStop: counter.ask, progress: counter.report)
    #expect(summary.sessions == 7)
    #expect(counter.counts.asked == 8)
    #expect(counter.counts.reports.last == 7)
    // The seven played are the first seven of the full study, session by session.
    let seven = try NormalSimulation(parameters: normal(), sessions: 7, arrivals: 5).run(generator: sessionGenerator(4))
    #expect(summary == seven)
}

/// Every figure of a summary as bits, so that two summaries compare bit for bit (NaN included).
private func bits(_ s: NormalSimulationSummary) -> [UInt64] {
    func estimate(_ e: MeanEstimate) -> [UInt64] {
        [UInt64(e.count), e.mean.bitPattern, (e.variance ?? -1).bitPattern]
    }
    let counts = [s.sessions, s.failedSessions, s.convergedSessions, s.informedTrades, s.uninformedTrades]
    return counts.map { UInt64($0) } + [s.convergenceArrival, s.trueValue, s.profitFromInformed, s.profitFromUninformed, s.profit]
        .flatMap(estimate) + (s.spreadByTrade + s.distanceByTrade).flatMap(estimate)
}

/// The sessions are recorded in session order whatever the threads: the same seed gives the same
/// bits on 1, 2 and 4 threads (the running means would differ in the last bits if they were
/// merged per thread instead).
@Test(arguments: [normal(mean: 100, sigma: 4, mu: 0.3), normal(mean: 0, sigma: 1, mu: 0.6, epsBuy: 0.3, epsSell: 0.4)])
func simulationIsTheSameBitsOnAnyNumberOfThreads(_ p: NormalParameters) throws {
    let study = NormalSimulation(parameters: p, sessions: 90, arrivals: 30)
    let one = try study.run(threads: 1, generator: sessionGenerator(6))
    #expect(one.sessions == 90)
    for threads in [2, 4] {
        let many = try study.run(threads: threads, generator: sessionGenerator(6))
        #expect(bits(many) == bits(one), "\(threads) threads")
    }
}
