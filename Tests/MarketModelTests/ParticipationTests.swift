import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Informed traders trade only when it pays (DESIGN §2): buy iff V_H > ask, sell iff V_L < bid, and an
// indifferent one does not trade. Each side is the lowest price at which the market maker expects not
// to lose given that participation: a1 = E[V | buy, informed buy] + c when a1 < V_H, otherwise
// max(V_H, a0) with a0 = E[V | buy, informed abstain] + c; the bid symmetric with V_L.
// Expected numbers are exact fractions worked out in the comments.

/// The case: V 100/104, θ = 9/10, μ = 3/10, γ = ½, c = 1. With informed buyers
/// P(buy | H) = 3/10 + 7/10·½ = 13/20 and P(buy | L) = 7/20, so
/// E[V | buy] = (9·13·104 + 1·7·100) / (9·13 + 1·7) = 12868/124 and a1 = 12868/124 + 1 ≈ 104.774 ≥ 104:
/// informed traders would not buy there. Without them a buy is uninformative (α = 1), so
/// a0 = E[V] + 1 = 9/10·104 + 1/10·100 + 1 = 104.6 > V_H, and the ask is a0 = 104.6.
/// The bid: E[V | sell] = (9·7·104 + 1·13·100) / (9·7 + 1·13) = 7852/76, b1 = 7852/76 − 1 ≈ 102.316 > 100.
@Test func askPastTheValueDropsInformedBuyers() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.9, mu: 0.3, cost: 1))
    let q = market.quote
    #expect(!q.ask.informedTrade && q.bid.informedTrade)
    #expect(isClose(q.ask.withInformed, 12868.0 / 124 + 1))
    #expect(isClose(q.ask.withoutInformed, 104.6))
    #expect(isClose(q.ask.price, 104.6))
    #expect(isClose(q.bid.price, 7852.0 / 76 - 1))
    // A buy now comes from uninformed traders only: P(buy | H) = P(buy | L) = 7/20.
    #expect(isClose(market.likelihood(of: .buy).good, 0.35) && isClose(market.likelihood(of: .buy).bad, 0.35))
    // `informed` after good news: the trader stays out. In classic GM uninformed traders always trade,
    // so a no-trade can only be an informed trader after good news: P(H | no trade) = 1, P(informed) = 1.
    let arrival = try #require(Arrival.informed(truth: .high, at: q))
    #expect(arrival == Arrival(trader: .informed, wanted: .none))
    let step = try market.observe(arrival.wanted, from: .informed, truth: .good)
    #expect(step.order == .none && step.realisedProfit == nil)
    #expect(step.posterior.pHigh == 1 && isClose(step.pInformed, 1))
}

/// a1 ≥ V_H > E[V] + c puts the ask at V_H exactly. Same market with c = 3/10:
/// a1 = 12868/124 + 0.3 ≈ 104.074 ≥ 104, a0 = E[V] + 0.3 = 103.9 < 104, so ask = 104.
/// A buy there is uninformative (odds unchanged) and earns 104 − E[V] = 0.4 > c in expectation.
@Test func askAtTheValueWhenNeitherBranchBinds() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.9, mu: 0.3, cost: 0.3))
    #expect(market.quote.ask.price == 104)
    #expect(!market.quote.ask.informedTrade)
    #expect(isClose(market.quote.ask.withoutInformed, 103.9))
    let step = try market.observe(.buy, from: .unknown, truth: .good)
    #expect(isClose(step.posterior.pHigh, 0.9))
    #expect(isClose(step.expectedProfit(values: market.parameters.values), 0.4))
    #expect(step.realisedProfit == 0)
}

