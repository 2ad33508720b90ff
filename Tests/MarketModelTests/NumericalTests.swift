import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Numerical care (DESIGN §2): long one-sided runs must not underflow to 0/0, and log-probabilities let
// a belief come back from 10^-500 when the flow turns.

/// True when every number the market shows is finite and the quotes lie in [low, high].
private func isSane(_ market: Market) -> Bool {
    let p = market.parameters
    let q = market.quote
    guard let ask = q.ask.price, let bid = q.bid.price else { return false }
    let slack = 1e-12 * max(1, abs(p.high))
    let pr = market.belief.probability
    return ask.isFinite && bid.isFinite && q.expectedValue.isFinite
        && p.low - slack <= bid && bid <= ask + slack && ask <= p.high + slack
        && !pr.noEvent.isNaN && !pr.bad.isNaN && !pr.good.isNaN && abs(pr.sum - 1) <= 1e-12
}

/// 10^6 buys in a row (classic, V 96/104): no NaN or ∞, quotes inside [low, high], converging to V_H.
@Test func millionBuysStaySane() throws {
    var market = Market(parameters: params(low: 96, high: 104, prior: 0.5, mu: 0.3))
    var insane = 0
    for i in 0..<1_000_000 {
        _ = try market.observe(.buy, from: .unknown, truth: .good)
        if i % 1000 == 0 || i < 2000, !isSane(market) { insane += 1 }
    }
    #expect(insane == 0)
    #expect(isSane(market))
    #expect(market.time == 1_000_000)
    // log P(V_L) = −log(1 + (13/7)^n) ≈ −n·log(13/7) ≈ −6.2·10^5: far below Double's range, yet finite in logs.
    #expect(isClose(market.belief.logProbability.bad / 1e6, -log(13.0 / 7.0), tol: 1e-9))
    #expect(market.belief.pHigh == 1)
    // Both quotes have reached V_H = 104 (to rounding).
    #expect(isClose(market.quote.ask.price, 104))
    #expect(isClose(market.quote.bid.price, 104))
}

/// 10^5 buys in Easley–O'Hara (α = ½, ε = ¼, μ = ½) and 10^5 no-trades after: still finite and in range.
@Test func longEasleyOHaraRunStaysSane() throws {
    var market = Market(
        parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
    for _ in 0..<100_000 { _ = try market.observe(.buy, from: .unknown, truth: .good) }
    #expect(isSane(market))
    // Each buy multiplies the G:N odds by (5/8)/(1/4) = 5/2, so π_N ≈ (2/5)^n → 0 and π_G → 1.
    #expect(isClose(market.belief.pHigh, 1))
    for _ in 0..<100_000 { _ = try market.observe(.none, from: .unknown, truth: .good) }
    #expect(isSane(market))
    // Each no-trade multiplies the N:G odds by (1/2)/(1/4) = 2: after 10^5 of each the log odds of N
    // against G are n·(log 2 − log(5/2)) + log(π_N/π_G at the opening = 2) = n·log(4/5) + log 2.
    let logOdds = market.belief.logProbability.noEvent - market.belief.logProbability.good
    #expect(isClose(logOdds / 1e5, log(4.0 / 5.0) + log(2.0) / 1e5, tol: 1e-9))
}

/// γ = ½: 2000 buys then 2000 sells return to the prior within 1e-9, though P(V_L) passed through e^−1238.
@Test(arguments: [0.5, 0.3])
func buysThenSellsReturnToPrior(theta: Double) throws {
    var market = Market(parameters: params(low: 96, high: 104, prior: theta, mu: 0.3))
    let opening = market.quote
    for _ in 0..<2000 { _ = try market.observe(.buy, from: .unknown, truth: .good) }
    // Odds of V_H = θ/(1−θ)·(13/7)^2000, so log P(V_L) = −log(1 + odds) ≈ −2000·log(13/7) − log(θ/(1−θ)).
    let expectedLogLow = -2000 * log(13.0 / 7.0) - log(theta / (1 - theta))
    #expect(isClose(market.belief.logProbability.bad, expectedLogLow, tol: 1e-12))
    #expect(market.belief.pLow == 0)  // underflows as a plain probability…
    for _ in 0..<2000 { _ = try market.observe(.sell, from: .unknown, truth: .good) }
    // …yet comes back: the likelihood ratios (13/7)^2000·(7/13)^2000 = 1.
    #expect(abs(market.belief.pHigh - theta) <= 1e-9)
    #expect(abs(market.belief.pLow - (1 - theta)) <= 1e-9)
    #expect(abs(try #require(market.quote.ask.price) - (try #require(opening.ask.price))) <= 1e-9)
    #expect(abs(try #require(market.quote.bid.price) - (try #require(opening.bid.price))) <= 1e-9)
}

/// Extreme beliefs still give a usable Bayes step: after 10^4 sells a buy has finite evidence and P(informed).
@Test func extremeBeliefBayesStep() throws {
    var market = Market(parameters: params(low: 96, high: 104, prior: 0.5, mu: 0.3))
    for _ in 0..<10_000 { _ = try market.observe(.sell, from: .unknown, truth: .bad) }
    let step = try market.observe(.buy, from: .unknown, truth: .bad)
    // P(V_H) ≈ 0, so P(buy) ≈ P(buy | L) = 0.35 and P(informed | buy) = π_H·μ / P(buy) ≈ 0.
    #expect(isClose(step.evidence, 0.35))
    #expect(step.pInformed.isFinite && step.pInformed >= 0 && step.pInformed < 1e-12)
    #expect(step.logLikelihoodRatio.isFinite)
    #expect(isClose(step.logLikelihoodRatio, log(13.0 / 7.0)))
}

/// P(event) stays exact when small: α = ½, ε = ¼, μ = 0.3. Each no-trade multiplies the odds of an
/// event by P(none | event)/P(none | N) = 0.7·½ / ½ = 0.7, so after t of them
/// P(event) = 0.7^t / (1 + 0.7^t) (3.23·10^−16 at t = 100, 10^−155 at t = 1000).
@Test func smallEventProbabilityKeepsItsDigits() throws {
    var market = Market(parameters: params(low: 100, mu: 0.3, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
    var worst = 0.0
    for t in 1...1000 {
        _ = try market.observe(.none, from: .unknown, truth: .noEvent)
        let exact = pow(0.7, Double(t)) / (1 + pow(0.7, Double(t)))
        worst = max(worst, abs(market.belief.pEvent - exact) / exact)
    }
    #expect(worst <= 1e-9, "worst relative error \(worst)")
}
