import Foundation
import Testing

@testable import NormalValue

// The posterior's cells in a tree (PosteriorCells.swift) against the plain computation
// (ReferencePosterior, every sum a loop over the cells): the same orders into both on seeded
// paths of nature's arrivals, including μ = 0.001 (issue 23.4) and elastic demand.

/// The quote an order met as the market maker's likelihood (cuts in z, log factors per piece),
/// with ε scaled by the participation at those quotes as the market scales it.
private func likelihood(
    _ step: NormalBayesStep, _ p: NormalParameters, _ posterior: (Double) -> Double
) -> NormalLikelihood {
    let q = step.quoteBefore
    let scaled = p.elastic == .off ? p : p.participating(buy: q.ask.participation, sell: q.bid.participation)
    return NormalLikelihood(
        step.order, ask: q.ask.price.map(posterior) ?? .infinity, bid: q.bid.price.map(posterior) ?? -.infinity,
        parameters: scaled)
}

/// The inelastic ask (side = .ask) or bid in z under the plain belief, by bisection on Glosten and
/// Milgrom's equation (y − κ)·D(y) − N(y) = 0 in y = z (y = −z for the bid), D = μ·P(tail) + K,
/// N = μ·E[Y·1{tail}] + K·E[Y], K = (1−μ)ε.
private func referenceQuote(_ side: Side, _ r: ReferencePosterior, _ p: NormalParameters) -> Double {
    let sign: Double = side == .ask ? 1 : -1
    let k = (1 - p.mu) * (side == .ask ? p.epsBuy : p.epsSell)
    let kappa = p.cost / p.sigma
    let mean = sign * r.mean
    func f(_ y: Double) -> Double {
        let (probability, moment) = side == .ask ? r.upper(y) : r.lower(-y)
        return (y - kappa) * (p.mu * probability + k) - (p.mu * sign * moment + k * mean)
    }
    var high = mean + 1
    while f(high) < 0 { high = mean + 2 * (high - mean) }
    // 100 halvings of [E, high]: far below the 10⁻⁹·sd the comparison allows.
    var low = mean
    for _ in 0..<100 {
        let mid = 0.5 * (low + high)
        if f(mid) < 0 { low = mid } else { high = mid }
    }
    return sign * 0.5 * (low + high)
}

@Test(arguments: [
    (0.001, 1 as UInt64, 3_000, Elasticity.off), (0.001, 2, 3_000, .constant(8)), (0.001, 5, 3_000, .value),
    (0.05, 3, 2_000, .off), (0.5, 4, 300, .off),
])
func treeAgreesWithThePlainComputation(mu: Double, seed: UInt64, arrivals: Int, elastic: Elasticity) throws {
    var p = NormalParameters()
    p.mu = mu
    p.elastic = elastic
    var market = NormalMarket(parameters: p)
    var reference = ReferencePosterior()
    var rng = Xoshiro256(seed: seed)
    let v = NormalTruth.drawn.resolve(p, using: &rng)
    var compared = 0
    for t in 1...arrivals {
        let arrival = NormalArrival.draw(p, value: v, quote: market.quote, using: &rng)
        let step = try market.observe(arrival.wanted, from: arrival.trader, trueValue: v)
        let posterior = market.posterior
        let l = likelihood(step, p, posterior.standardised)
        let logEvidence = reference.multiply(cuts: l.cuts, logFactors: l.logFactors)
        let sd = reference.variance.squareRoot()
        // Once the belief is a few Doubles wide (μ = ½ gets there) its sd is rounding in both.
        let ulp = reference.mean.ulp
        #expect(abs(step.logEvidence - logEvidence) <= 1e-10)
        #expect(abs(posterior.standardMean - reference.mean) <= 1e-12 + 1e-7 * sd)
        #expect(abs(posterior.standardVariance.squareRoot() - sd) <= 1e-7 * sd + 2 * ulp)
        // The same breaks, merged the same way.
        #expect(posterior.breakCount == reference.breaks.count)
        // The tails at the new quotes, as the fixed points read them.
        for z in [step.quoteAfter.ask.price, step.quoteAfter.bid.price].compactMap({ $0.map(posterior.standardised) }) {
            let (a, b) = (posterior.upper(z), reference.upper(z))
            #expect(abs(a.probability - b.probability) <= 1e-12 && abs(a.moment - b.moment) <= 1e-12)
            let (c, d) = (posterior.lower(z), reference.lower(z))
            #expect(abs(c.probability - d.probability) <= 1e-12 && abs(c.moment - d.moment) <= 1e-12)
        }
        guard t % 100 == 0 || t == arrivals else { continue }
        compared += 1
        // Every cell: the same break and the same probability.
        #expect(posterior.cells.map(\.lower).dropFirst().elementsEqual(reference.breaks))
        for (a, b) in zip(posterior.logMasses, reference.logMasses) where b > -700 {
            #expect(abs(a - b) <= 1e-9)
        }
        // With inelastic demand the quotes are the plain belief's fixed points, to the spacing of
        // Doubles at the price once the belief is that narrow.
        if elastic == .off {
            let ask = try #require(step.quoteAfter.ask.price)
            let bid = try #require(step.quoteAfter.bid.price)
            #expect(
                abs(posterior.standardised(ask) - referenceQuote(.ask, reference, p)) <= 1e-9 * sd + 4 * ask.ulp
                    / p.sigma)
            #expect(
                abs(posterior.standardised(bid) - referenceQuote(.bid, reference, p)) <= 1e-9 * sd + 4 * bid.ulp
                    / p.sigma)
        }
    }
    #expect(compared > 1)
}

/// The tree stays balanced: after 2·10⁴ arrivals at μ = 0.001 (several hundred cells, cut in
/// clusters where the quotes walk) its height is a small multiple of log₂ K, so one order touches
/// O(log K) nodes where the flat arrays touched all K.
@Test func treeStaysShallow() throws {
    var p = NormalParameters()
    p.mu = 0.001
    var market = NormalMarket(parameters: p)
    var rng = Xoshiro256(seed: 9)
    let v = NormalTruth.drawn.resolve(p, using: &rng)
    for _ in 0..<20_000 {
        let arrival = NormalArrival.draw(p, value: v, quote: market.quote, using: &rng)
        _ = try market.observe(arrival.wanted, from: arrival.trader, trueValue: v)
    }
    let tree = market.posterior.tree
    func height(_ n: Int32) -> Int {
        n < 0 ? 0 : 1 + max(height(tree.nodes[Int(n)].left), height(tree.nodes[Int(n)].right))
    }
    let k = Double(tree.count)
    #expect(tree.count > 200)
    #expect(Double(height(tree.root)) <= 4 * log2(k + 1))
}
