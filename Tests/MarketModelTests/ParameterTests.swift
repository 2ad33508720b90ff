import ModelTestSupport
import Testing

@testable import MarketModel

// Parameters.setting range checks, and Market.adopt refusing parameter sets with undefined quotes.

/// Out-of-range single values are refused with .outOfRange naming the parameter (NaN and ±∞ included).
@Test(arguments: [
    (ParameterName.mu, 1.5), (.mu, -0.1), (.mu, .nan), (.mu, .infinity), (.mu, 1.0),
    (.prior, 0.0), (.prior, 1.0), (.prior, .nan), (.alpha, 0.0), (.alpha, 1.0000001),
    (.gamma, 1.1), (.gamma, -0.5), (.epsBuy, 2), (.epsSell, -0.01), (.eps, 0.6),
    (.cost, -1), (.tolerance, -0.5), (.tolerance, .nan), (.low, 2e9), (.high, -.infinity),
])
func settingOutOfRange(name: ParameterName, value: Double) {
    let error = settingError(Parameters(), name, value)
    guard case .outOfRange(let refused, let refusedValue, let accepted)? = error else {
        Issue.record("\(name) = \(value) should be out of range, got \(String(describing: error))")
        return
    }
    #expect(refused == name)
    #expect(refusedValue == value || (refusedValue.isNaN && value.isNaN))
    #expect(accepted == name.accepted)
    #expect(!accepted.contains(value))
}

/// Boundary and ordinary values inside the accepted ranges are taken as given.
@Test(arguments: [
    (ParameterName.mu, 0.0), (.mu, 0.999), (.prior, 1e-9), (.alpha, 1.0), (.alpha, 0.01),
    (.gamma, 0.0), (.gamma, 1.0), (.eps, 0.5), (.eps, 0.0), (.cost, 0), (.tolerance, .infinity), (.tolerance, 0),
])
func settingAccepted(name: ParameterName, value: Double) throws {
    let p = try Parameters().setting(name, to: value)
    #expect(p[name] == value)
}

/// low ≥ high is refused, naming both values: low 110 when high is 104.
@Test func settingLowAboveHigh() {
    let p = params(low: 100, high: 104)
    #expect(settingError(p, .low, 110) == .lowNotBelowHigh(low: 110, high: 104))
    #expect(settingError(p, .low, 104) == .lowNotBelowHigh(low: 104, high: 104))
    #expect(settingError(p, .high, 99) == .lowNotBelowHigh(low: 100, high: 99))
    #expect(settingError(p, .low, 103.5) == nil)
}

/// ε_b + ε_s > 1 is refused (0.6 + 0.5); exactly 1 is accepted.
@Test func settingUninformedOverOne() throws {
    let p = params(low: 100, epsBuy: 0.5, epsSell: 0.5)
    #expect(settingError(p, .epsBuy, 0.6) == .uninformedOverOne(epsBuy: 0.6, epsSell: 0.5))
    #expect(settingError(p, .epsSell, 0.75) == .uninformedOverOne(epsBuy: 0.5, epsSell: 0.75))
    // 0.3 + 0.7 = 1: accepted, and that is γ = 0.7 after setting ε_b.
    let q = try p.setting(.epsSell, to: 0.3).setting(.epsBuy, to: 0.7)
    #expect(q.gamma == 0.7)
}

/// gamma sets ε_b = γ, ε_s = 1 − γ; eps sets both; gamma reads nil when uninformed traders sometimes stay out.
@Test func settingGammaAndEps() throws {
    let g = try Parameters().setting(.gamma, to: 0.3)
    #expect(g.epsBuy == 0.3)
    #expect(isClose(g.epsSell, 0.7))
    #expect(isClose(g.epsNone, 0))
    let e = try Parameters().setting(.eps, to: 0.2)
    #expect(e.epsBuy == 0.2 && e.epsSell == 0.2)
    // 1 − 0.2 − 0.2 = 0.6 stay out.
    #expect(isClose(e.epsNone, 0.6))
    #expect(e.gamma == nil)
}

/// Values, prior and α define a new opening; μ, ε, cost and tolerance do not (DESIGN §3).
@Test func settingRedefinesOpening() {
    let opening: Set<ParameterName> = [.low, .high, .prior, .alpha]
    for name in ParameterName.allCases {
        #expect(name.redefinesOpening == opening.contains(name))
    }
}

