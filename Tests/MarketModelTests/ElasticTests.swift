import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

// Elastic uninformed demand (GM 1985 §3): an uninformed buyer buys at ask a with probability
// max(0, 1 − (a − E)/C). Quotes are checked against closed forms written here, and against an
// independent search on the zero-profit condition built from the model's definition alone.

/// GM 1985 §3's example: V ∈ {1, 11}, θ = ½, μ = 0.3, ε_b = ε_s = ½.
private func gmExample(_ elastic: Elasticity) -> Parameters {
    var p = params(low: 1, high: 11, prior: 0.5, mu: 0.3)
    p.elastic = elastic
    return p
}

/// The issue's check: with C = E[V] = 6 the ask is 7.9383 and the bid 4.0617; inelastic 7.5 / 4.5.
@Test func gmExampleQuotes() {
    let q = Market(parameters: gmExample(.value)).quote
    // K = (1−μ)ε_b = 0.35, θμ = 0.15, V_H − E = 5, C = 6: (0.35/6)x² − 0.5x + 0.75 = 0, whose smaller
    // root is x = (0.5 − √(0.25 − 4·(0.35/6)·0.75))/(2·0.35/6) = (0.5 − √0.075)·6/0.7.
    let x = (0.5 - 0.075.squareRoot()) * 6 / 0.7
    #expect(isClose(q.ask.price, 6 + x))
    #expect(isClose(q.bid.price, 6 - x))  // symmetric: (1−θ)μ = 0.15, E − V_L = 5
    #expect(abs(q.ask.price! - 7.9383) < 5e-5)
    #expect(abs(q.bid.price! - 4.0617) < 5e-5)
    // Participation at the ask: 1 − x/6.
    #expect(isClose(q.ask.participation, 1 - x / 6))
    #expect(q.ask.informedTrade && q.ask.isOpen && q.bid.isOpen)
    let inelastic = Market(parameters: gmExample(.off)).quote
    // Classic GM at θ = ½: E ± μ·ΔV/2 = 6 ± 1.5.
    #expect(isClose(inelastic.ask.price, 7.5))
    #expect(isClose(inelastic.bid.price, 4.5))
    #expect(inelastic.ask.elastic == nil)
}

/// At the example's quotes P(buy | V_L) = (1 − μ)ε_b·(1 − (a − E)/C) and P(buy | V_H) adds μ; a
/// no-trade has the same likelihood in both states (informed traders always trade), so it says
/// nothing about the news.
@Test func gmExampleLikelihoods() throws {
    var market = Market(parameters: gmExample(.value))
    let q = market.quote
    let f = 1 - (q.ask.price! - 6) / 6
    let g = 1 - (6 - q.bid.price!) / 6
    let buy = market.likelihood(of: .buy)
    #expect(isClose(buy.bad, 0.7 * 0.5 * f))
    #expect(isClose(buy.good, 0.3 + 0.7 * 0.5 * f))
    let none = market.likelihood(of: .none)
    // The uninformed who decline at the quotes: 0.7·(0.5·(1 − f) + 0.5·(1 − g)).
    #expect(isClose(none.bad, 0.7 * (0.5 * (1 - f) + 0.5 * (1 - g))))
    #expect(isClose(none.good, none.bad))
    let step = try market.observe(.none, from: .unknown, truth: .good)
    #expect(isClose(step.posterior.pHigh, 0.5))
    // A buy: posterior odds = (0.3 + 0.35f)/(0.35f).
    var again = Market(parameters: gmExample(.value))
    let buyStep = try again.observe(.buy, from: .unknown, truth: .good)
    let odds = (0.3 + 0.35 * f) / (0.35 * f)
    #expect(isClose(buyStep.posterior.pHigh, odds / (1 + odds)))
}

