import Foundation
import ModelTestSupport
import Testing

import struct MarketModel.Xoshiro256

@testable import NormalValue

/// An order the market maker saw and the quotes it met: P(order | v) as the model states it.
struct MetOrder {
    let order: Order
    let bid: Double
    let ask: Double
    let p: NormalParameters

    /// μ·1{informed send this order at v} + (1−μ)·P(uninformed send it).
    func likelihood(_ v: Double) -> Double {
        let k = 1 - p.mu
        switch order {
        case .buy: return p.mu * (v > ask ? 1 : 0) + k * p.epsBuy
        case .sell: return p.mu * (v < bid ? 1 : 0) + k * p.epsSell
        case .none: return p.mu * (bid <= v && v <= ask ? 1 : 0) + k * (1 - p.epsBuy - p.epsSell)
        }
    }
}

/// The posterior of a tape by Double integration on a fine grid: the prior density times the
/// product of the likelihoods, by Simpson's rule on each piece between consecutive quotes met
/// (where the product is constant), over m ± 12σ.
struct GridPosterior {
    var pieces: [(lower: Double, upper: Double, weight: Double)] = []
    let m: Double, sigma: Double

    init(mean m: Double, sigma: Double, tape: [MetOrder]) {
        self.m = m
        self.sigma = sigma
        let low = m - 12 * sigma
        let high = m + 12 * sigma
        let cuts = tape.flatMap { [$0.bid, $0.ask] }.filter { $0 > low && $0 < high }
        let ends = ([low] + Set(cuts).sorted() + [high])
        for (l, u) in zip(ends, ends.dropFirst()) {
            let middle = 0.5 * (l + u)
            pieces.append((l, u, tape.reduce(1) { $0 * $1.likelihood(middle) }))
        }
    }

    /// ∫ w(v)·v^k·φ((v − m)/σ)/σ dv over v ∈ [from, to] for k = 0, 1, 2.
    func moments(from: Double = -.infinity, to: Double = .infinity) -> (Double, Double, Double) {
        var m0 = 0.0
        var m1 = 0.0
        var m2 = 0.0
        for piece in pieces {
            let l = max(piece.lower, from)
            let u = min(piece.upper, to)
            guard l < u, piece.weight > 0 else { continue }
            let n = 2 * max(32, Int((u - l) / sigma * 1000))
            let h = (u - l) / Double(n)
            for i in 0...n {
                let v = l + Double(i) * h
                let w = (i == 0 || i == n) ? 1.0 : (i % 2 == 1 ? 4.0 : 2.0)
                let z = (v - m) / sigma
                let f = piece.weight * w * h / 3 * exp(-z * z / 2) / ((2 * Double.pi).squareRoot() * sigma)
                m0 += f
                m1 += f * (v - m)
                m2 += f * (v - m) * (v - m)
            }
        }
        return (m0, m1, m2)
    }
}

@Test(arguments: [1 as UInt64, 2, 3, 4])
func posteriorAgreesWithGridIntegrationAfterARandomTape(seed: UInt64) throws {
    var rng = Xoshiro256(seed: seed)
    func uniform(_ a: Double, _ b: Double) -> Double { a + (b - a) * Double(rng.next() >> 11) * 0x1.0p-53 }
    var p = NormalParameters()
    p.mean = uniform(-50, 50)
    p.sigma = uniform(0.5, 5)
    p.mu = uniform(0.05, 0.8)
    p.epsBuy = uniform(0.05, 0.6)
    p.epsSell = seed % 2 == 0 ? 1 - p.epsBuy : uniform(0.05, 1 - p.epsBuy)
    p.cost = seed == 3 ? 0 : uniform(0, 0.2) * p.sigma
    var market = NormalMarket(parameters: p)
    var tape: [MetOrder] = []
    for t in 1...40 {
        let bid = try #require(market.quote.bid.price)
        let ask = try #require(market.quote.ask.price)
        let possible = Order.allCases.filter { market.probability(of: $0) > 1e-6 }
        let order = possible[Int(rng.next() % UInt64(possible.count))]
        _ = try market.observe(order, from: .unknown, trueValue: p.mean)
        tape.append(MetOrder(order: order, bid: bid, ask: ask, p: p))
        guard t % 8 == 0 else { continue }
        let grid = GridPosterior(mean: p.mean, sigma: p.sigma, tape: tape)
        let (m0, m1, m2) = grid.moments()
        let mean = p.mean + m1 / m0
        let sd = (m2 / m0 - (m1 / m0) * (m1 / m0)).squareRoot()
        let posterior = market.posterior
        #expect(abs(posterior.mean - mean) <= 1e-9 * p.sigma)
        #expect(isRelativelyClose(posterior.standardDeviation, sd, tol: 1e-8))
        // The next quotes solve their equations under the grid's posterior too.
        let a = try #require(market.quote.ask.price)
        let b = try #require(market.quote.bid.price)
        let (above0, above1, _) = grid.moments(from: a)
        let (below0, below1, _) = grid.moments(to: b)
        #expect(abs(posterior.probability(above: a) - above0 / m0) <= 1e-9)
        #expect(abs(posterior.probability(below: b) - below0 / m0) <= 1e-9)
        let kb = (1 - p.mu) * p.epsBuy
        let ks = (1 - p.mu) * p.epsSell
        let askRight = (p.mu * (p.mean * above0 + above1) / m0 + kb * mean) / (p.mu * above0 / m0 + kb) + p.cost
        let bidRight = (p.mu * (p.mean * below0 + below1) / m0 + ks * mean) / (p.mu * below0 / m0 + ks) - p.cost
        #expect(abs(a - askRight) <= 1e-9 * p.sigma)
        #expect(abs(b - bidRight) <= 1e-9 * p.sigma)
    }
}
