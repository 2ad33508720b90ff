import ModelTestSupport
import Testing

@testable import MarketModel

/// DESIGN §2's check anyone can do by hand.
@Test func designHandCheck() throws {
    var p = Parameters()
    p.low = 100
    p.high = 104
    p.prior = 0.5
    p.mu = 0.3
    var market = Market(parameters: p)
    let q = market.quote
    // Opening: P(buy|H) = 0.3 + 0.7·0.5 = 0.65, P(buy|L) = 0.35; ask = 0.65·104 + 0.35·100 = 102.6.
    #expect(abs(q.ask.price! - 102.6) < 1e-12)
    #expect(abs(q.bid.price! - 101.4) < 1e-12)
    let step = try market.observe(.buy, from: .unknown, truth: .good)
    #expect(abs(step.posterior.pHigh - 0.65) < 1e-12)
    // After a buy: bid = E[V | sell] with π = (0.35, 0.65): (0.65·0.35·104 + 0.35·0.65·100)/(2·0.65·0.35) = 102.
    #expect(abs(market.quote.bid.price! - 102) < 1e-12)
    // ask = (0.65·0.65·104 + 0.35·0.35·100)/(0.65² + 0.35²) = 56.19/0.545 = 11238/109.
    #expect(abs(market.quote.ask.price! - 11238.0 / 109.0) < 1e-12)
    #expect(abs(step.pInformed - 0.3) < 1e-12)
}

/// DESIGN §2 continued: a second buy, then a sell, every number derived by hand (V 100/104, θ = ½, μ = 0.3).
@Test func designHandCheckSecondBuyThenSell() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3))
    try play([.buy], on: &market)
    // Likelihoods (γ = ½): P(buy|H) = 0.3 + 0.7·0.5 = 13/20, P(buy|L) = 0.7·0.5 = 7/20; sells mirror them.
    // Beliefs before the second buy: π_H = 13/20, π_L = 7/20.
    let second = try market.observe(.buy, from: .unknown, truth: .good)
    // P(buy) = 13/20·13/20 + 7/20·7/20 = 218/400 = 109/200.
    #expect(isClose(second.evidence, 109.0 / 200.0))
    // Odds of V_H: (13/7)·(13/7) = 169/49, so P(V_H) = 169/218.
    #expect(isClose(second.posterior.pHigh, 169.0 / 218.0))
    #expect(isClose(second.posterior.pLow, 49.0 / 218.0))
    // The order filled at the ask it met, 11238/109 (first test).
    #expect(isClose(second.fillPrice, 11238.0 / 109.0))
    // P(informed | buy) = π_H·μ / P(buy) = (13/20·3/10) / (109/200) = (39/200)/(109/200) = 39/109.
    #expect(isClose(second.pInformed, 39.0 / 109.0))
    let q2 = market.quote
    // bid: odds after a sell = 169/49 · 7/13 = 13/7, P(V_H | sell) = 13/20, bid = 100 + 4·13/20 = 102.6.
    #expect(isClose(q2.bid.price, 102.6))
    // ask: odds after a buy = (13/7)^3 = 2197/343, P(V_H | buy) = 2197/2540,
    // ask = 100 + 4·2197/2540 = 100 + 2197/635 = 65697/635.
    #expect(isClose(q2.ask.price, 65697.0 / 635.0))
    // E[V] = 100 + 4·169/218 = 100 + 338/109 = 11238/109 (the old ask: E[V | buy] becomes E[V] after it).
    #expect(isClose(q2.expectedValue, 11238.0 / 109.0))

    let sell = try market.observe(.sell, from: .unknown, truth: .good)
    // P(sell) = 169/218·7/20 + 49/218·13/20 = (1183 + 637)/4360 = 1820/4360 = 91/218.
    #expect(isClose(sell.evidence, 91.0 / 218.0))
    // It filled at the bid it met, 102.6.
    #expect(isClose(sell.fillPrice, 102.6))
    // P(informed | sell) = π_L·μ / P(sell) = (49/218·3/10) / (91/218) = 147/910 = 21/130.
    #expect(isClose(sell.pInformed, 21.0 / 130.0))
    // Odds 169/49 · 7/13 = 13/7 again: P(V_H) = 13/20, and the quotes are those after one buy.
    #expect(isClose(sell.posterior.pHigh, 13.0 / 20.0))
    #expect(isClose(market.quote.bid.price, 102))
    #expect(isClose(market.quote.ask.price, 11238.0 / 109.0))
    #expect(market.time == 3)
}

/// The market maker's profit on the hand-check buy: expected c = 0, realised ask − V.
@Test func designHandCheckProfits() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3))
    let buy = try market.observe(.buy, from: .informed, truth: .good)
    // ask = E[V | buy] exactly, so the expected profit is 0 (up to rounding of 102.6).
    #expect(isClose(buy.expectedProfit(values: market.parameters.values), 0))
    // True value V_H = 104: realised profit = 102.6 − 104 = −1.4.
    #expect(buy.trueValue == 104)
    #expect(isClose(buy.realisedProfit, -1.4))
    // The same buy against V_L = 100 earns 102.6 − 100 = 2.6.
    var other = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3))
    let lucky = try other.observe(.buy, from: .uninformed, truth: .bad)
    #expect(isClose(lucky.realisedProfit, 2.6))
    // A no-trade has no price and no profit.
    var quiet = Market(parameters: params(low: 100, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
    let none = try quiet.observe(.none, from: .unknown, truth: .noEvent)
    #expect(none.fillPrice == nil)
    #expect(none.realisedProfit == nil)
}