/// With C = E[V] = 4 (θ = 0.3), K = 0.35, θμ = 0.09, V_H − E = 7: (K + θμ)² = 0.1936 is less than
/// 4·(K/C)·θμ·(V_H − E) = 0.2205, so no ask breaks even and the ask is withdrawn; the bid, with
/// (1−θ)μ = 0.21 and E − V_L = 3, has (0.56)² = 0.3136 ≥ 4·(0.35/4)·0.21·3 = 0.2205: it stands.
@Test func askWithdrawnWhereNoRootExists() throws {
    var p = gmExample(.value)
    p.prior = 0.3
    var market = Market(parameters: p)
    let q = market.quote
    let ask = try #require(q.ask.elastic)
    #expect(isClose(ask.condition.discriminant, 0.1936 - 0.2205))
    #expect(!ask.hasBreakEven && q.ask.isWithdrawn && !q.ask.isOpen)
    // The price shown is the nearest at which nothing trades: max(V_H − E, C) = 7 above E, i.e. V_H.
    #expect(isClose(q.ask.price, 11))
    #expect(q.ask.participation == 0)
    // The best the market maker can do: the vertex B/(2A) = 0.44/(2·0.35/4) = 2.5142857…, where the
    // uninformed bring 0.35·(1 − x/4)·x and the informed take 0.09·(7 − x), a net loss.
    guard case .withdrawn(let best) = ask.solution else { Issue.record("not withdrawn"); return }
    #expect(isClose(best, 0.44 / (2 * 0.35 / 4)))
    #expect(ask.condition.profit(at: best) < 0)
    #expect(isClose(ask.condition.profit(at: best), 0.35 * (1 - best / 4) * best - 0.09 * (7 - best)))
    let bid = try #require(q.bid.elastic)
    #expect(isClose(bid.condition.discriminant, 0.3136 - 0.2205))
    #expect(q.bid.isOpen)
    // With the ask withdrawn a no-trade is informative: informed buyers leave, informed sellers sell.
    let none = market.likelihood(of: .none)
    #expect(none.good > none.bad)
    var again = market
    let step = try market.observe(.none, from: .unknown, truth: .good)
    #expect(step.posterior.pHigh > 0.3)
    // A buyer at the withdrawn ask leaves: the period is a no-trade; a typed `buy` is refused.
    do {
        _ = try again.observe(.buy, from: .unknown, truth: .good, strict: true)
        Issue.record("a strict buy on a withdrawn ask was accepted")
    } catch {
        guard case .noBreakEven(.ask, _, _, _) = error else {
            Issue.record("expected noBreakEven(.ask), got \(error)")
            return
        }
    }
    #expect(try again.observe(.buy, from: .unknown, truth: .good).order == .none)
}

/// The lowest price at which the market maker does not lose, found from the model's definition
/// alone: scan prices from E − ΔV up, and bisect on the first where someone trades and the expected
/// profit Σ π_s·P(order at price | s)·(±(price − v_s) − c) is at least zero. Nil: no such price.
private func independentQuote(_ side: Side, _ market: Market) -> Double? {
    let p = market.parameters
    let pr = market.belief.probability
    let v = p.values
    let e = market.belief.expectedValue(of: v)
    let c = p.elastic.scale(expectedValue: e)!
    let sign: Double = side == .ask ? 1 : -1
    func trades(_ price: Double) -> (mass: Double, profit: Double) {
        let x = sign * (price - e)
        let f = min(1, max(0, 1 - x / c))
        let eps = side == .ask ? p.epsBuy : p.epsSell
        var mass = 0.0
        var profit = 0.0
        for s in MarketState.allCases {
            let uninformed = (s == .noEvent ? 1 : 1 - p.mu) * eps * f
            let informedTrades = side == .ask ? (s == .good && p.high > price) : (s == .bad && p.low < price)
            let l = uninformed + (informedTrades ? p.mu : 0)
            mass += pr[s] * l
            profit += pr[s] * l * (sign * (price - v[s]) - p.cost)
        }
        return (mass, profit)
    }
    let range = p.high - p.low
    let steps = 20_000
    let span = 2 * range + c + 2 * p.cost
    var previous = e - sign * range
    for i in 0...steps {
        let price = e + sign * (-range + span * Double(i) / Double(steps))
        let t = trades(price)
        if t.mass > 0, t.profit >= 0 {
            var (lo, hi) = (previous, price)
            for _ in 0..<200 {
                let mid = 0.5 * (lo + hi)
                let m = trades(mid)
                if m.mass > 0, m.profit >= 0 { hi = mid } else { lo = mid }
            }
            return hi
        }
        previous = price
    }
    return nil
}

/// Over many random markets (α < 1, costs, asymmetric ε, both C settings) every side agrees with
/// the independent search: the same price where one breaks even, withdrawn where none does.
@Test func quadraticAgreesWithIndependentSearch() throws {
    var rng = Xoshiro256(seed: 1985)
    var quoted = 0
    var withdrawn = 0
    for trial in 0..<300 {
        var p = Parameters()
        p.low = 0.5 + 20 * rng.nextUnit()
        p.high = p.low + 0.5 + 20 * rng.nextUnit()
        p.prior = 0.02 + 0.96 * rng.nextUnit()
        p.mu = 0.9 * rng.nextUnit()
        p.alpha = trial % 3 == 0 ? 1 : 0.2 + 0.8 * rng.nextUnit()
        p.epsBuy = 0.05 + 0.45 * rng.nextUnit()
        p.epsSell = 0.05 + 0.45 * rng.nextUnit()
        p.cost = trial % 4 == 0 ? 0.5 * rng.nextUnit() : 0
        p.elastic = trial % 2 == 0 ? .value : .constant(0.2 + 10 * rng.nextUnit())
        var market = Market(parameters: p)
        // A few orders first, so that beliefs are off the opening (and π_N off 1 − α).
        for _ in 0..<Int(rng.nextUnit() * 4) {
            _ = try market.observe(rng.nextUnit() < 0.5 ? .buy : .sell, from: .unknown, truth: .good)
        }
        for side in [Side.ask, .bid] {
            let quote = market.quote[side]
            let independent = independentQuote(side, market)
            if let independent {
                #expect(quote.elastic?.hasBreakEven == true, "trial \(trial) \(side)")
                #expect(isClose(quote.price, independent, tol: 1e-9), "trial \(trial) \(side) \(p)")
                quoted += 1
            } else {
                #expect(quote.hasNoBreakEven && quote.isWithdrawn, "trial \(trial) \(side) \(p)")
                withdrawn += 1
            }
        }
    }
    // Both outcomes were exercised.
    #expect(quoted > 100 && withdrawn > 10)
}

