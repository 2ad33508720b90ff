import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Properties that hold for every parameter set and order sequence, checked over many random draws
// from Xoshiro256 with fixed seeds (so a failure repeats exactly).

/// A uniform draw from [a, b).
private func uniform(_ a: Double, _ b: Double, _ rng: inout Xoshiro256) -> Double {
    a + (b - a) * rng.nextUnit()
}

/// A random parameter set with c = 0 and tolerance off; `alwaysTrade` forces ε_b + ε_s = 1.
private func randomParameters(_ rng: inout Xoshiro256, alwaysTrade: Bool, classic: Bool = false) -> Parameters {
    let low = uniform(-500, 500, &rng)
    let epsBuy = uniform(0.02, 0.98, &rng)
    let epsSell = alwaysTrade ? 1 - epsBuy : uniform(0.01, 1 - epsBuy, &rng)
    return params(
        low: low, high: low + uniform(0.01, 200, &rng), prior: uniform(0.01, 0.99, &rng),
        mu: uniform(0, 0.95, &rng), alpha: classic || rng.nextUnit() < 0.3 ? 1 : uniform(0.02, 1, &rng),
        epsBuy: epsBuy, epsSell: epsSell
    )
}

/// A random order that has positive probability under the market maker's belief.
private func randomOrder(_ market: Market, _ rng: inout Xoshiro256) -> Order {
    while true {
        let order = Order.allCases[Int(rng.next() % 3)]
        if market.probability(of: order) > 0 { return order }
    }
}

/// Checks the quote invariants of one market state (c = 0): bid ≤ E ≤ ask, both inside [low, high].
private func checkQuotes(_ market: Market) throws {
    let p = market.parameters
    let q = market.quote
    let slack = 1e-12 * max(1, abs(p.low), abs(p.high))
    let ask = try #require(q.ask.price)
    let bid = try #require(q.bid.price)
    #expect(bid <= q.expectedValue + slack)
    #expect(q.expectedValue <= ask + slack)
    #expect(p.low - slack <= bid && ask <= p.high + slack)
    let pr = market.belief.probability
    #expect(abs(pr.sum - 1) <= 1e-12)
    #expect(pr.noEvent >= 0 && pr.bad >= 0 && pr.good >= 0)
}

/// bid ≤ E[V] ≤ ask, quotes inside [low, high], beliefs sum to 1 — 200 parameter sets × 200 random orders.
@Test(arguments: [1, 2, 3, 4] as [UInt64])
func invariantQuotesAndBeliefs(seed: UInt64) throws {
    var rng = Xoshiro256(seed: seed)
    for _ in 0..<50 {
        var market = Market(parameters: randomParameters(&rng, alwaysTrade: rng.nextUnit() < 0.5))
        for _ in 0..<200 {
            try checkQuotes(market)
            _ = try market.observe(randomOrder(market, &rng), from: .unknown, truth: .good)
        }
        try checkQuotes(market)
    }
}

/// The Bayes step carries consistent numbers: joint = π·L, evidence = Σ joint, posterior = joint / evidence,
/// and P(informed | o) = Σ_s π_s·μ·[informed in s sends o] / P(o) computed here from scratch.
@Test func invariantBayesStepArithmetic() throws {
    var rng = Xoshiro256(seed: 77)
    for _ in 0..<100 {
        var market = Market(parameters: randomParameters(&rng, alwaysTrade: false))
        for _ in 0..<50 {
            let order = randomOrder(market, &rng)
            let p = market.parameters
            let pi = market.belief.probability
            let step = try market.observe(order, from: .unknown, truth: .good)
            // Likelihood straight from the DESIGN §2 table (both sides open: tolerance is off).
            let l = p.likelihood(of: order)
            let joint = [pi.noEvent * l.noEvent, pi.bad * l.bad, pi.good * l.good]
            let evidence = joint.reduce(0, +)
            #expect(isClose(step.evidence, evidence))
            #expect(isClose(step.posterior.probability.noEvent, joint[0] / evidence))
            #expect(isClose(step.posterior.pLow, joint[1] / evidence))
            #expect(isClose(step.posterior.pHigh, joint[2] / evidence))
            #expect(isClose(step.joint.sum, evidence))
            // Informed traders sell in B and buy in G; nobody informed stays out while both sides are open.
            let informed = order == .buy ? pi.good * p.mu : order == .sell ? pi.bad * p.mu : 0
            #expect(isClose(step.pInformed, informed / evidence))
            // Odds form: posterior odds of V_H = prior odds × P(o | G)/P(o | B).
            #expect(isClose(oddsHigh(step.posterior), oddsHigh(step.prior) * l.good / l.bad, tol: 1e-10))
        }
    }
}

