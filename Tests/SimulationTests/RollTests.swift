import ModelTestSupport
import Testing

@testable import MarketModel

// Roll's estimator 2·√(−cov(Δp_t, Δp_{t−1})) on the simulated trade prices.

/// The bid-ask bounce Roll was built for: μ = 0 (no informed traders, so no learning), γ = ½, c = 0.5.
/// Quotes stay at V* ± c = 100 ± 0.5, trade prices are p_t = 100 + c·q_t with q_t = ±1 i.i.d., and
/// Δp_t = c(q_t − q_{t−1}), so cov(Δp_t, Δp_{t−1}) = c²·E[(q_t − q_{t−1})(q_{t−1} − q_{t−2})] = −c²:
/// Roll's spread is 2c = 1, the quoted spread. The products x_t = (q_t − q_{t−1})(q_{t−1} − q_{t−2})
/// have variance 3 and lag-one covariance 1 (they share q_{t−1}·q_t), so the standard error of the
/// mean of c²·x is c²·√((3 + 2·1)/n) = c²·√(5/n).
@Test func rollSeesTheWholeSpreadWhenItIsBounce() throws {
    let c = 0.5
    let plan = SimulationPlan(parameters: params(mu: 0, cost: c), sessions: 400, arrivals: 1000, seed: 31)
    let roll = SessionSimulator(plan: plan).run(threads: 2).roll
    #expect(roll.pairs == 400 * 998)
    let cov = try #require(roll.autocovariance)
    let se = c * c * (5.0 / Double(roll.pairs)).squareRoot()
    #expect(abs(cov - -(c * c)) < 5 * se, "cov \(cov), SE \(se)")
    #expect(isClose(roll.meanQuotedSpread, 2 * c))
    #expect(abs(try #require(roll.spread) - 2 * c) < 0.01)
}

/// Pure adverse selection: c = 0, μ = 0.3, truth from the prior. Each trade price is the market
/// maker's new expectation E[V | orders up to t] (the ask is E[V | past, buy]), a martingale in the
/// market maker's filtration, which is nature's here; martingale differences are uncorrelated, so
/// cov(Δp_t, Δp_{t−1}) = 0 (and the products are uncorrelated, so the plain standard error holds).
/// Roll sees nothing of a quoted spread that opens at μ·ΔV = 2.4.
@Test(arguments: [params(), params(mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25)])
func rollSeesNoAdverseSelection(p: Parameters) throws {
    let plan = SimulationPlan(parameters: p, sessions: 10_000, arrivals: 60, seed: 37)
    let roll = SessionSimulator(plan: plan).run(threads: 2).roll
    let cov = try #require(roll.autocovariance)
    let se = try #require(roll.autocovarianceStandardError)
    #expect(abs(cov) < 5 * se, "cov \(cov), SE \(se)")
    // Even a covariance 5 SE below zero would give Roll a spread far under the one quoted.
    let quoted = try #require(roll.meanQuotedSpread)
    #expect(2 * (5 * se).squareRoot() < quoted / 2, "Roll bound \(2 * (5 * se).squareRoot()), quoted \(quoted)")
}
