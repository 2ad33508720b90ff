import Foundation
import MarketModel
import ShellKit

/// The exact expected path of one `compare` market, over all of nature's draws rather than one seed.
///
/// `compare` plays classic Glosten–Milgrom (α = 1, ε_b = ε_s = ½, no cost, no tolerance) with the
/// truth fixed at V_H. Every arrival trades, a buy with probability P(buy | V_H) = μ + (1 − μ)/2, and
/// each buy multiplies the odds of V_H by (1 + μ)/(1 − μ) while each sell divides them by it, so the
/// belief after t arrivals depends only on d = buys − sells: a binomial walk. The expectations are
/// finite sums over d of the walk's probabilities times the quote at d. Beyond the d where the odds
/// pass e^40 (either way) the quotes no longer move to within about 1e-17 of V_H − V_L, so the walk
/// is kept at that edge instead (exact to about 1e-15 of V_H − V_L over 10^6 arrivals).
struct ExpectedPath: Equatable {
    /// E[spread_t], t = 0…N.
    let spread: [Double]
    /// E[|mid_t − V|], t = 0…N.
    let distance: [Double]
    /// E[P(V = V_H) at t], t = 0…N.
    let belief: [Double]
    /// P(|mid_t − V| ≤ band) at t, t = 0…N.
    let withinBand: [Double]
    /// E[the uninformed traders' cumulative cost through t], t = 0…N (0 at t = 0).
    let cost: [Double]

    /// The expected average spread over the trades t = 1…N (the path metric's expectation).
    var averageSpread: Double {
        spread.count > 1 ? spread.dropFirst().reduce(0, +) / Double(spread.count - 1) : spread[0]
    }

    /// The most cells (states × arrivals) the exact walk may visit.
    static let workLimit = 100_000_000

    /// The exact expected path of `parameters` over `arrivals` with the truth fixed at V_H; nil when
    /// the market is not one where only buys − sells matters, the walk would be too long, or
    /// `shouldStop` said yes (asked every 1024 arrivals).
    init?(parameters: Parameters, arrivals: Int, band: Double, shouldStop: () -> Bool = { false }) {
        guard parameters.alpha == 1, parameters.epsBuy == 0.5, parameters.epsSell == 0.5, parameters.cost == 0,
            parameters.toleranceIsOff, parameters.elastic == .off, parameters.mu >= 0, parameters.mu < 1, arrivals >= 0
        else { return nil }
        let mu = parameters.mu
        let v = parameters.high
        let up = parameters.likelihood(of: .buy).good
        let logRatio = log((1 + mu) / (1 - mu))
        let logOdds0 = log(parameters.prior / (1 - parameters.prior))
        // The walk's reach: beyond |d| = reach the odds are past e^40 either way (or t itself, if smaller).
        let reach = logRatio > 0 ? min(arrivals, Int((40 + abs(logOdds0)) / logRatio) + 1) : 0
        guard (2 * reach + 1).multipliedReportingOverflow(by: max(arrivals, 1)).partialValue <= Self.workLimit else {
            return nil
        }
        // The quote at each d in −reach…reach.
        var quotes: [(spread: Double, mid: Double, ask: Double, bid: Double, pHigh: Double)] = []
        for d in -reach...reach {
            let x = logOdds0 + Double(d) * logRatio
            let good = -log1p(exp(-x))
            let bad = -log1p(exp(x))
            let belief = Belief(normalisedLog: StateVector(noEvent: -.infinity, bad: bad, good: good))
            let quote = Quote(belief: belief, parameters: parameters)
            guard let ask = quote.ask.price, let bid = quote.bid.price else { return nil }
            quotes.append((ask - bid, (ask + bid) / 2, ask, bid, exp(good)))
        }
        // The uninformed pay ask − V on a buy and V − bid on a sell, each with probability ½.
        let uninformedCost = quotes.map { (1 - mu) * (0.5 * ($0.ask - v) + 0.5 * (v - $0.bid)) }
        var mass = Array(repeating: 0.0, count: 2 * reach + 1)
        mass[reach] = 1
        var spread: [Double] = []
        var distance: [Double] = []
        var belief: [Double] = []
        var within: [Double] = []
        var cost: [Double] = [0]
        func record() {
            var s = 0.0
            var m = 0.0
            var b = 0.0
            var w = 0.0
            for (i, p) in mass.enumerated() where p > 0 {
                let q = quotes[i]
                s += p * q.spread
                m += p * abs(q.mid - v)
                b += p * q.pHigh
                if abs(q.mid - v) <= band { w += p }
            }
            spread.append(s)
            distance.append(m)
            belief.append(b)
            within.append(w)
        }
        record()
        var next = mass
        for t in 0..<arrivals {
            if t & 1023 == 1023, shouldStop() { return nil }
            var c = 0.0
            for i in mass.indices { next[i] = 0 }
            for (i, p) in mass.enumerated() where p > 0 {
                c += p * uninformedCost[i]
                // A step past the reach stays at the edge, where the quote no longer moves.
                next[min(i + 1, 2 * reach)] += p * up
                next[max(i - 1, 0)] += p * (1 - up)
            }
            if reach == 0 { next[0] = 1 }
            swap(&mass, &next)
            cost.append(cost.last! + c)
            record()
        }
        self.spread = spread
        self.distance = distance
        self.belief = belief
        self.withinBand = within
        self.cost = cost
    }
}
