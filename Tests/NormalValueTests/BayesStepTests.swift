import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

@Test(arguments: [0.0, 0.15])
func afterABuyThePosteriorMeanIsTheAskLessCost(cost: Double) throws {
    // The ask is E[v | buy at a] + c, and after the buy E[v] is E[v | buy at a]: it equals a − c.
    var market = NormalMarket(parameters: normal(mean: 20, sigma: 3, mu: 0.4, epsBuy: 0.3, epsSell: 0.5, cost: cost))
    for order in [Order.buy, .buy, .sell, .none, .buy, .sell, .sell, .none, .buy] {
        let step = try market.observe(order, from: .unknown, trueValue: 20)
        switch order {
        case .buy: #expect(isRelativelyClose(step.meanAfter, try #require(step.fillPrice) - cost, tol: 1e-13))
        case .sell: #expect(isRelativelyClose(step.meanAfter, try #require(step.fillPrice) + cost, tol: 1e-13))
        case .none: #expect(step.fillPrice == nil)
        }
        // The market maker expects to earn exactly c on a trade.
        if let expected = step.expectedProfit { #expect(abs(expected - cost) < 1e-12) }
    }
}

@Test func firstBuyThroughTheInverseMillsRatio() throws {
    let p = normal(mean: 100, sigma: 4, mu: 0.3, epsBuy: 0.5, epsSell: 0.5)
    var market = NormalMarket(parameters: p)
    let step = try market.observe(.buy, from: .unknown, trueValue: 103)
    let a = try #require(step.fillPrice)
    let z = (a - 100) / 4
    // Closed forms at the prior: P(v > a) = Φ̄(z), P(buy) = μΦ̄(z) + (1−μ)ε_b,
    // P(informed | buy) = μΦ̄(z)/P(buy), E[v | v > a] = m + σλ(z) with λ = φ/Φ̄,
    // E[v | buy] = m + P(informed | buy)·σ·λ(z).
    let tail = upperTailByErfc(z)
    let lambda = densityByFormula(z) / tail
    let pBuy = 0.3 * tail + 0.35
    #expect(isRelativelyClose(step.evidence, pBuy, tol: 1e-13))
    #expect(isRelativelyClose(step.informedPieceProbability, tail, tol: 1e-13))
    #expect(isRelativelyClose(step.pInformed, 0.3 * tail / pBuy, tol: 1e-13))
    #expect(isRelativelyClose(try #require(step.informedPieceMean), 100 + 4 * lambda, tol: 1e-13))
    let mills = try #require(step.millsRatio)
    #expect(mills.z == z)
    #expect(isRelativelyClose(mills.lambda, lambda, tol: 1e-13))
    #expect(isRelativelyClose(step.meanAfter, 100 + step.pInformed * 4 * lambda, tol: 1e-13))
    // The equation at the ask, with its numbers: N/D = E[v | buy], residual 0.
    let equation = try #require(step.equation)
    #expect(isRelativelyClose(equation.denominator, pBuy, tol: 1e-13))
    #expect(
        isRelativelyClose(equation.numerator, 0.3 * (100 * tail + 4 * densityByFormula(z)) + 0.35 * 100, tol: 1e-13))
    #expect(abs(equation.residual) < 1e-12)
    // Realised profit on the buy against v = 103, and the period's expected profit given v = 103:
    // P(buy | v)·(a − v) + P(sell | v)·(v − b), with P(buy | v) = μ·1{v > a} + (1−μ)ε_b.
    let b = try #require(step.quoteBefore.bid.price)
    #expect(step.realisedProfit == a - 103)
    let expected = (0.3 * (103 > a ? 1 : 0) + 0.35) * (a - 103) + (0.3 * (103 < b ? 1 : 0) + 0.35) * (103 - b)
    #expect(isClose(step.expectedProfitGivenValue, expected, tol: 1e-14))
    // Once the belief has a break it is no longer normal: no Mills ratio on the next order.
    let second = try market.observe(.sell, from: .unknown, trueValue: 103)
    #expect(second.millsRatio == nil)
    #expect(second.meanBefore == step.meanAfter)
}

@Test func firstSellAndPassInClosedForm() throws {
    let p = normal(mean: 0, sigma: 1, mu: 0.5, epsBuy: 0.25, epsSell: 0.25)
    let opening = NormalMarket(parameters: p)
    let a = try #require(opening.quote.ask.price)
    let b = try #require(opening.quote.bid.price)
    var market = opening
    let sell = try market.observe(.sell, from: .unknown, trueValue: 0)
    // P(sell) = μΦ(b) + (1−μ)ε_s; E[v | v < b] = −λ(−b).
    let below = upperTailByErfc(-b)
    #expect(isRelativelyClose(sell.evidence, 0.5 * below + 0.125, tol: 1e-13))
    #expect(isRelativelyClose(try #require(sell.informedPieceMean), -densityByFormula(b) / below, tol: 1e-13))
    #expect(isRelativelyClose(try #require(sell.millsRatio).lambda, densityByFormula(b) / below, tol: 1e-13))
    market = opening
    let pass = try market.observe(.none, from: .unknown, trueValue: 0)
    // P(none) = μ·P(b ≤ v ≤ a) + (1−μ)(1−ε_b−ε_s); P(informed | none) = μ·P(b ≤ v ≤ a)/P(none).
    let inside = 1 - upperTailByErfc(a) - upperTailByErfc(-b)
    #expect(isRelativelyClose(pass.evidence, 0.5 * inside + 0.25, tol: 1e-13))
    #expect(isRelativelyClose(pass.pInformed, 0.5 * inside / (0.5 * inside + 0.25), tol: 1e-13))
    // The no-trade region is symmetric here, so the mean stays 0 and the belief tightens.
    #expect(abs(pass.meanAfter) < 1e-15)
    #expect(pass.standardDeviationAfter < 1)
    #expect(pass.millsRatio == nil)
}

@Test func probabilitiesOfTheNextOrderSumToOne() throws {
    var market = NormalMarket(parameters: normal(mu: 0.35, epsBuy: 0.3, epsSell: 0.45, cost: 0.02))
    for order in [Order.buy, .none, .sell, .sell, .buy] {
        let total = Order.allCases.map { market.probability(of: $0) }.reduce(0, +)
        #expect(abs(total - 1) < 1e-13)
        let predicted = market.probability(of: order)
        let step = try market.observe(order, from: .unknown, trueValue: 0)
        #expect(isRelativelyClose(step.evidence, predicted, tol: 1e-13))
    }
}
