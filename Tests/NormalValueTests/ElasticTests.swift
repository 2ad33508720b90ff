import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

// Elastic uninformed demand in the normal model (GM 1985 §3): an uninformed buyer buys at a with
// probability f = max(0, 1 − (a − E[v])/C). Checked against an independent search on the
// zero-profit condition written here from Φ and φ.

/// The lowest ask ≥ E[v] = m at which the market maker does not lose at the prior N(m, σ²), with
/// C fixed: profit(a) = μ·(a − c)·Φ̄(z) − μ·(m·Φ̄(z) + σ·φ(z)) + K·f(a)·(a − c − m), K = (1−μ)ε_b.
/// Scanned on 100 000 points from m to m + C, then bisected. Nil: no price breaks even.
private func independentOpeningAsk(_ p: NormalParameters, scale c: Double) -> Double? {
    let k = (1 - p.mu) * p.epsBuy
    func profit(_ a: Double) -> Double {
        let z = (a - p.mean) / p.sigma
        let f = max(0, min(1, 1 - (a - p.mean) / c))
        let tail = upperTailByErfc(z)
        return p.mu * ((a - p.cost) * tail - (p.mean * tail + p.sigma * densityByFormula(z)))
            + k * f * (a - p.cost - p.mean)
    }
    let n = 100_000
    var previous = p.mean
    for i in 0...n {
        let a = p.mean + c * Double(i) / Double(n)
        if profit(a) >= 0 {
            var (lo, hi) = (previous, a)
            for _ in 0..<200 {
                let mid = 0.5 * (lo + hi)
                if profit(mid) >= 0 { hi = mid } else { lo = mid }
            }
            return hi
        }
        previous = a
    }
    return nil
}

/// Over random openings (C fixed and C = E[v]) the elastic ask agrees with the independent search,
/// and is withdrawn exactly where that search finds no break-even price; the bid mirrors the ask.
@Test func elasticOpeningAgreesWithIndependentSearch() {
    var rng = Xoshiro256(seed: 1985)
    var quoted = 0
    var withdrawn = 0
    for trial in 0..<120 {
        var p = normal(
            mean: 10 + 100 * rng.nextUnit(), sigma: 0.5 + 5 * rng.nextUnit(), mu: 0.05 + 0.8 * rng.nextUnit(),
            epsBuy: 0.1 + 0.4 * rng.nextUnit(), cost: trial % 3 == 0 ? 0.3 * rng.nextUnit() : 0)
        p.epsSell = p.epsBuy
        let c = trial % 2 == 0 ? p.mean : 0.2 * p.sigma + 8 * p.sigma * rng.nextUnit()
        p.elastic = trial % 2 == 0 ? .value : .constant(c)
        let q = NormalQuote(posterior: NormalPosterior(mean: p.mean, sigma: p.sigma), parameters: p)
        if let expected = independentOpeningAsk(p, scale: c) {
            #expect(isRelativelyClose(q.ask.price, expected, tol: 1e-9), "trial \(trial) \(p)")
            // By symmetry of the prior (ε_b = ε_s) the bid is the mirror image.
            #expect(isRelativelyClose(q.bid.price.map { 2 * p.mean - $0 }, expected, tol: 1e-9), "trial \(trial)")
            #expect(isClose(q.ask.participation, max(0, 1 - (expected - p.mean) / c), tol: 1e-7))
            quoted += 1
        } else {
            #expect(q.ask.price == nil, "trial \(trial) \(p)")
            if case .none(let why) = q.ask { #expect(why.isWithdrawal) }
            withdrawn += 1
        }
    }
    #expect(quoted > 30 && withdrawn > 5)
}

/// After orders the posterior is not normal; the quote still zeroes the market maker's expected
/// profit with the participation at its own price: a = N/D + c with ε_b·f, to rounding.
@Test func elasticQuoteBreaksEvenAfterOrders() throws {
    var p = normal(mean: 100, sigma: 4, mu: 0.3)
    p.elastic = .constant(6)
    var market = NormalMarket(parameters: p)
    for order in [Order.buy, .buy, .sell, .none, .buy] {
        _ = try market.observe(order, from: .unknown, trueValue: 101)
        let fixed = try #require(market.quote.ask.fixedPoint)
        let price = fixed.price
        let f = 1 - (price - market.posterior.mean) / 6
        #expect(isClose(fixed.participation, f, tol: 1e-12))
        // The equation carries ε_b·f, and holds at the price.
        #expect(isClose(fixed.equation.eps, 0.5 * f, tol: 1e-12))
        #expect(abs(fixed.equation.residual) < 1e-9)
    }
}

/// P(buy) at elastic quotes is μ·P(v > a) + (1−μ)·ε_b·f: the Bayes step's evidence.
@Test func elasticBuyEvidence() throws {
    var p = normal(mean: 100, sigma: 4, mu: 0.3)
    p.elastic = .constant(6)
    var market = NormalMarket(parameters: p)
    let a = try #require(market.quote.ask.price)
    let f = market.quote.ask.participation
    let z = (a - 100) / 4
    let expected = 0.3 * upperTailByErfc(z) + 0.7 * 0.5 * f
    let step = try market.observe(.buy, from: .unknown, trueValue: 101)
    #expect(isClose(exp(step.logEvidence), expected, tol: 1e-12))
}

/// A small C leaves no break-even price: both sides are withdrawn, the market adopts it (a state,
/// not a refused parameter), a typed buy is refused, and a no-trade tells nothing.
@Test func smallScaleWithdrawsBothSides() throws {
    var market = NormalMarket(parameters: normal(mean: 100, sigma: 4, mu: 0.3))
    var p = market.parameters
    p.elastic = .constant(2)
    try market.adopt(p, restart: false)
    #expect(market.quote.ask.price == nil && market.quote.bid.price == nil)
    guard case .none(.noBreakEven(_, let profit, let scale)) = market.quote.ask else {
        Issue.record("the ask is not withdrawn for want of a break-even price")
        return
    }
    #expect(profit < 0 && scale == 2)
    #expect(throws: NormalMarketError.self) { try market.observe(.buy, from: .unknown, trueValue: 101, strict: true) }
    let step = try market.observe(.buy, from: .unknown, trueValue: 101)
    #expect(step.order == .none)
    #expect(isClose(market.posterior.mean, 100))
}

/// A very large C is inelastic demand to rounding.
@Test func largeScaleIsInelasticInNormalModel() {
    var p = normal(mean: 100, sigma: 4, mu: 0.3)
    let inelastic = NormalQuote(posterior: NormalPosterior(mean: 100, sigma: 4), parameters: p)
    p.elastic = .constant(1e9)
    let elastic = NormalQuote(posterior: NormalPosterior(mean: 100, sigma: 4), parameters: p)
    #expect(isRelativelyClose(elastic.ask.price, inelastic.ask.price!, tol: 1e-9))
    #expect(isRelativelyClose(elastic.bid.price, inelastic.bid.price!, tol: 1e-9))
}
