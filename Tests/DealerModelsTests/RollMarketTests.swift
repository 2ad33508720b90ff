import MarketCore
import ModelTestSupport
import Testing

@testable import DealerModels

private func roll(mean: Double = 100, sigma: Double, halfSpread: Double, gamma: Double = 0.5) -> RollParameters {
    var p = RollParameters()
    p.mean = mean
    p.sigma = sigma
    p.halfSpread = halfSpread
    p.gamma = gamma
    return p
}

@Test func tradesByHand() {
    // m₀ = 100, c = 0.5. Buy after a step of 0.25: m = 100.25, p = 100.75. Sell after −0.125:
    // m = 100.125, p = 99.625, Δp = −1.125 = e + c(q_t − q_{t−1}) = −0.125 − 1. Sell after 0:
    // p = 99.625, Δp = 0, bounce 0. Buy after 0.5: m = 100.625, p = 101.125, Δp = 1.5 = 0.5 + 1.
    var market = RollMarket(parameters: roll(sigma: 1, halfSpread: 0.5))
    let first = market.trade(.buy, step: 0.25)
    #expect(first.price == 100.75 && first.change == nil && first.bounce == nil && first.previousPrice == nil)
    let second = market.trade(.sell, step: -0.125)
    #expect(second.efficientPrice == 100.125 && second.price == 99.625)
    #expect(second.change == -1.125 && second.bounce == -1 && second.previousChange == nil)
    let third = market.trade(.sell, step: 0)
    #expect(third.change == 0 && third.bounce == 0 && third.previousChange == -1.125 && third.pairs == 1)
    #expect(third.covariance == nil)
    let fourth = market.trade(.buy, step: 0.5)
    #expect(fourth.price == 101.125 && fourth.change == 1.5 && fourth.bounce == 1)
    // Pairs (−1.125, 0) and (0, 1.5): x̄ = −0.5625, ȳ = 0.75,
    // Ĉ = ½[(−0.5625)(−0.75) + (0.5625)(0.75)] = 0.421875 ≥ 0: Roll's estimate is undefined.
    #expect(fourth.pairs == 2)
    #expect(isClose(fourth.covariance, 0.421875))
    #expect(fourth.estimate == nil)
    #expect(fourth.trueSpread == 1)
    #expect(market.quote == (100.125, 101.125))
}

/// Every sequence of T signs with its probability γ^buys·(1−γ)^sells, through a market with σ = 0.
private func exactExpectedCovariance(trades: Int, halfSpread: Double, gamma: Double) -> Double {
    var expectation = 0.0
    for code in 0..<(1 << trades) {
        var market = RollMarket(parameters: roll(sigma: 0, halfSpread: halfSpread, gamma: gamma))
        var probability = 1.0
        var last: RollTrade?
        for t in 0..<trades {
            let buy = code >> t & 1 == 1
            probability *= buy ? gamma : 1 - gamma
            last = market.trade(buy ? .buy : .sell, step: 0)
        }
        expectation += probability * (last?.covariance ?? .nan)
    }
    return expectation
}

@Test(arguments: [4, 5, 6, 9, 12])
func withAFixedEfficientPriceTheCovarianceIsMinusCSquaredExactly(trades: Int) {
    // σ = 0: prices are m₀ ± c and E[Ĉ] over all 2^T sign sequences is −c²·4γ(1−γ), with no
    // finite-sample bias (the bias term (n−1)σ²/n² vanishes): −c² at γ = ½.
    #expect(isClose(exactExpectedCovariance(trades: trades, halfSpread: 0.5, gamma: 0.5), -0.25))
    #expect(isClose(exactExpectedCovariance(trades: trades, halfSpread: 0.5, gamma: 0.25), -0.25 * 0.75))
    #expect(isClose(exactExpectedCovariance(trades: trades, halfSpread: 2, gamma: 0.9), -4 * 4 * 0.9 * 0.1))
}

/// The sample covariance at the end of each of `runs` seeded tapes of `trades` noise trades.
private func covariances(_ p: RollParameters, runs: Int, trades: Int, seed: UInt64) -> [Double] {
    var rng = Xoshiro256(seed: seed)
    return (0..<runs).map { _ in
        var market = RollMarket(parameters: p)
        for _ in 0..<trades { market.noise(using: &rng) }
        return market.covariance.covariance ?? .nan  // nil only before two pairs; NaN then fails every check
    }
}

@Test func overManySeededRunsTheCovarianceAveragesItsClosedForm() {
    // Short tapes (12 trades, 10 pairs) with a walking efficient price: E[Ĉ] = −c² − (n−1)σ²/n²
    // = −0.25 − 9·0.25/100 = −0.2725 (derivation at `expectedSampleCovariance`).
    let p = roll(sigma: 0.5, halfSpread: 0.5)
    let short = SampleMean(covariances(p, runs: 20_000, trades: 12, seed: 21))
    let expected = -0.25 - 9 * 0.25 / 100
    #expect(isClose(p.expectedSampleCovariance(pairs: 10), expected))
    #expect(short.agrees(with: expected))
    // The finite-sample term is not noise: −c² alone lies outside the runs' error bars (about 13
    // standard errors away at this seed).
    #expect(!short.agrees(with: -0.25))
    // Long tapes: the bias is negligible and Ĉ averages the population covariance −c².
    let long = SampleMean(covariances(p, runs: 400, trades: 2000, seed: 22))
    #expect(long.agrees(with: -0.25 - 1997 * 0.25 / (1998 * 1998)))
    #expect(long.standardError < 0.002)
    // γ = 0.8: the signs are independent but unbalanced, Var q = 0.64, and Ĉ averages −0.64·c²;
    // Roll's estimate then tends to 2c·0.8, not 2c.
    let skewed = roll(sigma: 0.5, halfSpread: 0.5, gamma: 0.8)
    #expect(isClose(skewed.serialCovariance, -0.16))
    #expect(isClose(skewed.estimateLimit, 0.8))
    #expect(
        SampleMean(covariances(skewed, runs: 400, trades: 2000, seed: 23)).agrees(
            with: -0.16 - 1997 * 0.25 / (1998 * 1998)))
}

@Test func naturesDrawsHaveTheirDistributions() {
    let p = roll(sigma: 2, halfSpread: 0.5, gamma: 0.3)
    let market = RollMarket(parameters: p)
    var rng = Xoshiro256(seed: 5)
    let n = 40_000
    let steps = (0..<n).map { _ in market.drawStep(using: &rng) }
    let mean = SampleMean(steps)
    #expect(mean.agrees(with: 0))
    let variance = steps.reduce(0) { $0 + $1 * $1 } / Double(n)
    // E[e²] = σ² = 4, with standard error σ²·√(2/n).
    #expect(abs(variance - 4) < 4 * 4 * (2 / Double(n)).squareRoot())
    let buys = (0..<n).filter { _ in market.drawSign(using: &rng) == .buy }.count
    #expect(abs(Double(buys) / Double(n) - 0.3) < 4 * (0.3 * 0.7 / Double(n)).squareRoot())
}

@Test func parametersOutsideTheirRowsAreRefused() throws {
    let p = RollParameters()
    #expect(throws: DealerParameterError.self) { try p.setting(.gamma, to: 1.5) }
    #expect(throws: DealerParameterError.self) { try p.setting(.sigma, to: -1) }
    #expect(throws: DealerParameterError.self) { try p.setting(.halfSpread, to: .nan) }
    #expect(try p.setting(.halfSpread, to: 2).halfSpread == 2)
    #expect(rollParameterTable.map(\.name.rawValue) == ["mean", "sigma", "half_spread", "gamma"])
}
