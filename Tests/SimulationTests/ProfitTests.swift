import ModelTestSupport
import Testing

@testable import MarketModel

// The quotes are conditional expectations given the market maker's information, so with nature's
// truth drawn from the same prior, every trade's expected profit given the past is exactly c
// (zero without a cost): what it loses to the informed it earns from the uninformed. With c > 0 it is
// c where informed traders trade on that side, and at least c where they stay out (DESIGN §2).

/// c = 0, no tolerance: the mean session total is zero within 5 standard errors, while the informed
/// take a clearly non-zero amount that the uninformed pay.
@Test(arguments: [
    params(),  // classic GM
    params(mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25),  // Easley–O'Hara with no-trades
])
func zeroExpectedProfitWithoutCost(p: Parameters) throws {
    let plan = SimulationPlan(parameters: p, sessions: 4000, arrivals: 200, seed: 17)
    let profit = SessionSimulator(plan: plan).run(threads: 2).profit
    let mean = try #require(profit.perSession)
    let se = try #require(profit.perSessionStandardError)
    #expect(abs(mean) < 5 * se, "mean \(mean), SE \(se)")
    // Losses to the informed are many standard errors from zero, and the uninformed make them up.
    #expect(profit.fromInformed < -20 * se * Double(profit.sessions))
    #expect(profit.fromUninformed > 20 * se * Double(profit.sessions))
    #expect(try #require(profit.perInformedTrade) < 0 && (try #require(profit.perUninformedTrade)) > 0)
    // Per trade it tends to zero: |mean per trade| within 5 SE of the session mean / trades per session.
    let tradesPerSession = Double(profit.trades) / Double(profit.sessions)
    #expect(abs(try #require(profit.perTrade)) < 5 * se / tradesPerSession)
}

/// With a cost c every trade earns at least c on average: c when the quote is E[V | order] ± c, more
/// where informed traders stay out and the quote sits at V_H (or V_L), beyond E[V | order] ± c.
/// Classic GM, c = 0.05, 200 arrivals: once P(V_H) or P(V_L) is high, V_H − E[V | buy] (or
/// E[V | sell] − V_L) falls to c and the informed stop trading on that side, so some periods pass
/// with no trade; every one that trades earns c or more.
@Test func costIsEarnedPerTrade() throws {
    let plan = SimulationPlan(parameters: params(cost: 0.05), sessions: 4000, arrivals: 200, seed: 23)
    let profit = SessionSimulator(plan: plan).run(threads: 2).profit
    #expect(profit.trades < 4000 * 200 && profit.trades > 4000 * 100)
    let mean = try #require(profit.perSession)
    let se = try #require(profit.perSessionStandardError)
    let tradesPerSession = Double(profit.trades) / 4000
    #expect(mean - 0.05 * tradesPerSession > -5 * se, "mean \(mean), SE \(se), \(tradesPerSession) trades a session")
    // Informed traders never trade at a loss, so the market maker never earns from them.
    #expect(profit.fromInformed <= 0)
}

/// The simulator never lets an informed trader trade at a loss: over 40 random markets (costs,
/// tolerances, α < 1, γ ≠ ½; truth drawn from the prior) the profit taken from informed traders is
/// never positive, and in traced sessions every informed buy is at an ask ≤ V and every informed
/// sell at a bid ≥ V (to 10^−12 of the scale: a price is a convex combination of values, rounded).
@Test func simulatorInformedTradersNeverLose() throws {
    var rng = Xoshiro256(seed: 77)
    var informedTrades = 0
    for _ in 0..<40 {
        let p = randomMarket(&rng)
        let plan = SimulationPlan(parameters: p, sessions: 200, arrivals: 300, seed: rng.next())
        let simulator = SessionSimulator(plan: plan)
        let profit = simulator.run(threads: 1).profit
        let slack = 1e-12 * max(1, abs(p.low), abs(p.high))
        #expect(profit.fromInformed <= slack * Double(profit.informedTrades), "\(p): \(profit.fromInformed)")
        for session in 0..<5 {
            let trace = simulator.trace(session: session)
            let value = p.values[trace.truth.state]
            for a in trace.arrivals where a.trader == .informed && a.order != .none {
                informedTrades += 1
                #expect(a.order == .buy ? a.ask <= value + slack : a.bid >= value - slack, "\(p): \(a)")
            }
        }
    }
    #expect(informedTrades > 500)
}

/// Break-even with a cost is net of what the quotes expect to earn given each order, Σ price −
/// E[V | order]: c a trade where the quote is E[V | order] ± c, more where informed buyers stay out
/// and the ask sits at V_H above E[V | buy] + c. With μ = 0.6, c = 0.5 (the market), truth
/// drawn from the prior, total − expected has mean zero within 5 SE, while expected exceeds c × trades.
@Test func costBreaksEvenNetOfExpectedProfit() throws {
    let plan = SimulationPlan(parameters: params(mu: 0.6, cost: 0.5), sessions: 8000, arrivals: 50, seed: 31)
    let profit = SessionSimulator(plan: plan).run(threads: 2).profit
    let surprise = try #require(profit.netPerSession)
    let se = try #require(profit.netPerSessionStandardError)
    #expect(abs(surprise) < 5 * se, "total − expected \(surprise) a session, SE \(se)")
    #expect(
        profit.expected > 0.5 * Double(profit.trades) + 1,
        "expected \(profit.expected), c × trades \(0.5 * Double(profit.trades))")
}