/// adopt refuses ε_b = 0 with μ = 0 (no buy can ever arrive) with .quoteUndefined(.ask), market unchanged.
@Test func adoptRefusesUndefinedAsk() throws {
    var market = Market(parameters: params(low: 100))
    try play([.buy], on: &market)
    let before = market
    // P(buy | s) = μ + (1−μ)·0 = 0 in every state: E[V | buy] is 0/0.
    let noBuys = try Parameters().setting(.mu, to: 0).setting(.epsBuy, to: 0)
    do {
        try market.adopt(noBuys, restart: false)
        Issue.record("adopt should refuse a parameter set with P(buy) = 0")
    } catch {
        #expect(error == .quoteUndefined(.ask))
    }
    #expect(market == before)
}

/// adopt refuses ε_s = 0 with μ = 0 with .quoteUndefined(.bid), also when restarting.
@Test func adoptRefusesUndefinedBid() throws {
    var market = Market(parameters: params(low: 100))
    let noSells = try Parameters().setting(.mu, to: 0).setting(.epsSell, to: 0)
    do {
        try market.adopt(noSells, restart: true)
        Issue.record("adopt should refuse a parameter set with P(sell) = 0")
    } catch {
        #expect(error == .quoteUndefined(.bid))
    }
    #expect(market == Market(parameters: params(low: 100)))
}

/// ε_b = 0 with μ > 0 is allowed, but no one buys: E[V | buy] = V_H, and an informed trader is
/// indifferent at an ask of V_H, so does not trade. The ask is V_H (the lowest price at which the
/// market maker cannot lose), a typed buy is refused, and an informed arrival after good news stays
/// out, which the market maker reads as a no-trade.
@Test func adoptOnlyInformedBuy() throws {
    var market = Market(parameters: params(low: 100, high: 104, prior: 0.5, mu: 0.3))
    try market.adopt(try market.parameters.setting(.epsBuy, to: 0), restart: false)
    #expect(market.quote.ask.price == 104)
    #expect(!market.quote.ask.informedTrade && market.quote.ask.withInformed == 104)
    #expect(market.probability(of: .buy) == 0)
    let before = market
    #expect(throws: MarketError.impossible(.buy, askOpen: true, bidOpen: true)) {
        try market.observe(.buy, from: .unknown, truth: .good, strict: true)
    }
    #expect(market == before)
    let arrival = try #require(Arrival.informed(truth: .high, at: market.quote))
    #expect(arrival.wanted == .none)
    let step = try market.observe(arrival.wanted, from: .informed, truth: .good)
    // P(none | L) = 0.7·(1 − 0 − 0.5) = 0.35; P(none | H) = 0.35 + μ = 0.65 (the informed stay out).
    #expect(isClose(step.posterior.pHigh, 0.65))
    // P(informed | none) = ½·0.3 / (½·0.35 + ½·0.65) = 0.3.
    #expect(isClose(step.pInformed, 0.3))
}

/// adopt with restart returns to t = 0 and the new opening belief; without, it keeps belief and clock.
@Test func adoptRestartSemantics() throws {
    var market = Market(parameters: params(low: 100, prior: 0.5))
    try play([.buy, .buy], on: &market)
    let belief = market.belief
    #expect(try market.adopt(try market.parameters.setting(.mu, to: 0.1), restart: false) == false)
    #expect(market.belief == belief && market.time == 2)
    #expect(try market.adopt(try market.parameters.setting(.prior, to: 0.25), restart: true) == true)
    #expect(market.time == 0)
    #expect(isClose(market.belief.pHigh, 0.25))
}

/// A zero-probability order is refused with .impossible and leaves the market unchanged.
@Test func impossibleOrderThrows() throws {
    // Classic GM with ε_b + ε_s = 1: P(none | s) = (1−μ)·0 = 0 in both states.
    var market = Market(parameters: params(low: 100))
    let before = market
    do {
        _ = try market.observe(.none, from: .unknown, truth: .good)
        Issue.record("a no-trade should be impossible in classic GM")
    } catch {
        #expect(error == .impossible(.none, askOpen: true, bidOpen: true))
    }
    #expect(market == before)
}

/// reset returns to the opening; rewind puts back an earlier belief and clock.
@Test func resetAndRewind() throws {
    var market = Market(parameters: params(low: 100))
    let opening = market
    let steps = try play([.buy, .sell, .buy], on: &market)
    market.rewind(to: steps[1].prior, time: 1)
    #expect(market.belief == steps[0].posterior && market.time == 1)
    market.reset()
    #expect(market == opening)
}
