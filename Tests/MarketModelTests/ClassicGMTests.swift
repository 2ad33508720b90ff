import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Classic Glosten–Milgrom (1985): α = 1, uninformed traders always trade (ε_b = γ, ε_s = 1 − γ).

/// At θ = γ = ½ the opening spread is μ·(V_H − V_L) and the quotes sit symmetrically around the mid.
@Test(arguments: [0.0, 0.1, 0.25, 0.3, 0.5, 0.9])
func classicOpeningSpreadIsMuTimesRange(mu: Double) throws {
    let market = Market(parameters: params(low: 96, high: 104, prior: 0.5, mu: mu))
    let q = market.quote
    // P(buy|H) = μ + (1−μ)/2 = (1+μ)/2, P(buy|L) = (1−μ)/2, P(buy) = ½, so
    // ask = (1+μ)/2·104 + (1−μ)/2·96 = 100 + 4μ and bid = 100 − 4μ: spread = 8μ = μ·ΔV.
    #expect(isClose(q.ask.price, 100 + 4 * mu))
    #expect(isClose(q.bid.price, 100 - 4 * mu))
    #expect(isClose(q.openSpread, 8 * mu))
    #expect(isClose(q.openMid, 100))
    #expect(isClose(q.expectedValue, 100))
}

/// θ = 3/5, γ = 3/5, μ = ½, V 100/110: opening ask 108, bid 103, P(buy) = 3/5, P(informed | order) = ½.
@Test func classicAsymmetricOpening() throws {
    let p = try params(low: 100, high: 110, prior: 0.6, mu: 0.5).setting(.gamma, to: 0.6)
    #expect(p.epsBuy == 0.6)
    #expect(isClose(p.epsSell, 0.4))
    var market = Market(parameters: p)
    // P(buy|H) = ½ + ½·3/5 = 4/5, P(buy|L) = ½·3/5 = 3/10; P(sell|H) = ½·2/5 = 1/5, P(sell|L) = ½ + 1/5 = 7/10.
    // Buy: joint H 3/5·4/5 = 12/25, L 2/5·3/10 = 3/25; P(buy) = 3/5, P(H | buy) = 4/5, ask = 100 + 10·4/5 = 108.
    // Sell: joint H 3/5·1/5 = 3/25, L 2/5·7/10 = 7/25; P(sell) = 2/5, P(H | sell) = 3/10, bid = 100 + 3 = 103.
    #expect(isClose(market.quote.ask.price, 108))
    #expect(isClose(market.quote.bid.price, 103))
    // E[V] = 100 + 10·3/5 = 106; the quotes are not symmetric around it (half-spreads 2 and 3).
    #expect(isClose(market.quote.expectedValue, 106))
    #expect(isClose(market.probability(of: .buy), 3.0 / 5.0))
    #expect(isClose(market.probability(of: .sell), 2.0 / 5.0))
    // α = 1 and ε_b + ε_s = 1: no-trades are impossible.
    #expect(market.probability(of: .none) == 0)
    var copy = market
    // P(informed | buy) = π_H·μ / P(buy) = (3/5·½)/(3/5) = ½.
    let buy = try copy.observe(.buy, from: .unknown, truth: .good)
    #expect(isClose(buy.pInformed, 0.5))
    // P(informed | sell) = π_L·μ / P(sell) = (2/5·½)/(2/5) = ½.
    let sell = try market.observe(.sell, from: .unknown, truth: .good)
    #expect(isClose(sell.pInformed, 0.5))
    #expect(isClose(sell.posterior.pHigh, 0.3))
}

/// With γ ≠ ½ a buy then a sell does not return to the prior: θ = 3/5 → 4/5 → 8/15.
@Test func classicAsymmetricBuyThenSellDoesNotReturn() throws {
    let p = try params(low: 100, high: 110, prior: 0.6, mu: 0.5).setting(.gamma, to: 0.6)
    var market = Market(parameters: p)
    let buy = try market.observe(.buy, from: .unknown, truth: .good)
    // P(H | buy) = 4/5 (previous test). New quotes from π_H = 4/5:
    #expect(isClose(buy.posterior.pHigh, 4.0 / 5.0))
    // buy joint H 4/5·4/5 = 32/50, L 1/5·3/10 = 3/50 → P(H | buy) = 32/35, ask = 100 + 320/35 = 764/7.
    #expect(isClose(market.quote.ask.price, 764.0 / 7.0))
    // sell joint H 4/5·1/5 = 8/50, L 1/5·7/10 = 7/50 → P(H | sell) = 8/15, bid = 100 + 80/15 = 316/3.
    #expect(isClose(market.quote.bid.price, 316.0 / 3.0))
    let sell = try market.observe(.sell, from: .unknown, truth: .good)
    // P(sell) = 8/50 + 7/50 = 3/10; P(informed | sell) = π_L·μ / P(sell) = (1/5·½)/(3/10) = 1/3.
    #expect(isClose(sell.evidence, 0.3))
    #expect(isClose(sell.pInformed, 1.0 / 3.0))
    // Odds: 3/2 · (4/5)/(3/10) · (1/5)/(7/10) = 3/2 · 8/3 · 2/7 = 8/7, so P(V_H) = 8/15 ≠ 3/5.
    #expect(isClose(sell.posterior.pHigh, 8.0 / 15.0))
    #expect(abs(sell.posterior.pHigh - 0.6) > 0.06)
}

