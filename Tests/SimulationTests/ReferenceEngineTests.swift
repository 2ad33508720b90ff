import ModelTestSupport
import Testing

@testable import MarketModel

// The reference engine plays sessions through Market.observe; elastic plans use it. On an inelastic
// plan it must measure what the fast kernel measures (their random streams differ, so within Monte
// Carlo error), and on an elastic plan each session must be Market's own arithmetic.

/// A summary of `plan` played by the reference engine.
private func referenceSummary(_ plan: SimulationPlan) -> SimulationSummary {
    var summary = SimulationSummary(plan: plan)
    _ = SessionSimulator(plan: plan).runReference(0..<plan.sessions, &summary, { false }, {})
    return summary
}

/// Inelastic classic GM: the reference engine's mean spread at t = 20 and its mean discovery time
/// agree with the kernel's within 5 standard errors of the difference (2000 sessions each).
@Test func referenceAgreesWithKernelOnInelasticPlan() throws {
    let p = params(low: 100, high: 104, prior: 0.5, mu: 0.3)
    let plan = SimulationPlan(parameters: p, sessions: 2000, arrivals: 60, seed: 7, profileTimes: [0, 20, 60])
    var kernel = SimulationSummary(plan: plan)
    SessionSimulator(plan: plan).run(sessions: 0..<plan.sessions, into: &kernel)
    let reference = referenceSummary(plan)
    #expect(reference.sessions == 2000 && kernel.sessions == 2000)
    // At t = 0 the spread is μ·ΔV = 1.2 in every session, in both engines.
    #expect(isClose(reference.spread[0].meanSpread, 1.2, tol: 1e-9))
    #expect(isClose(kernel.spread[0].meanSpread, 1.2, tol: 1e-9))
    // The spread at t = 20 lies in (0, 1.2]: its sd is at most 0.6, so the SE of a difference of two
    // means of 2000 is at most 0.6·√(2/2000) ≈ 0.019.
    let a = try #require(reference.spread[1].meanSpread)
    let b = try #require(kernel.spread[1].meanSpread)
    #expect(abs(a - b) < 5 * 0.6 * (2.0 / 2000).squareRoot())
    // Discovery times lie in 0…60: sd at most 30, SE of the difference at most 30·√(2/2000)·(a few).
    let ta = try #require(reference.discovery.meanTime)
    let tb = try #require(kernel.discovery.meanTime)
    #expect(abs(ta - tb) < 5 * 30 * (2.0 / 2000).squareRoot())
    // Informed traders' share of trades is μ·P(informed trader trades) ≈ 0.3 in both: SE ≈ 0.002.
    let sa = Double(reference.profit.informedTrades) / Double(reference.profit.trades)
    let sb = Double(kernel.profit.informedTrades) / Double(kernel.profit.trades)
    #expect(abs(sa - sb) < 0.02)
}

/// An elastic plan is played by the reference engine, and session i there is Market.observe fed
/// nature's draws from session i's generator: replaying it by hand gives the same profit.
@Test func elasticPlanReplaysThroughMarket() {
    var p = params(low: 1, high: 11, prior: 0.5, mu: 0.3)
    p.elastic = .value
    let plan = SimulationPlan(parameters: p, sessions: 5, arrivals: 40, seed: 3, truth: .high)
    let simulator = SessionSimulator(plan: plan)
    #expect(simulator.usesReferenceEngine)
    var summary = SimulationSummary(plan: plan)
    simulator.run(sessions: 0..<5, into: &summary)
    var total = 0.0
    var trades = 0
    for session in 0..<5 {
        var rng = SessionSimulator.generator(seed: 3, session: session)
        _ = rng.nextUnit()  // the truth's word, drawn even when the truth is fixed
        var market = Market(parameters: p)
        for _ in 0..<40 {
            let arrival = Arrival.draw(p, truth: .high, at: market.quote, using: &rng)
            let step = try! market.observe(arrival.wanted, from: arrival.trader, truth: .good)
            if let price = step.fillPrice {
                total += step.order == .buy ? price - 11 : 11 - price
                trades += 1
            }
        }
    }
    #expect(summary.profit.trades == trades)
    #expect(isClose(summary.profit.total, total, tol: 1e-9))
}
