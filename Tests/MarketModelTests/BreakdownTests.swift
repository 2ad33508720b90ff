import ModelTestSupport
import Testing

@testable import MarketModel

// Market breakdown (DESIGN §2): a side is withdrawn when its half-spread exceeds the tolerance τ.

/// Sends a strict typed order; returns the fields of the sideWithdrawn error it throws, or nil.
private func withdrawnError(_ market: inout Market, _ order: Order) -> (Side, Double, Double)? {
    do {
        _ = try market.observe(order, from: .unknown, truth: .good, strict: true)
    } catch {
        if case .sideWithdrawn(let side, let halfSpread, let tolerance, _, _) = error {
            return (side, halfSpread, tolerance)
        }
    }
    return nil
}

/// DESIGN check: V 100/110, θ = ½, τ = 1.2 — open at μ = 0.2 (half-spread 1.0).
@Test func breakdownOpenAtLowMu() {
    let q = Market(parameters: params(low: 100, high: 110, prior: 0.5, mu: 0.2, tolerance: 1.2)).quote
    // Half-spread = μ·ΔV/2 = 0.2·10/2 = 1.0 ≤ 1.2 on both sides (classic opening spread μ·ΔV).
    #expect(isClose(q.ask.halfSpread, 1.0))
    #expect(isClose(q.bid.halfSpread, 1.0))
    #expect(q.ask.isOpen && q.bid.isOpen && !q.isClosed)
}

/// DESIGN check: at μ = 0.3 the half-spread is 1.5 > 1.2, so both sides are withdrawn.
@Test func breakdownClosedAtHighMu() {
    let q = Market(parameters: params(low: 100, high: 110, prior: 0.5, mu: 0.3, tolerance: 1.2)).quote
    // Half-spread = 0.3·10/2 = 1.5; the break-even prices still exist (ask 106.5, bid 103.5).
    #expect(isClose(q.ask.halfSpread, 1.5))
    #expect(isClose(q.bid.halfSpread, 1.5))
    #expect(isClose(q.ask.price, 106.5))
    #expect(q.ask.isWithdrawn && q.bid.isWithdrawn && q.isClosed)
}

/// A side whose half-spread equals the tolerance stays open (ask − E ≤ τ): μ = 0.24 gives 1.2.
@Test func breakdownBoundaryIsOpen() {
    // 0.24·10/2 = 1.2 = τ.
    let q = Market(parameters: params(low: 100, high: 110, prior: 0.5, mu: 0.24, tolerance: 1.2)).quote
    #expect(!q.isClosed && q.ask.isOpen && q.bid.isOpen)
}

/// With tolerance off (inelastic uninformed traders) the market never breaks down, even at μ = 0.99.
@Test func breakdownNeverWithToleranceOff() {
    let p = params(low: 100, high: 110, prior: 0.5, mu: 0.99)
    #expect(p.toleranceIsOff)
    #expect(!Market(parameters: p).quote.isClosed)
}

/// Closed market: strict typed orders throw sideWithdrawn with the half-spread and τ; the market is unchanged.
@Test func breakdownStrictOrderThrows() throws {
    var market = Market(parameters: params(low: 100, high: 110, prior: 0.5, mu: 0.3, tolerance: 1.2))
    let before = market
    let buy = try #require(withdrawnError(&market, .buy))
    #expect(buy.0 == .ask)
    #expect(isClose(buy.1, 1.5))
    #expect(buy.2 == 1.2)
    let sell = try #require(withdrawnError(&market, .sell))
    #expect(sell.0 == .bid)
    #expect(market == before)
}

/// Closed market: a no-trade (or a non-strict order that leaves) changes no belief, classic and Easley–O'Hara.
@Test func breakdownClosedFreezesBeliefs() throws {
    // In each state P(none | s) now includes everyone who left: buy + sell + none = 1, so the update is ×1.
    for p in [
        params(low: 100, high: 110, prior: 0.5, mu: 0.3, tolerance: 1.2),
        params(low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.5, epsBuy: 0.25, epsSell: 0.25, tolerance: 0.1),
    ] {
        var market = Market(parameters: p)
        #expect(market.quote.isClosed)
        #expect(isClose(market.probability(of: .none), 1))
        #expect(market.probability(of: .buy) == 0)
        let opening = market.belief.probability
        for wanted in [Order.none, .buy, .sell, .buy] {
            let step = try market.observe(wanted, from: .unknown, truth: .good)
            #expect(step.order == .none)
            #expect(step.wanted == wanted)
            #expect(isClose(step.evidence, 1))
            #expect(isClose(step.posterior.probability.noEvent, opening.noEvent))
            #expect(isClose(step.posterior.pLow, opening.bad))
            #expect(isClose(step.posterior.pHigh, opening.good))
        }
        #expect(market.time == 4)
    }
}

