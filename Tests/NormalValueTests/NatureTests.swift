import Foundation
import Testing

import struct MarketModel.Xoshiro256

@testable import NormalValue

@Test(arguments: [11 as UInt64, 12, 13, 14, 15])
func informedTradersNeverLoseToTheMarketMaker(seed: UInt64) throws {
    // Random parameters, nature's v and a tape nature draws: on every informed trade the market
    // maker's realised profit a − v (or v − b) is ≤ 0, because they buy only when v > a.
    var rng = Xoshiro256(seed: seed)
    func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * rng.nextUnit() }
    let p = normal(
        mean: uniform(-10, 10), sigma: uniform(0.1, 3), mu: uniform(0.05, 0.9),
        epsBuy: uniform(0.05, 0.5), epsSell: uniform(0.05, 0.5), cost: uniform(0, 0.3))
    let v = NormalTruth.drawn.resolve(p, using: &rng)
    var market = NormalMarket(parameters: p)
    var informedTrades = 0
    for _ in 0..<150 {
        let arrival = NormalArrival.draw(p, value: v, quote: market.quote, using: &rng)
        let quote = market.quote
        if arrival.trader == .informed {
            #expect(arrival == NormalArrival.informed(value: v, quote: quote))
            #expect((arrival.wanted == .buy) == (v > quote.ask.price!))
            #expect((arrival.wanted == .sell) == (v < quote.bid.price!))
        }
        let step: NormalBayesStep
        do { step = try market.observe(arrival.wanted, from: arrival.trader, trueValue: v) } catch .converged { break }
        if step.trader == .informed, let profit = step.realisedProfit {
            #expect(profit <= 0)
            informedTrades += 1
        }
    }
    #expect(informedTrades > 0)
}

@Test func naturesDrawsHaveTheirDistributions() {
    var rng = Xoshiro256(seed: 7)
    let p = normal(mean: 5, sigma: 2, mu: 0.3, epsBuy: 0.2, epsSell: 0.5)
    var values = MeanEstimate()
    var buys = 0
    var sells = 0
    let n = 40_000
    for _ in 0..<n {
        values.add(NormalArrival.drawValue(p, using: &rng))
        switch NormalArrival.uninformed(p, quote: NormalMarket(parameters: p).quote, using: &rng).wanted {
        case .buy: buys += 1
        case .sell: sells += 1
        case .none: break
        }
    }
    // Mean within 4 standard errors σ/√n of m; variance within 4 of its own, σ²·√(2/(n−1)).
    #expect(abs(values.mean - 5) < 4 * 2 / Double(n).squareRoot())
    #expect(abs(values.variance! - 4) < 4 * 4 * (2 / Double(n - 1)).squareRoot())
    // Shares within 4 binomial standard errors of ε_b and ε_s.
    #expect(abs(Double(buys) / Double(n) - 0.2) < 4 * (0.2 * 0.8 / Double(n)).squareRoot())
    #expect(abs(Double(sells) / Double(n) - 0.5) < 4 * (0.5 * 0.5 / Double(n)).squareRoot())
    // A fixed truth is itself.
    #expect(NormalTruth.value(3.25).resolve(p, using: &rng) == 3.25)
}
