import Testing
@testable import MarketModel

// The quotes are conditional expectations given the market maker's information, so with nature's
// truth drawn from the same prior, every trade's expected profit given the past is exactly c
// (zero without a cost): what it loses to the informed it earns from the uninformed.

/// c = 0, no tolerance: the mean session total is zero within 5 standard errors, while the informed
/// take a clearly non-zero amount that the uninformed pay.
@Test(arguments: [
    params(),                                                // classic GM
    params(mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25), // Easley–O'Hara with no-trades
])
func zeroExpectedProfitWithoutCost(p: Parameters) throws {
    let plan = SimulationPlan(parameters: p, sessions: 4000, arrivals: 200, seed: 17)
    let profit = SessionSimulator(plan: plan).run(threads: 2).profit
    let mean = try #require(profit.perSession), se = try #require(profit.perSessionStandardError)
    #expect(abs(mean) < 5 * se, "mean \(mean), SE \(se)")
    // Losses to the informed are many standard errors from zero, and the uninformed make them up.
    #expect(profit.fromInformed < -20 * se * Double(profit.sessions))
    #expect(profit.fromUninformed > 20 * se * Double(profit.sessions))
    #expect(try #require(profit.perInformedTrade) < 0 && (try #require(profit.perUninformedTrade)) > 0)
    // Per trade it tends to zero: |mean per trade| within 5 SE of the session mean / trades per session.
    let tradesPerSession = Double(profit.trades) / Double(profit.sessions)
    #expect(abs(try #require(profit.perTrade)) < 5 * se / tradesPerSession)
}

/// With a cost c every trade earns c on average. Classic GM trades every period (ε_b + ε_s = 1, no
/// tolerance), so a session's total has mean c·N = 0.05·200 = 10, within 5 SE.
@Test func costIsEarnedPerTrade() throws {
    let plan = SimulationPlan(parameters: params(cost: 0.05), sessions: 4000, arrivals: 200, seed: 23)
    let profit = SessionSimulator(plan: plan).run(threads: 2).profit
    #expect(profit.trades == 4000 * 200)
    let mean = try #require(profit.perSession), se = try #require(profit.perSessionStandardError)
    #expect(abs(mean - 10) < 5 * se, "mean \(mean), SE \(se)")
}