/// θ = 0.8, μ = ½, V 100/110, τ = 2: the ask is open (half-spread 16/13), the bid withdrawn (16/7).
@Test func breakdownOneSideWithdrawn() throws {
    let market = Market(parameters: params(low: 100, high: 110, prior: 0.8, mu: 0.5, tolerance: 2))
    let q = market.quote
    // E = 100 + 10·0.8 = 108. P(H | buy) = 0.8·¾ / (0.8·¾ + 0.2·¼) = 0.6/0.65 = 12/13,
    // ask = 100 + 120/13 = 1420/13, ask − E = 16/13 ≈ 1.23 ≤ 2: open.
    #expect(isClose(q.ask.price, 1420.0 / 13.0))
    #expect(isClose(q.ask.halfSpread, 16.0 / 13.0))
    // P(H | sell) = 0.8·¼ / (0.8·¼ + 0.2·¾) = 0.2/0.35 = 4/7, bid = 100 + 40/7 = 740/7,
    // E − bid = 16/7 ≈ 2.29 > 2: withdrawn.
    #expect(isClose(q.bid.price, 740.0 / 7.0))
    #expect(isClose(q.bid.halfSpread, 16.0 / 7.0))
    #expect(q.ask.isOpen && q.bid.isWithdrawn && !q.isClosed)
    // Sellers leave: P(none | s) = P(sell | s) = (N ½,) B ¾, G ¼; P(none) = 0.8·¼ + 0.2·¾ = 7/20.
    let likelihood = market.likelihood(of: .none)
    #expect(isClose(likelihood.bad, 0.75))
    #expect(isClose(likelihood.good, 0.25))
    #expect(isClose(market.probability(of: .none), 7.0 / 20.0))
    #expect(market.probability(of: .sell) == 0)
    // P(buy) = 0.8·¾ + 0.2·¼ = 13/20.
    #expect(isClose(market.probability(of: .buy), 13.0 / 20.0))
}

/// One side withdrawn: learning continues — a seller who leaves moves P(V_H) from 4/5 to 4/7 and closes the market.
@Test func breakdownOneSideLearningContinues() throws {
    var market = Market(parameters: params(low: 100, high: 110, prior: 0.8, mu: 0.5, tolerance: 2))
    let before = market
    // A strict sell on the withdrawn bid is refused with its half-spread 16/7.
    let refused = try #require(withdrawnError(&market, .sell))
    #expect(refused.0 == .bid)
    #expect(isClose(refused.1, 16.0 / 7.0))
    #expect(refused.2 == 2)
    #expect(market == before)
    // Non-strict: the informed seller leaves, observed as no trade.
    let step = try market.observe(.sell, from: .informed, truth: .bad)
    #expect(step.order == .none && step.wanted == .sell)
    // P(V_H | none) = 0.8·¼ / (7/20) = 4/7; P(informed | none) = π_L·μ / P(none) = 0.2·½ / (7/20) = 2/7.
    #expect(isClose(step.posterior.pHigh, 4.0 / 7.0))
    #expect(isClose(step.pInformed, 2.0 / 7.0))
    // Now E = 100 + 40/7 = 740/7. P(H | buy) = (4/7·¾)/((4/7·¾) + (3/7·¼)) = 12/15 = 4/5, ask = 108,
    // ask − E = 16/7 > 2. P(H | sell) = (4/7·¼)/((4/7·¼) + (3/7·¾)) = 4/13, bid = 1340/13,
    // E − bid = (9620 − 9380)/91 = 240/91 > 2: both sides withdrawn.
    #expect(isClose(market.quote.ask.halfSpread, 16.0 / 7.0))
    #expect(isClose(market.quote.bid.halfSpread, 240.0 / 91.0))
    #expect(market.quote.isClosed)
}

/// One side withdrawn: a buy on the open side fills at 1420/13 and reopens the bid (P(V_H) = 12/13).
@Test func breakdownOneSideBuyReopens() throws {
    var market = Market(parameters: params(low: 100, high: 110, prior: 0.8, mu: 0.5, tolerance: 2))
    let step = try market.observe(.buy, from: .unknown, truth: .good, strict: true)
    #expect(isClose(step.fillPrice, 1420.0 / 13.0))
    // P(informed | buy) = π_H·μ / P(buy) = 0.8·½ / (13/20) = 8/13.
    #expect(isClose(step.pInformed, 8.0 / 13.0))
    #expect(isClose(step.posterior.pHigh, 12.0 / 13.0))
    // θ' = 12/13: P(H | buy) = (12/13·¾)/(12/13·¾ + 1/13·¼) = 36/37, ask − E = 10·(36/37 − 12/13) = 240/481;
    // P(H | sell) = (12/13·¼)/(12/13·¼ + 1/13·¾) = 4/5, E − bid = 10·(12/13 − 4/5) = 16/13 ≤ 2.
    #expect(isClose(market.quote.ask.halfSpread, 240.0 / 481.0))
    #expect(isClose(market.quote.bid.halfSpread, 16.0 / 13.0))
    #expect(market.quote.ask.isOpen && market.quote.bid.isOpen)
}

