import ModelTestSupport
import Testing

@testable import MarketModel

// Easley–O'Hara (1992): α < 1, uninformed traders sometimes stay out (ε_b + ε_s < 1).
// Throughout: V_L = 100, V_H = 104, θ = ½ (so V* = 102), α = ½, μ = ½, ε_b = ε_s = ¼.
// Likelihoods (DESIGN §2 table):
//   N: buy 1/4, sell 1/4, none 1/2
//   B: buy ½·¼ = 1/8, sell ½ + 1/8 = 5/8, none ½·½ = 1/4
//   G: buy ½ + 1/8 = 5/8, sell 1/8, none 1/4
// Opening belief: π_N = 1 − α = ½, π_B = α·δ = ¼, π_G = α·θ = ¼.

private func eoMarket() -> Market {
    Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
}

/// Opening belief π = (1−α, αδ, αθ) and the no-event value V* = δ·V_L + θ·V_H.
@Test func eoOpeningBelief() {
    let p = params(low: 100, high: 104, prior: 0.75, mu: 0.5, alpha: 0.4)
    let belief = Belief(opening: p)
    // π_N = 0.6, π_B = 0.4·0.25 = 0.1, π_G = 0.4·0.75 = 0.3; V* = 0.25·100 + 0.75·104 = 103.
    #expect(isClose(belief.probability.noEvent, 0.6))
    #expect(isClose(belief.pLow, 0.1))
    #expect(isClose(belief.pHigh, 0.3))
    #expect(isClose(belief.pEvent, 0.4))
    #expect(isClose(p.noEventValue, 103))
    // E[V] = 0.6·103 + 0.1·100 + 0.3·104 = 61.8 + 10 + 31.2 = 103 (V* is the unconditional mean).
    #expect(isClose(belief.expectedValue(of: p.values), 103))
}

/// Opening quotes: ask 514/5, bid 506/5; the spread 8/5 equals P(informed | buy)·ΔV = 2/5·4 (DESIGN §6).
@Test func eoOpeningQuotes() throws {
    var market = eoMarket()
    // Buy joint: N ½·¼ = 4/32, B ¼·⅛ = 1/32, G ¼·⅝ = 5/32; P(buy) = 10/32 = 5/16.
    // ask = (4·102 + 1·100 + 5·104)/10 = 1028/10 = 514/5; the bid mirrors it: (4·102 + 5·100 + 104)/10 = 506/5.
    #expect(isClose(market.quote.ask.price, 514.0 / 5.0))
    #expect(isClose(market.quote.bid.price, 506.0 / 5.0))
    #expect(isClose(market.probability(of: .buy), 5.0 / 16.0))
    // P(none) = ½·½ + ¼·¼ + ¼·¼ = 3/8.
    #expect(isClose(market.probability(of: .none), 3.0 / 8.0))
    let buy = try market.observe(.buy, from: .unknown, truth: .good)
    // P(informed | buy) = π_G·μ / P(buy) = (¼·½)/(5/16) = 2/5; spread 8/5 = 2/5 · 4.
    #expect(isClose(buy.pInformed, 2.0 / 5.0))
    #expect(isClose(buy.quoteBefore.openSpread, 2.0 / 5.0 * 4.0))
}

