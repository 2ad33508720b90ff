import Foundation
import Testing

@testable import NormalValue

// Bounding the breaks (NormalPosterior+Merge.swift): few breaks on a long tape, every printed number
// as the exact belief's, and each merge within its stated bound.

/// Nature's arrivals at the normal defaults with μ = `mu`, from `seed`, into `market`; returns the
/// orders as the market maker saw them.
private func play(_ market: inout NormalMarket, arrivals: Int, seed: UInt64) -> [Order] {
    var rng = Xoshiro256(seed: seed)
    let v = NormalTruth.drawn.resolve(market.parameters, using: &rng)
    var orders: [Order] = []
    for _ in 0..<arrivals {
        let arrival = NormalArrival.draw(market.parameters, value: v, quote: market.quote, using: &rng)
        guard let step = try? market.observe(arrival.wanted, from: arrival.trader, trueValue: v) else { break }
        orders.append(step.order)
    }
    return orders
}

/// The defaults (m = 100, σ = 4, ε = ½) with μ set.
private func defaults(mu: Double) -> NormalParameters {
    var p = NormalParameters()
    p.mu = mu
    return p
}

/// A market whose belief keeps every break (ρ = 0): the exact posterior.
private func exactMarket(_ p: NormalParameters) -> NormalMarket {
    var market = NormalMarket(parameters: p)
    var posterior = market.posterior
    posterior.mergeResolution = 0
    market.rewind(to: posterior, time: 0)
    return market
}

/// Issue 23.4: with μ = 0.001 the quotes walk over nearly the same prices and every order added a
/// break (5 000 orders: 4 995 breaks, and time quadratic in the orders). Merged, most orders' cuts
/// join a break already there.
@Test func fewInformedKeepFewBreaks() {
    var market = NormalMarket(parameters: defaults(mu: 0.001))
    let orders = play(&market, arrivals: 5_000, seed: 42)
    #expect(orders.count == 5_000)
    #expect(market.posterior.breakpoints.count < 500)
}

/// The merged belief against the exact one on seeded paths: the same orders into both, and at every
/// period the quotes, E[v] and sd agree at the printed precision (4 decimals) and within 10⁻⁷σ.
@Test(arguments: [(0.001, 1 as UInt64, 2_000), (0.001, 7, 2_000), (0.05, 3, 2_000), (0.5, 5, 600)])
func mergedBeliefPrintsAsTheExact(mu: Double, seed: UInt64, arrivals: Int) throws {
    let p = defaults(mu: mu)
    var merged = NormalMarket(parameters: p)
    let orders = play(&merged, arrivals: arrivals, seed: seed)
    var exact = exactMarket(p)
    var replayed = NormalMarket(parameters: p)
    func printed(_ x: Double?) -> Double? { x.map { ($0 * 1e4).rounded() } }
    var worst = 0.0
    for order in orders {
        let e = try exact.observe(order, from: .unknown, trueValue: 100)
        let m = try replayed.observe(order, from: .unknown, trueValue: 100)
        let pairs: [(Double?, Double?)] = [
            (e.quoteAfter.ask.price, m.quoteAfter.ask.price), (e.quoteAfter.bid.price, m.quoteAfter.bid.price),
            (e.meanAfter, m.meanAfter), (e.standardDeviationAfter, m.standardDeviationAfter),
        ]
        for (x, y) in pairs {
            #expect(printed(x) == printed(y))
            if let x, let y { worst = max(worst, abs(x - y)) }
        }
        #expect(abs(e.pInformed - m.pInformed) < 1e-6)
    }
    #expect(worst <= 1e-7 * p.sigma)
    // The merged market replayed is the merged market played: merging is deterministic.
    #expect(replayed.posterior == merged.posterior)
    // With μ = 0.001 the exact belief keeps a break per order, the merged one far fewer.
    if mu == 0.001 { #expect(replayed.posterior.breakpoints.count * 4 < exact.posterior.breakpoints.count) }
}

/// One merge, by hand: two cuts 10⁻⁷ apart leave a cell that narrow; joining it moves probability e
/// (`movedMass`) within the joined cell [l, u), so P(Z > x) moves by at most e at every x and E[Z]
/// by at most e·(u − l).
@Test func oneMergeStaysWithinItsBound() throws {
    var exact = NormalPosterior(mean: 0, sigma: 1)
    exact.mergeResolution = 0
    exact.multiply(cuts: [-0.2], logFactors: [log(0.6), log(0.4)])
    exact.multiply(cuts: [1.0], logFactors: [log(0.3), log(0.7)])
    exact.multiply(cuts: [0.3], logFactors: [log(0.25), log(0.75)])
    exact.multiply(cuts: [0.3 + 1e-7], logFactors: [log(0.75), log(0.25)])
    #expect(exact.breakpoints.count == 4)
    var merged = exact
    let moved = merged.mergeNarrowCells(around: [0.3 + 1e-7], width: 1e-6, total: 1e3)
    _ = merged.normalise()
    #expect(merged.breakpoints.count == 3)
    #expect(moved > 0)
    let joined = try #require(merged.cells.first { $0.lower <= 0.3 && $0.upper >= 0.3 + 1e-7 })
    #expect(joined.lower == -0.2 || joined.upper == 1.0)
    let width = joined.upper - joined.lower
    for x in Array(stride(from: -3.0, through: 3.0, by: 0.0125)) + [0.3, 0.3 + 5e-8, 0.3 + 1e-7] {
        #expect(abs(merged.upper(x).probability - exact.upper(x).probability) <= moved * (1 + 1e-9) + 1e-15)
        #expect(abs(merged.lower(x).probability - exact.lower(x).probability) <= moved * (1 + 1e-9) + 1e-15)
    }
    #expect(abs(merged.standardMean - exact.standardMean) <= moved * width * (1 + 1e-9) + 1e-15)
    // What moved is at most the narrow cell's probability times the density ratio to its
    // neighbour (3 = 0.75/0.25 here).
    let narrow = exact.upper(0.3).probability - exact.upper(0.3 + 1e-7).probability
    #expect(moved <= 3 * narrow)
}

/// A session of 10⁶ arrivals stops when asked, inside the session (issue 23.5): `simulate` with one
/// long session used to ask only between sessions.
@Test func simulationStopsInsideALongSession() throws {
    let study = NormalSimulation(parameters: defaults(mu: 0.001), sessions: 1, arrivals: 1_000_000)
    // Asked before the session, then at arrivals 256, 512 and 768, where it says yes.
    let counter = StopCounter(yesFrom: 4)
    let summary = try study.run(generator: { Xoshiro256(seed: UInt64($0) + 1) }, shouldStop: counter.ask)
    #expect(summary.sessions == 0)
    #expect(counter.counts.asked == 4)
}
