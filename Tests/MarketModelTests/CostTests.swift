import ModelTestSupport
import Testing

@testable import MarketModel

// The per-trade cost c (the document's c₀): ask = E[V | buy] + c, bid = E[V | sell] − c.

/// c shifts the ask up and the bid down by exactly c, at the opening and after every order.
@Test(arguments: [0.05, 0.25, 1.5])
func costShiftsQuotesByExactlyC(cost: Double) throws {
    let base = params(low: 100, high: 110, prior: 0.35, mu: 0.4, alpha: 0.7, epsBuy: 0.3, epsSell: 0.45)
    var free = Market(parameters: base)
    var costly = Market(parameters: try base.setting(.cost, to: cost))
    for order in [Order.buy, .none, .sell, .sell, .buy, .buy, .none] {
        let a = free.quote
        let b = costly.quote
        #expect(isClose(b.ask.price, try #require(a.ask.price) + cost))
        #expect(isClose(b.bid.price, try #require(a.bid.price) - cost))
        #expect(isClose(b.openSpread, try #require(a.openSpread) + 2 * cost))
        // E[V] and the beliefs do not depend on c: the likelihoods never mention it.
        #expect(isClose(b.expectedValue, a.expectedValue))
        _ = try free.observe(order, from: .unknown, truth: .good)
        _ = try costly.observe(order, from: .unknown, truth: .good)
        #expect(isClose(costly.belief.pHigh, free.belief.pHigh))
        #expect(isClose(costly.belief.pEvent, free.belief.pEvent))
    }
}

/// Hand check with c = ¼: ask 102.6 + ¼ = 102.85, bid 101.4 − ¼ = 101.15 (V 100/104, θ = ½, μ = 0.3).
@Test func costHandCheck() throws {
    let market = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3, cost: 0.25))
    #expect(isClose(market.quote.ask.price, 102.85))
    #expect(isClose(market.quote.bid.price, 101.15))
    // Spread μ·ΔV + 2c = 1.2 + 0.5 = 1.7.
    #expect(isClose(market.quote.openSpread, 1.7))
}

/// The market maker's expected profit on each trade is exactly c: price − E[V | order] = ±c.
@Test func costIsTheExpectedProfit() throws {
    var market = Market(
        parameters: params(low: 100, high: 110, prior: 0.6, mu: 0.2, alpha: 0.5, epsBuy: 0.4, epsSell: 0.4, cost: 0.3))
    for order in [Order.buy, .sell, .buy, .buy, .sell] {
        let step = try market.observe(order, from: .unknown, truth: .good)
        #expect(isClose(step.expectedProfit(values: market.parameters.values), 0.3))
    }
}

/// A negative cost is refused and leaves the parameters alone.
@Test func costMustBeNonNegative() {
    let p = params(low: 100)
    guard case .outOfRange(.cost, _, _)? = settingError(p, .cost, -0.01) else {
        Issue.record("cost −0.01 should be out of range")
        return
    }
    #expect(p.cost == 0)
}