/// α < 1: a0 is not E[V] + c. α = ½, θ = ½, μ = ½, ε_b = ε_s = ¼, V 100/104 (V* = 102), two buys at
/// c = 0: P(buy | N, B, G) = 1/4, 1/8, 5/8, so π ∝ (½·1/16, ¼·1/64, ¼·25/64) = (8, 1, 25)/34.
/// Then c = 1: V_H − E[V | buy] = 104 − (2·102 + 1/8·100 + 125/8·104)/(142/8) = 104 − 14732/142 ≈ 0.25 < 1,
/// so informed traders do not buy; without them P(buy | N, B, G) = 1/4, 1/8, 1/8 and
/// a0 = (8·102 + ½(100 + 25·104)) / (8 + ½·26) + 1 = 2166/21 + 1 ≈ 104.143 > 104 = V_H: the ask.
/// E[V] + 1 = 3516/34 + 1 ≈ 104.412 would be wrong. A buy there keeps the odds of V_H at 25 but lowers
/// P(event) from 26/34 to (½·26)/(8 + ½·26) = 13/21. The bid: E[V | sell] = 4732/46, edge 2.87 > 1.
@Test func easleyOHaraAskWithoutInformedBuyers() throws {
    var market = Market(
        parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
    for _ in 0..<2 { _ = try market.observe(.buy, from: .unknown, truth: .good) }
    #expect(isClose(market.belief.pEvent, 26.0 / 34))
    try market.adopt(try market.parameters.setting(.cost, to: 1), restart: false)
    let q = market.quote
    #expect(isClose(q.ask.withInformed, 14732.0 / 142 + 1))
    #expect(!q.ask.informedTrade && q.bid.informedTrade)
    #expect(isClose(q.ask.price, 2166.0 / 21 + 1))
    #expect(!isClose(q.ask.price, 3516.0 / 34 + 1, tol: 1e-3))
    #expect(isClose(q.bid.price, 4732.0 / 46 - 1))
    let step = try market.observe(.buy, from: .unknown, truth: .good)
    #expect(isClose(step.posterior.pEvent, 13.0 / 21))
    #expect(isClose(exp(step.posterior.logProbability.good - step.posterior.logProbability.bad), 25))
    #expect(step.pInformed == 0)
}

/// With c = 0 and ε_b, ε_s > 0 informed traders always trade, even at near-certainty (the edge is
/// compared in logs): after 5000 buys P(V_L) ≈ (7/13)^5000 ≈ 10^−1344, and the ask still has them.
@Test func noCostKeepsInformedTraders() throws {
    var market = Market(parameters: params(low: 96, high: 104, prior: 0.5, mu: 0.3))
    for _ in 0..<5000 {
        #expect(market.quote.ask.informedTrade && market.quote.bid.informedTrade)
        _ = try market.observe(.buy, from: .unknown, truth: .good)
    }
    #expect(market.quote.ask.informedTrade)
    #expect(isClose(market.likelihood(of: .buy).good, 0.65))
}

/// A random market with a cost (up to a third of the value range) and often a tolerance, α < 1 in
/// most, and uninformed traders who always trade with γ ≠ ½ or who sometimes stay out.
private func randomCostlyMarket(_ rng: inout Xoshiro256) -> Parameters {
    func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * rng.nextUnit() }
    let low = uniform(-300, 300)
    let range = uniform(0.1, 50)
    let alwaysTrade = rng.nextUnit() < 0.4
    let epsBuy = alwaysTrade ? uniform(0.1, 0.9) : uniform(0.02, 0.7)
    let epsSell = alwaysTrade ? 1 - epsBuy : uniform(0.02, 1 - epsBuy)
    return params(
        low: low, high: low + range, prior: uniform(0.02, 0.98), mu: uniform(0.02, 0.95),
        alpha: rng.nextUnit() < 0.3 ? 1 : uniform(0.05, 0.98), epsBuy: epsBuy, epsSell: epsSell,
        cost: uniform(0, range / 3), tolerance: rng.nextUnit() < 0.5 ? .infinity : uniform(0.05, 0.7) * range)
}

/// 300 random markets, 150 periods each, under truth high or low: periods mix typed orders (any with
/// positive probability, to push beliefs around) with nature's informed and noise arrivals. Whenever an
/// informed trader trades, the market maker's realised profit is ≤ 0 (to rounding of a price that is a
/// convex combination of values, 10^−12 of the scale), every side's participation agrees with its price,
/// and an informed trader who stays out faces a price that does not pay.
@Test func informedTradersNeverTradeAtALoss() throws {
    var rng = Xoshiro256(seed: 4242)
    var informedTrades = 0
    var stayedOut = 0
    for _ in 0..<300 {
        let p = randomCostlyMarket(&rng)
        var market = Market(parameters: p)
        let truth: Truth = rng.nextUnit() < 0.5 ? .high : .low
        let value = p.values[truth.state]
        let slack = 1e-12 * max(1, abs(p.low), abs(p.high))
        for _ in 0..<150 {
            let q = market.quote
            for (side, bound) in [(q.ask, p.high), (q.bid, p.low)] {
                guard let price = side.price else { continue }
                let beyond = bound == p.high ? price >= bound - slack : price <= bound + slack
                if !side.informedTrade { #expect(beyond, "\(p): price \(price) pays informed traders who stay out") }
            }
            let pick = rng.nextUnit()
            let arrival: Arrival
            if pick < 0.4 {
                arrival = try #require(Arrival.informed(truth: truth, at: q))
            } else if pick < 0.7 {
                arrival = Arrival.draw(p, truth: truth, at: q, using: &rng)
            } else {
                let orders = Order.allCases.filter { market.probability(of: $0) > 0 }
                arrival = Arrival(trader: .unknown, wanted: orders[Int(rng.next() % UInt64(orders.count))])
            }
            let step = try market.observe(arrival.wanted, from: arrival.trader, truth: truth.state)
            guard arrival.trader == .informed else { continue }
            if let profit = step.realisedProfit {
                informedTrades += 1
                #expect(profit <= slack, "\(p): informed trader paid \(profit) over the value \(value)")
            } else if step.wanted == .none {
                stayedOut += 1
            }
        }
    }
    // Both branches are exercised many times.
    #expect(informedTrades > 2000 && stayedOut > 2000, "\(informedTrades) informed trades, \(stayedOut) stayed out")
}