/// With γ = ½ (any θ) a buy then a sell returns exactly to the prior: the likelihood ratios cancel.
@Test(arguments: [0.2, 0.5, 0.85])
func classicSymmetricBuyThenSellReturns(theta: Double) throws {
    var market = Market(parameters: try params(low: 100, high: 110, prior: theta, mu: 0.4).setting(.gamma, to: 0.5))
    let opening = market.quote
    try play([.buy, .sell], on: &market)
    // Odds θ/(1−θ) · (1+μ)/(1−μ) · (1−μ)/(1+μ) = θ/(1−θ).
    #expect(isClose(market.belief.pHigh, theta))
    #expect(isClose(market.quote.ask.price, try #require(opening.ask.price)))
    #expect(isClose(market.quote.bid.price, try #require(opening.bid.price)))
}

/// Odds form: posterior odds = prior odds × likelihood ratio, (1+μ)/(1−μ) for a buy at γ = ½.
@Test(arguments: [0.1, 0.3, 0.75])
func classicOddsForm(mu: Double) throws {
    var market = Market(parameters: params(low: 100, high: 110, prior: 0.3, mu: mu))
    // LR(buy) = P(buy|H)/P(buy|L) = ((1+μ)/2)/((1−μ)/2) = (1+μ)/(1−μ); a sell gives the inverse.
    let ratio = (1 + mu) / (1 - mu)
    for order in [Order.buy, .buy, .sell, .buy, .sell, .sell, .sell] {
        let priorOdds = oddsHigh(market.belief)
        let step = try market.observe(order, from: .unknown, truth: .good)
        let expectedRatio = order == .buy ? ratio : 1 / ratio
        #expect(isClose(step.logLikelihoodRatio, log(expectedRatio)))
        #expect(isClose(oddsHigh(step.posterior), priorOdds * expectedRatio))
    }
    // Net buys − sells = 3 − 4 = −1: odds = 3/7 · ratio^−1, whatever the order of the orders.
    #expect(isClose(oddsHigh(market.belief), 3.0 / 7.0 / ratio))
}

/// The odds form with γ ≠ ½: LR(buy) = (μ + (1−μ)γ)/((1−μ)γ), LR(sell) = (1−μ)(1−γ)/(μ + (1−μ)(1−γ)).
@Test func classicOddsFormAsymmetricGamma() throws {
    var market = Market(parameters: try params(low: 100, high: 110, prior: 0.6, mu: 0.5).setting(.gamma, to: 0.6))
    // μ = ½, γ = 3/5: LR(buy) = (4/5)/(3/10) = 8/3, LR(sell) = (1/5)/(7/10) = 2/7.
    let buy = try market.observe(.buy, from: .unknown, truth: .good)
    #expect(isClose(buy.logLikelihoodRatio, log(8.0 / 3.0)))
    let sell = try market.observe(.sell, from: .unknown, truth: .good)
    #expect(isClose(sell.logLikelihoodRatio, log(2.0 / 7.0)))
    // Counts, not order, matter: sell then buy also ends at odds 3/2 · 2/7 · 8/3 = 8/7.
    var reversed = Market(parameters: market.parameters)
    try play([.sell, .buy], on: &reversed)
    #expect(isClose(oddsHigh(reversed.belief), 8.0 / 7.0))
}

/// From θ = ½ successive buys narrow the spread: 6/5 → 120/109 → 546/635 (V 100/104, μ = 0.3).
@Test func classicSpreadNarrowsAfterBuys() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3))
    // Opening: μ·ΔV = 0.3·4 = 6/5.
    #expect(isClose(market.quote.openSpread, 1.2))
    try play([.buy], on: &market)
    // After one buy: 11238/109 − 102 = (11238 − 11118)/109 = 120/109 (DESIGN hand check).
    #expect(isClose(market.quote.openSpread, 120.0 / 109.0))
    try play([.buy], on: &market)
    // After two: 65697/635 − 102.6 = (65697 − 65151)/635 = 546/635 (HandCheckTests derivation).
    #expect(isClose(market.quote.openSpread, 546.0 / 635.0))
}

/// Opening beliefs in classic GM: π_N = 0, π_B = 1 − θ, π_G = θ, and P(event) = 1.
@Test func classicOpeningBelief() {
    let belief = Belief(opening: params(low: 100, prior: 0.3))
    #expect(belief.logProbability.noEvent == -.infinity)
    #expect(isClose(belief.pHigh, 0.3))
    #expect(isClose(belief.pLow, 0.7))
    #expect(belief.pEvent == 1)
}
