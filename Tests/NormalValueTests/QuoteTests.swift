import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

/// The check anyone can redo: m = 0, σ = 1, ε_b = ε_s = ½, μ = ½ gives ask 0.436327.
@Test func openingAskOfTheStandardNormal() throws {
    let market = NormalMarket(parameters: normal())
    // At the prior, E(v·1{v>a}) = φ(a) and E(v) = 0, so a = ½φ(a) / (½Φ̄(a) + ¼), i.e. the root of
    // a·(½Φ̄(a) + ¼) − ½φ(a), increasing in a; bisected here on the closed form.
    let expected = bisect(0, 2) { a in a * (0.5 * upperTailByErfc(a) + 0.25) - 0.5 * densityByFormula(a) }
    #expect(abs(expected - 0.436327) < 5e-7)
    let ask = try #require(market.quote.ask.price)
    let bid = try #require(market.quote.bid.price)
    #expect(isRelativelyClose(ask, expected, tol: 1e-12))
    #expect(isRelativelyClose(bid, -expected, tol: 1e-12))
}

/// At the prior N(m, σ²) the two equations are closed forms in z: with E(v·1{v > a}) = m·Φ̄(z) + σ·φ(z)
/// and E(v·1{v < b}) = m·Φ(z) − σ·φ(z),
///     a = m + σ·μφ(z_a)/(μΦ̄(z_a) + (1−μ)ε_b) + c,   b = m − σ·μφ(z_b)/(μΦ(z_b) + (1−μ)ε_s) − c.
func openingQuotesByBisection(_ p: NormalParameters) -> (ask: Double, bid: Double) {
    let kb = (1 - p.mu) * p.epsBuy
    let ks = (1 - p.mu) * p.epsSell
    let ask = bisect(p.mean, p.mean + 40 * p.sigma) { a in
        let z = (a - p.mean) / p.sigma
        return a - p.cost - p.mean - p.sigma * p.mu * densityByFormula(z) / (p.mu * upperTailByErfc(z) + kb)
    }
    let bid = bisect(p.mean - 40 * p.sigma, p.mean) { b in
        let z = (b - p.mean) / p.sigma
        return b + p.cost - p.mean + p.sigma * p.mu * densityByFormula(z) / (p.mu * upperTailByErfc(-z) + ks)
    }
    return (ask, bid)
}

@Test(arguments: [
    normal(), normal(mean: 100, sigma: 4, mu: 0.3),
    normal(mean: 10, sigma: 2, mu: 0.4, epsBuy: 0.2, epsSell: 0.6, cost: 0.05),
    normal(mean: -3, sigma: 0.5, mu: 0.9, epsBuy: 0.1, epsSell: 0.1, cost: 0.2), normal(mu: 0.9999),
    normal(mu: 0), normal(mean: 50, sigma: 10, mu: 0.05, epsBuy: 0.7, epsSell: 0.3, cost: 1),
])
func openingQuotesSolveTheirEquations(_ p: NormalParameters) throws {
    let market = NormalMarket(parameters: p)
    let expected = openingQuotesByBisection(p)
    let ask = try #require(market.quote.ask.fixedPoint)
    let bid = try #require(market.quote.bid.fixedPoint)
    #expect(isClose(ask.price, expected.ask, tol: 1e-12))
    #expect(isClose(bid.price, expected.bid, tol: 1e-12))
    for solution in [ask, bid] {
        // The equation holds at the quote, the search ended there, inside its bracket, quickly.
        #expect(abs(solution.equation.residual) <= 1e-12 * max(1, abs(solution.price)))
        #expect(solution.trials.last?.price == solution.price)
        #expect(solution.bracket.contains(solution.price))
        #expect(solution.trials.count <= 16)
    }
    // The ask is at or above E[v], the bid at or below.
    #expect(ask.price >= p.mean && bid.price <= p.mean)
}

@Test func smallInformedShareGivesSpreadOfAbout1_60MuSigma() throws {
    // For small μ the ask is m + σ·μφ(0)/((1−μ)ε_b) + O(μ²), so with ε_b = ε_s = ½ the spread is
    // 4μσφ(0) = 2·√(2/π)·μσ ≈ 1.596·μσ, not the document's 2μσ.
    let slope = 2 * (2 / Double.pi).squareRoot()
    for mu in [1e-3, 1e-4] {
        let p = normal(mean: 7, sigma: 3, mu: mu)
        let spread = try #require(NormalMarket(parameters: p).quote.spread)
        let ratio = spread / (mu * p.sigma)
        #expect(abs(ratio - slope) < 3 * mu)
        #expect(abs(ratio - 2) > 0.4)
    }
}

@Test func spreadGrowsWithoutBoundAsMuTendsToOne() throws {
    var spreads: [Double] = []
    for mu in [0.5, 0.9, 0.99, 0.999, 0.9999, 0.999_999] {
        let quote = NormalMarket(parameters: normal(mu: mu)).quote
        spreads.append(try #require(quote.spread))
    }
    #expect(zip(spreads, spreads.dropFirst()).allSatisfy { $0 < $1 })
    // The ask solves a·(μΦ̄(a) + K) = μφ(a); for K → 0 roughly φ(a) ≈ K·a³, so a ≈ √(2·log(1/K)):
    // it passes every bound, slowly. At μ = 1 − 10⁻⁶, K = 5·10⁻⁷ and the half-spread exceeds 4σ.
    #expect(spreads.last! / 2 > 4)
}

@Test func noAskAtMuOneOrWithoutUninformedBuyers() throws {
    let everyone = NormalMarket(parameters: normal(mu: 1)).quote
    #expect(everyone.ask == .none(.everyArrivalInformed))
    #expect(everyone.bid == .none(.everyArrivalInformed))
    #expect(everyone.spread == nil)
    let noBuyers = NormalMarket(parameters: normal(epsBuy: 0)).quote
    #expect(noBuyers.ask == .none(.noUninformedTraders))
    #expect(noBuyers.bid.price != nil)
    // The market refuses such parameters, saying which side and why.
    var market = NormalMarket(parameters: normal())
    #expect(throws: NormalParameterError.quoteUndefined(.ask, .everyArrivalInformed)) {
        try market.adopt(normal(mu: 1), restart: false)
    }
    #expect(throws: NormalParameterError.quoteUndefined(.bid, .noUninformedTraders)) {
        try market.adopt(normal(epsSell: 0), restart: false)
    }
    #expect(market == NormalMarket(parameters: normal()))
}