/// Lowering μ or raising τ reopens a closed market and keeps the beliefs.
@Test func breakdownReopens() throws {
    let closed = params(low: 100, high: 110, prior: 0.5, mu: 0.3, tolerance: 1.2)
    for change in [(ParameterName.mu, 0.2), (.tolerance, 1.5)] {
        var market = Market(parameters: closed)
        try play([.none, .none], on: &market)
        #expect(market.quote.isClosed)
        let belief = market.belief
        try market.adopt(try closed.setting(change.0, to: change.1), restart: change.0.redefinesOpening)
        // μ = 0.2: half-spread 1.0 ≤ 1.2; τ = 1.5: half-spread 1.5 ≤ 1.5.
        #expect(!market.quote.isClosed)
        #expect(market.belief == belief)
        #expect(market.time == 2)
    }
}

/// Easley–O'Hara with the bid withdrawn: a no-trade's likelihood includes the sellers who left (exact numbers).
@Test func breakdownOneSideEasleyOHara() throws {
    // V 100/104, θ = ½ (V* = 102), α = ½, μ = ½, ε_b = ½, ε_s = ¼, τ = 0.6. Likelihoods:
    //   N: buy ½, sell ¼, none ¼;  B: buy ¼, sell ½ + ⅛ = ⅝, none ⅛;  G: buy ½ + ¼ = ¾, sell ⅛, none ⅛.
    // π = (½, ¼, ¼), E = 102. Buy joint ∝ (2·½, ¼, ¾) = (4, 1, 3)/8 → ask = (408 + 100 + 312)/8 = 102.5.
    // Sell joint ∝ (2·¼, ⅝, ⅛) = (4, 5, 1)/10 → bid = (408 + 500 + 104)/10 = 101.2.
    // Half-spreads 0.5 ≤ 0.6 (ask open) and 0.8 > 0.6 (bid withdrawn).
    var market = Market(
        parameters: params(
            low: 100, high: 104, prior: 0.5, mu: 0.5, alpha: 0.5, epsBuy: 0.5, epsSell: 0.25, tolerance: 0.6))
    #expect(isClose(market.quote.ask.price, 102.5))
    #expect(isClose(market.quote.bid.price, 101.2))
    #expect(market.quote.ask.isOpen && market.quote.bid.isWithdrawn)
    // P(none | s) = none + sell: N ¼ + ¼ = ½, B ⅛ + ⅝ = ¾, G ⅛ + ⅛ = ¼.
    let l = market.likelihood(of: .none)
    #expect(isClose(l.noEvent, 0.5) && isClose(l.bad, 0.75) && isClose(l.good, 0.25))
    let step = try market.observe(.none, from: .unknown, truth: .noEvent)
    // P(none) = ½·½ + ¼·¾ + ¼·¼ = ½; π' = (¼, 3/16, 1/16)/½ = (½, ⅜, ⅛) — not (⅔, ⅙, ⅙) as with both sides open.
    #expect(isClose(step.evidence, 0.5))
    #expect(isClose(step.posterior.probability.noEvent, 0.5))
    #expect(isClose(step.posterior.pLow, 3.0 / 8.0))
    #expect(isClose(step.posterior.pHigh, 1.0 / 8.0))
    // P(informed | none) = π_B·μ / P(none) = (¼·½)/½ = ¼ (the informed seller who left).
    #expect(isClose(step.pInformed, 0.25))
    // New E = (4·102 + 3·100 + 104)/8 = 101.5; ask joint ∝ (4·½, 3·¼, 1·¾) = (8, 3, 3)/14 → ask = 1428/14 = 102;
    // bid joint ∝ (4·¼, 3·⅝, ⅛) = (8, 15, 1)/24 → bid = 2420/24 = 605/6; E − bid = 2/3 > 0.6: still withdrawn.
    #expect(isClose(market.quote.ask.price, 102))
    #expect(isClose(market.quote.bid.price, 605.0 / 6.0))
    #expect(isClose(market.quote.bid.halfSpread, 2.0 / 3.0))
    #expect(market.quote.ask.isOpen && market.quote.bid.isWithdrawn)
}

/// τ = 0: any μ > 0 closes the market; μ = 0 (nobody informed) has zero half-spread and stays open.
@Test func breakdownZeroTolerance() {
    let informed = Market(parameters: params(low: 100, high: 110, prior: 0.5, mu: 0.01, tolerance: 0)).quote
    // Half-spread 0.01·10/2 = 0.05 > 0.
    #expect(informed.isClosed)
    // μ = 0: P(o | s) is the same in every state, so ask = bid = E: half-spread 0 ≤ 0.
    let uninformed = Market(
        parameters: params(low: 100, high: 110, prior: 0.3, mu: 0, alpha: 0.5, epsBuy: 0.2, epsSell: 0.3, tolerance: 0)
    ).quote
    #expect(!uninformed.isClosed && uninformed.ask.isOpen && uninformed.bid.isOpen)
    #expect(isClose(uninformed.spread, 0))
}