/// With C = E[V] and V_L > 0 the bid always breaks even: at b = V_L the informed stop selling and
/// the uninformed who still sell (g = V_L/E > 0) pay E − V_L each.
@Test func bidSurvivesWithElasticValue() {
    var rng = Xoshiro256(seed: 9)
    for _ in 0..<500 {
        var p = Parameters()
        p.low = 0.01 + 10 * rng.nextUnit()
        p.high = p.low + 0.01 + 100 * rng.nextUnit()
        p.prior = 0.001 + 0.998 * rng.nextUnit()
        p.mu = 0.99 * rng.nextUnit()
        p.elastic = .value
        let q = Market(parameters: p).quote
        #expect(q.bid.elastic?.hasBreakEven == true, "\(p)")
        #expect(q.bid.isOpen)
    }
}

/// A very large C is inelastic demand to rounding; C = ∞ (off) is today's model exactly.
@Test func largeScaleIsInelastic() {
    var rng = Xoshiro256(seed: 3)
    for _ in 0..<200 {
        var p = Parameters()
        p.prior = 0.05 + 0.9 * rng.nextUnit()
        p.mu = 0.8 * rng.nextUnit()
        p.alpha = 0.3 + 0.7 * rng.nextUnit()
        let inelastic = Market(parameters: p).quote
        p.elastic = .constant(1e12)
        let elastic = Market(parameters: p).quote
        #expect(isClose(elastic.ask.price, inelastic.ask.price!, tol: 1e-9))
        #expect(isClose(elastic.bid.price, inelastic.bid.price!, tol: 1e-9))
    }
}

/// The tolerance still applies on top of elastic demand: τ below the elastic half-spread withdraws.
@Test func toleranceAppliesOnTop() {
    var p = gmExample(.value)
    let x = (0.5 - 0.075.squareRoot()) * 6 / 0.7  // 1.9383…
    p.tolerance = 1.9
    #expect(Market(parameters: p).quote.isClosed)
    p.tolerance = 2
    #expect(!Market(parameters: p).quote.ask.isWithdrawn)
    #expect(x > 1.9 && x < 2)
}

/// `set elastic`: C > 0, off (+∞) or value (−∞); value needs V_L > 0.
@Test func elasticSetting() throws {
    let p = params(low: 1, high: 11)
    #expect(try p.setting(.elastic, to: 2).elastic == .constant(2))
    #expect(try p.setting(.elastic, to: .infinity).elastic == .off)
    #expect(try p.setting(.elastic, to: -.infinity).elastic == .value)
    #expect(settingError(p, .elastic, 0) == .outOfRange(.elastic, value: 0, accepted: ParameterName.elastic.accepted))
    #expect(settingError(p, .elastic, -1) != nil)
    let value = try p.setting(.elastic, to: -.infinity)
    #expect(settingError(value, .low, 0) == .elasticValueNeedsPositiveValues(low: 0))
    #expect(settingError(params(low: -1, high: 11), .elastic, -.infinity) == .elasticValueNeedsPositiveValues(low: -1))
    #expect(value[.elastic] == -.infinity)
}

/// Nature's uninformed arrival buys with ε_b·f at the quote: over 200 000 draws the share of buys is
/// within 4 standard errors of 0.5·f.
@Test func uninformedDrawsFollowParticipation() {
    let market = Market(parameters: gmExample(.value))
    let f = market.quote.ask.participation
    var rng = Xoshiro256(seed: 5)
    let n = 200_000
    var buys = 0
    for _ in 0..<n where Arrival.uninformed(market.parameters, at: market.quote, using: &rng).wanted == .buy {
        buys += 1
    }
    let share = 0.5 * f
    let se = (share * (1 - share) / Double(n)).squareRoot()
    #expect(abs(Double(buys) / Double(n) - share) < 4 * se)
}