// Why E[next trade price] = E[V]: ask·P(buy) = E[V | buy]·P(buy) = Σ_s π_s·P(buy | s)·v_s, and likewise
// bid·P(sell) = Σ_s π_s·P(sell | s)·v_s. Adding, P(buy) ask + P(sell) bid = Σ_s π_s·v_s·(1 − P(none | s)).
// When ε_b + ε_s = 1, P(none | s) = 0 in every state, so this is Σ π_s v_s = E[V] = E[V]·(P(buy)+P(sell)).
// With α = 1 (no N state) and ε_b + ε_s < 1, P(none | s) = (1−μ)(1−ε_b−ε_s) is the same in B and G,
// so the sum is E[V]·(1 − P(none)) = E[V]·(P(buy) + P(sell)): the identity still holds.
// (With α < 1 and ε_b + ε_s < 1 it fails: P(none | N) ≠ P(none | B), so no-trades carry information.)

/// Martingale: P(buy)·ask + P(sell)·bid = E[V]·(P(buy) + P(sell)) when both sides are open, c = 0, ε_b + ε_s = 1.
@Test(arguments: [11, 12] as [UInt64])
func invariantExpectedTradePriceAlwaysTrade(seed: UInt64) throws {
    var rng = Xoshiro256(seed: seed)
    for _ in 0..<100 {
        var market = Market(parameters: randomParameters(&rng, alwaysTrade: true))
        for _ in 0..<100 {
            let q = market.quote
            #expect(q.ask.isOpen && q.bid.isOpen)
            let pBuy = market.probability(of: .buy)
            let pSell = market.probability(of: .sell)
            #expect(isClose(pBuy + pSell, 1))
            let ask = try #require(q.ask.price)
            let bid = try #require(q.bid.price)
            let scale = max(abs(market.parameters.low), abs(market.parameters.high))
            #expect(isClose((pBuy * ask + pSell * bid) / scale, q.expectedValue / scale))
            _ = try market.observe(randomOrder(market, &rng), from: .unknown, truth: .good)
        }
    }
}

/// The same identity in classic GM (α = 1) when uninformed traders sometimes stay out (ε_b + ε_s < 1).
@Test func invariantExpectedTradePriceClassicWithAbstention() throws {
    var rng = Xoshiro256(seed: 13)
    for _ in 0..<100 {
        var market = Market(parameters: randomParameters(&rng, alwaysTrade: false, classic: true))
        for _ in 0..<100 {
            let q = market.quote
            let pBuy = market.probability(of: .buy)
            let pSell = market.probability(of: .sell)
            let ask = try #require(q.ask.price)
            let bid = try #require(q.bid.price)
            let scale = max(abs(market.parameters.low), abs(market.parameters.high))
            #expect(isClose((pBuy * ask + pSell * bid) / scale, q.expectedValue * (pBuy + pSell) / scale))
            _ = try market.observe(randomOrder(market, &rng), from: .unknown, truth: .good)
        }
    }
}

/// Nature-driven runs with a tolerance: beliefs stay normalised, a closed market never moves, quotes stay in range.
@Test func invariantWithTolerance() throws {
    var rng = Xoshiro256(seed: 2024)
    for _ in 0..<100 {
        var p = randomParameters(&rng, alwaysTrade: false)
        p.tolerance = uniform(0, (p.high - p.low) / 4, &rng)
        var market = Market(parameters: p)
        let truth = Truth.allCases[Int(rng.next() % 3)]
        for _ in 0..<100 {
            let closed = market.quote.isClosed
            let before = market.belief.probability
            let arrival = Arrival.draw(p, truth: truth, at: market.quote, using: &rng)
            let step = try market.observe(arrival.wanted, from: arrival.trader, truth: truth.state)
            let after = step.posterior.probability
            #expect(abs(after.sum - 1) <= 1e-12)
            if closed {
                #expect(step.order == .none)
                #expect(isClose(after.bad, before.bad) && isClose(after.good, before.good))
            }
            let slack = 1e-12 * max(1, abs(p.low), abs(p.high))
            for price in [market.quote.ask.price, market.quote.bid.price] {
                let x = try #require(price)
                #expect(p.low - slack <= x && x <= p.high + slack)
            }
        }
    }
}
