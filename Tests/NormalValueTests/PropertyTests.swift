import Foundation
import ModelTestSupport
import Testing

import struct MarketModel.Xoshiro256

@testable import NormalValue

@Test(arguments: Array(UInt64(21)...UInt64(28)))
func everyStepKeepsTheModelsInvariants(seed: UInt64) throws {
    // Random parameters (ε_b + ε_s = 1 on even seeds) and a random typed tape of 60 orders: at every
    // step the next order's probabilities sum to 1, bid ≤ E[v] ≤ ask, each quote solves its
    // equation, P(informed | order) is a probability, P(order) is what the market maker predicted,
    // and the posterior's sd is positive.
    var rng = Xoshiro256(seed: seed)
    func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * rng.nextUnit() }
    let epsBuy = uniform(0.05, 0.7)
    let p = normal(
        mean: uniform(-100, 100), sigma: uniform(0.01, 20), mu: uniform(0, 0.95), epsBuy: epsBuy,
        epsSell: seed % 2 == 0 ? 1 - epsBuy : uniform(0.05, 1 - epsBuy), cost: uniform(0, 0.5))
    var market = NormalMarket(parameters: p)
    for _ in 0..<60 {
        let chances = Order.allCases.map { market.probability(of: $0) }
        #expect(abs(chances.reduce(0, +) - 1) < 1e-12)
        let q = market.quote
        let ask = try #require(q.ask.fixedPoint)
        let bid = try #require(q.bid.fixedPoint)
        let e = market.posterior.mean
        let scale = max(abs(e), p.sigma)
        #expect(bid.price <= e + 1e-12 * scale && e <= ask.price + 1e-12 * scale)
        for solution in [ask, bid] { #expect(solvesItsEquation(solution, market: market, scale: scale)) }
        let possible = Order.allCases.filter { market.probability(of: $0) > 1e-9 }
        let order = possible[Int(rng.next() % UInt64(possible.count))]
        let step = try market.observe(order, from: .unknown, trueValue: p.mean)
        #expect(step.pInformed >= 0 && step.pInformed <= 1)
        #expect(isRelativelyClose(step.evidence, chances[Int(order.rawValue)], tol: 1e-10))
        #expect(step.standardDeviationAfter > 0 && step.standardDeviationAfter <= 10 * p.sigma)
    }
}

/// Whether a quote solves its equation: a residual below 10⁻¹² of the price scale, or, where the
/// residual is too steep for that (sells piling the belief against the edge a no-trade left, so
/// that P(v < b) rises by orders of magnitude within a few Doubles), a sign change of the residual
/// within 4 Doubles of the quote: the fixed point is then that close.
func solvesItsEquation(_ solution: FixedPoint, market: NormalMarket, scale: Double) -> Bool {
    if abs(solution.equation.residual) <= 1e-12 * scale { return true }
    var prices = [solution.price]
    for _ in 0..<4 {
        prices.insert(prices[0].nextDown, at: 0)
        prices.append(prices[prices.count - 1].nextUp)
    }
    let residuals = prices.map {
        QuoteEquation(solution.equation.side, at: $0, posterior: market.posterior, parameters: market.parameters)
            .residual
    }
    return residuals.contains { $0 <= 0 } && residuals.contains { $0 >= 0 }
}