/// Three buys then three no-trades: the exact belief, P(event) and P(informed | order) after each.
@Test func eoSequenceBeliefs() throws {
    var market = eoMarket()
    let steps = try play([.buy, .buy, .buy, .none, .none, .none], on: &market)
    // Each posterior ∝ previous × likelihood (in eighths: buy N 2, B 1, G 5; none N 4, B 2, G 2):
    //   buy:  (4, 1, 5)/10                 → π = (2/5, 1/10, 1/2),       P(event) = 3/5
    //   buy:  (4·2, 1·1, 5·5) = (8, 1, 25)  → π = (8, 1, 25)/34,          P(event) = 26/34 = 13/17
    //   buy:  (16, 1, 125)                 → π = (16, 1, 125)/142,       P(event) = 126/142 = 63/71
    //   none: (16·2, 1, 125)               → π = (32, 1, 125)/158,       P(event) = 126/158 = 63/79
    //   none: (64, 1, 125)/190,  P(event) = 126/190 = 63/95
    //   none: (128, 1, 125)/254, P(event) = 126/254 = 63/127
    let expected: [(n: Double, b: Double, g: Double)] = [
        (4, 1, 5), (8, 1, 25), (16, 1, 125), (32, 1, 125), (64, 1, 125), (128, 1, 125),
    ]
    for (step, e) in zip(steps, expected) {
        let total = e.n + e.b + e.g
        let p = step.posterior.probability
        #expect(isClose(p.noEvent, e.n / total))
        #expect(isClose(p.bad, e.b / total))
        #expect(isClose(p.good, e.g / total))
        #expect(isClose(step.posterior.pEvent, (e.b + e.g) / total))
    }
    // P(informed | buy) = π_G·μ / P(buy):
    //   2nd buy: π = (2/5, 1/10, 1/2), P(buy) = 1/10 + 1/80 + 5/16 = 17/40 → (1/4)/(17/40) = 10/17.
    //   3rd buy: π = (4/17, 1/34, 25/34), P(buy) = 1/17 + 1/272 + 125/272 = 71/136 → (25/68)/(71/136) = 50/71.
    #expect(isClose(steps[0].pInformed, 2.0 / 5.0))
    #expect(isClose(steps[1].pInformed, 10.0 / 17.0))
    #expect(isClose(steps[2].pInformed, 50.0 / 71.0))
    // With both sides open no informed trader stays out: P(informed | none) = 0.
    for step in steps[3...] { #expect(step.pInformed == 0) }
}

/// Each no-trade multiplies the odds of an event by exactly 1 − μ and leaves the good/bad odds alone.
@Test(arguments: [0.1, 0.5, 0.8])
func eoNoTradeScalesEventOdds(mu: Double) throws {
    var market = Market(
        parameters: params(low: 100, high: 110, prior: 0.3, mu: mu, alpha: 0.6, epsBuy: 0.2, epsSell: 0.3))
    // Put some order flow in first so the belief is not the opening one.
    try play([.buy, .sell, .buy], on: &market)
    for _ in 0..<5 {
        let eventOdds = oddsEvent(market.belief)
        let highOdds = oddsHigh(market.belief)
        let step = try market.observe(.none, from: .unknown, truth: .noEvent)
        // P(none | B) = P(none | G) = (1−μ)(1−ε_b−ε_s), P(none | N) = 1−ε_b−ε_s: ratio 1 − μ in both event states.
        #expect(isClose(oddsEvent(step.posterior), eventOdds * (1 - mu)))
        #expect(isClose(step.eventLikelihoodRatio, 1 - mu))
        #expect(isClose(oddsHigh(step.posterior), highOdds))
    }
}

/// The event odds in the sequence: 1 → 3/2 → 13/4 → 63/8, then each no-trade halves them (μ = ½).
@Test func eoEventOddsAlongSequence() throws {
    var market = eoMarket()
    // Opening odds (¼ + ¼)/½ = 1. Odds after each step from eoSequenceBeliefs: (b + g)/n.
    let expectedOdds = [3.0 / 2.0, 26.0 / 8.0, 126.0 / 16.0, 126.0 / 32.0, 126.0 / 64.0, 126.0 / 128.0]
    // Event likelihood ratio of the first buy: P(buy | event) = (¼·⅛ + ¼·⅝)/½ = 3/8, over P(buy | N) = ¼: 3/2.
    let steps = try play([.buy, .buy, .buy, .none, .none, .none], on: &market)
    #expect(isClose(steps[0].eventLikelihoodRatio, 3.0 / 2.0))
    for (step, odds) in zip(steps, expectedOdds) {
        #expect(isClose(oddsEvent(step.posterior), odds))
    }
}

/// After a run of buys, no-trades revive the no-event state and WIDEN the spread.
@Test func eoSpreadWidensAfterBuysThenNoTrades() throws {
    var market = eoMarket()
    try play([.buy, .buy, .buy], on: &market)
    // π ∝ (16, 1, 125). Buy weights (×likelihood in eighths 2, 1, 5): 32, 1, 625 (sum 658);
    //   ask = (32·102 + 100 + 625·104)/658 = 68364/658 = 34182/329.
    // Sell weights (2, 5, 1): 32, 5, 125 (sum 162); bid = (3264 + 500 + 13000)/162 = 16764/162 = 2794/27.
    #expect(isClose(market.quote.ask.price, 34182.0 / 329.0))
    #expect(isClose(market.quote.bid.price, 2794.0 / 27.0))
    let afterBuys = try #require(market.quote.openSpread)
    // 34182/329 − 2794/27 = (922914 − 919226)/8883 = 3688/8883 ≈ 0.415.
    #expect(isClose(afterBuys, 3688.0 / 8883.0))

    try play([.none], on: &market)
    // π ∝ (32, 1, 125): ask = (64·102 + 100 + 625·104)/690 = 71628/690 = 11938/115,
    //                   bid = (64·102 + 500 + 125·104)/194 = 20028/194 = 10014/97.
    #expect(isClose(market.quote.ask.price, 11938.0 / 115.0))
    #expect(isClose(market.quote.bid.price, 10014.0 / 97.0))
    let afterOne = try #require(market.quote.openSpread)
    // 11938/115 − 10014/97 = (1157986 − 1151610)/11155 = 6376/11155 ≈ 0.572.
    #expect(isClose(afterOne, 6376.0 / 11155.0))

    try play([.none], on: &market)
    // π ∝ (64, 1, 125): ask = (128·102 + 100 + 625·104)/754 = 78156/754 = 3006/29,
    //                   bid = (128·102 + 500 + 125·104)/258 = 26556/258 = 4426/43.
    let afterTwo = try #require(market.quote.openSpread)
    // 3006/29 − 4426/43 = (129258 − 128354)/1247 = 904/1247 ≈ 0.725.
    #expect(isClose(afterTwo, 904.0 / 1247.0))
    #expect(afterBuys < afterOne && afterOne < afterTwo)
}

/// Quotes after one buy, and P(informed | sell) = 2/9 for the sell that follows.
@Test func eoSellAfterBuyInformedShare() throws {
    var market = eoMarket()
    try play([.buy], on: &market)
    // After one buy π = (2/5, 1/10, 1/2): ask = (8·102 + 100 + 25·104)/34 = 3516/34 = 1758/17,
    // bid = (8·102 + 5·100 + 5·104)/18 = 1836/18 = 102.
    #expect(isClose(market.quote.ask.price, 1758.0 / 17.0))
    #expect(isClose(market.quote.bid.price, 102))
    let sell = try market.observe(.sell, from: .unknown, truth: .bad)
    // P(sell) = 2/5·¼ + 1/10·⅝ + ½·⅛ = 1/10 + 1/16 + 1/16 = 9/40; P(informed | sell) = (1/10·½)/(9/40) = 2/9.
    #expect(isClose(sell.evidence, 9.0 / 40.0))
    #expect(isClose(sell.pInformed, 2.0 / 9.0))
    #expect(sell.fillPrice == sell.quoteBefore.bid.price)
}

/// With α = 1/5 a single buy raises P(event) and widens the spread, 8/11 → 24/29 (impossible in classic GM).
@Test func eoSingleBuyWidensSpreadWhenEventUnlikely() throws {
    var market = Market(
        parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.2, epsBuy: 0.25, epsSell: 0.25))
    // π = (4/5, 1/10, 1/10). Buy joint in 80ths: N 4/5·¼ = 16, B 1/10·⅛ = 1, G 1/10·⅝ = 5 (sum 22).
    // ask = (16·102 + 100 + 5·104)/22 = 2252/22 = 1126/11; bid = (16·102 + 5·100 + 104)/22 = 1118/11.
    #expect(isClose(market.quote.ask.price, 1126.0 / 11.0))
    #expect(isClose(market.quote.bid.price, 1118.0 / 11.0))
    #expect(isClose(market.quote.openSpread, 8.0 / 11.0))
    let buy = try market.observe(.buy, from: .unknown, truth: .good)
    // π ∝ (16, 1, 5): P(event) rises from 1/5 to 6/22 = 3/11.
    #expect(isClose(buy.posterior.pEvent, 3.0 / 11.0))
    // Buy weights (2, 1, 5 eighths): 32, 1, 25 (sum 58), ask = (3264 + 100 + 2600)/58 = 2982/29.
    // Sell weights (2, 5, 1): 32, 5, 5 (sum 42), bid = (3264 + 500 + 520)/42 = 102.
    #expect(isClose(market.quote.ask.price, 2982.0 / 29.0))
    #expect(isClose(market.quote.bid.price, 102))
    // Spread 2982/29 − 102 = 24/29 ≈ 0.83 > 8/11 ≈ 0.73.
    #expect(isClose(market.quote.openSpread, 24.0 / 29.0))
}
