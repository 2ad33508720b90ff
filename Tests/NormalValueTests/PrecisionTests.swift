import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

/// The posterior of a long tape of buys and sells, in log space: log w(z) = Σ log P(order | z), with
/// the breaks counted by binary search, and each piece's moments by Simpson about its end nearest 0
/// (`simpsonMoments`), for the pieces within 60 nats of the largest. Standard normal prior.
func logGridMoments(buys: [Double], sells: [Double], p: NormalParameters) -> (mean: Double, sd: Double) {
    let asks = buys.sorted()
    let bids = sells.sorted()
    let buyHigh = log(p.mu + (1 - p.mu) * p.epsBuy)
    let buyLow = log((1 - p.mu) * p.epsBuy)
    let sellHigh = log(p.mu + (1 - p.mu) * p.epsSell)
    let sellLow = log((1 - p.mu) * p.epsSell)
    func countBelow(_ xs: [Double], _ z: Double) -> Int {
        var lo = 0
        var hi = xs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if xs[mid] < z { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
    func logWeight(_ z: Double) -> Double {
        let a = Double(countBelow(asks, z))
        let b = Double(countBelow(bids, z))
        return a * buyHigh + (Double(asks.count) - a) * buyLow + b * sellLow + (Double(bids.count) - b) * sellHigh
    }
    let cuts = Array(Set(asks + bids)).sorted()
    // Beyond the outer breaks the integrand falls like e^(−|z|·s): 40/|z| further on it is e^(−40).
    let lowest = cuts[0]
    let highest = cuts[cuts.count - 1]
    let ends = [lowest - 40 / max(1, abs(lowest))] + cuts + [highest + 40 / max(1, abs(highest))]
    var pieces: [(l: Double, u: Double, anchor: Double, logSize: Double)] = []
    for (l, u) in zip(ends, ends.dropFirst()) {
        let anchor = l >= 0 ? l : (u <= 0 ? u : 0)
        let logSize = logWeight(0.5 * (l + u)) - 0.5 * anchor * anchor + log(u - l)
        pieces.append((l, u, anchor, logSize))
    }
    let top = pieces.map(\.logSize).max()!
    var mass = 0.0
    var first = 0.0
    var second = 0.0
    let shift = pieces.max { $0.logSize < $1.logSize }!.anchor
    for piece in pieces where piece.logSize > top - 60 {
        let (m0, m1, m2) = simpsonMoments(piece.l, piece.u, anchor: piece.anchor, panels: 2_000)
        // Mass relative to e^top; moments about `shift`, so nothing cancels.
        let scale = exp(logWeight(0.5 * (piece.l + piece.u)) - 0.5 * piece.anchor * piece.anchor - top)
        let d = piece.anchor - shift
        mass += scale * m0
        first += scale * (m1 + d * m0)
        second += scale * (m2 + 2 * d * m1 + d * d * m0)
    }
    let excess = first / mass
    return (shift + excess, (second / mass - excess * excess).squareRoot())
}

@Test func longRunOfBuysStaysExact() throws {
    let p = normal(mu: 0.5)
    var market = NormalMarket(parameters: p)
    var asks: [Double] = []
    for _ in 0..<10_000 {
        let step = try market.observe(.buy, from: .unknown, trueValue: 0)
        let ask = try #require(step.fillPrice)
        // c = 0: after the buy, E[v] is the ask it met; asks rise.
        #expect(isRelativelyClose(step.meanAfter, ask, tol: 1e-12))
        if let last = asks.last { #expect(ask > last) }
        asks.append(ask)
    }
    let exact = logGridMoments(buys: asks, sells: [], p: p)
    // 10⁴ buys carry E[v] out past 100σ, where φ is below e^(−5000); no underflow, no NaN.
    #expect(market.posterior.mean > 100)
    #expect(isRelativelyClose(market.posterior.mean, exact.mean, tol: 1e-11))
    #expect(isRelativelyClose(market.posterior.standardDeviation, exact.sd, tol: 1e-7))
    #expect(try #require(market.quote.spread) > 0)
}

@Test func buysThenSellsBringTheBeliefBack() throws {
    let p = normal(mu: 0.6, epsBuy: 0.2, epsSell: 0.2)
    var market = NormalMarket(parameters: p)
    var asks: [Double] = []
    var bids: [Double] = []
    var lowestAfterBuys = 0.0
    for order in Array(repeating: Order.buy, count: 1_000) + Array(repeating: Order.sell, count: 1_000) {
        let step = try market.observe(order, from: .unknown, trueValue: 0)
        if order == .buy {
            asks.append(try #require(step.fillPrice))
        } else {
            bids.append(try #require(step.fillPrice))
        }
        #expect(step.meanAfter.isFinite && step.standardDeviationAfter > 0)
        if asks.count == 1_000 && bids.isEmpty {
            lowestAfterBuys = market.posterior.tree.cell(containing: 0).logMass
        }
    }
    // The buys took the belief far up and pushed the cell at v = 0 more than 745 nats down, where a
    // linear weight underflows to 0 for good; the sells brought it back to where a Double holds it.
    #expect(asks.last! > 20)
    #expect(lowestAfterBuys < -745)
    #expect(market.posterior.tree.cell(containing: 0).logMass > -700)
    let exact = logGridMoments(buys: asks, sells: bids, p: p)
    #expect(isClose(market.posterior.mean, exact.mean, tol: 1e-9))
    #expect(isRelativelyClose(market.posterior.standardDeviation, exact.sd, tol: 1e-7))
}

@Test func noTradeZeroesCellsPushedFarDown() throws {
    // ε_b + ε_s = 1: a no-trade comes only from an informed trader with b ≤ v ≤ a, so it sets the
    // belief to 0 outside [b, a], including the cells the buys had pushed below e^−800.
    let p = normal(mu: 0.6, epsBuy: 0.2, epsSell: 0.8)
    var market = NormalMarket(parameters: p)
    for _ in 0..<1_000 { _ = try market.observe(.buy, from: .unknown, trueValue: 0) }
    #expect(market.posterior.logMasses[0] < -800)
    let b = try #require(market.quote.bid.price)
    let a = try #require(market.quote.ask.price)
    _ = try market.observe(.none, from: .informed, trueValue: 0.5 * (a + b))
    #expect(market.posterior.probability(below: b) == 0 && market.posterior.probability(above: a) == 0)
    #expect(market.posterior.logMasses[0] == -.infinity)
    // Orders after it keep the belief inside [b, a] (to rounding: sells pile it up against b until
    // it is a few Doubles wide there) and finite.
    let slack = 4 * b.magnitude.ulp
    for order in Array(repeating: Order.sell, count: 300) + [.buy, .buy] {
        let step = try market.observe(order, from: .unknown, trueValue: 0)
        #expect(step.meanAfter >= b - slack && step.meanAfter <= a + slack && step.standardDeviationAfter.isFinite)
    }
    #expect(market.posterior.probability(below: b) == 0)
    // Every cell's ℓ is a log probability, also those of probability 0 (no −∞ − (−∞)).
    #expect(market.posterior.logMasses.allSatisfy { !$0.isNaN && $0 <= 0 })
}
