import ModelTestSupport
import Testing

@testable import MarketModel

// Nature's draws in the simulator follow DESIGN §2: the truth from the prior, and given the truth
// each arrival is informed with μ (when there is news) and otherwise buys ε_b, sells ε_s.

/// |count/n − p| < 5 standard errors √(p(1−p)/n).
private func matches(_ count: Int, of n: Int, probability p: Double) -> Bool {
    abs(Double(count) / Double(n) - p) < 5 * (p * (1 - p) / Double(n)).squareRoot()
}

/// Truths drawn per session: none 1 − α = 0.4, low α·δ = 0.6·0.7 = 0.42, high α·θ = 0.6·0.3 = 0.18.
@Test func truthsFollowThePrior() {
    let plan = SimulationPlan(parameters: params(prior: 0.3, alpha: 0.6), sessions: 20_000, arrivals: 1, seed: 11)
    let s = SessionSimulator(plan: plan).run(threads: 2)
    #expect(matches(s.truths.none, of: 20_000, probability: 0.4))
    #expect(matches(s.truths.low, of: 20_000, probability: 0.42))
    #expect(matches(s.truths.high, of: 20_000, probability: 0.18))
}

/// Arrival frequencies per truth with μ = 0.3, ε_b = 0.25, ε_s = 0.35 (ε_n = 0.4):
/// good news: informed 0.3, buy 0.3 + 0.7·0.25 = 0.475, sell 0.7·0.35 = 0.245, none 0.7·0.4 = 0.28;
/// bad news: informed 0.3, buy 0.175, sell 0.3 + 0.245 = 0.545, none 0.28;
/// no event: informed 0, buy 0.25, sell 0.35, none 0.4.
@Test(arguments: [
    (Truth.high, 0.3, 0.475, 0.245, 0.28),
    (Truth.low, 0.3, 0.175, 0.545, 0.28),
    (Truth.none, 0.0, 0.25, 0.35, 0.4),
])
func arrivalFrequencies(truth: Truth, informed: Double, buy: Double, sell: Double, none: Double) {
    let p = params(mu: 0.3, alpha: 0.5, epsBuy: 0.25, epsSell: 0.35)
    let plan = SimulationPlan(parameters: p, sessions: 20, arrivals: 2000, seed: 5, truth: truth)
    let simulator = SessionSimulator(plan: plan)
    var counts = (informed: 0, buy: 0, sell: 0, none: 0)
    var n = 0
    for session in 0..<plan.sessions {
        for a in simulator.trace(session: session).arrivals {
            n += 1
            if a.trader == .informed { counts.informed += 1 }
            switch a.wanted {
            case .buy: counts.buy += 1
            case .sell: counts.sell += 1
            case .none: counts.none += 1
            }
        }
    }
    #expect(n == 40_000)
    #expect(informed == 0 ? counts.informed == 0 : matches(counts.informed, of: n, probability: informed))
    #expect(matches(counts.buy, of: n, probability: buy))
    #expect(matches(counts.sell, of: n, probability: sell))
    #expect(matches(counts.none, of: n, probability: none))
}

/// With ε_b + ε_s = 1 no arrival may stay out, even where μ + (1−μ)·0.3 + (1−μ)·0.7 rounds to
/// 1 − 2^−53 (μ = 0.001 and μ = 0.008 do): a no-trade there would have probability 0 for the market
/// maker. The draw k < 2^53 always falls below the sell threshold.
@Test func noNoTradeWhenUninformedAlwaysTrade() {
    for mu in [0.001, 0.008, 0.3] {
        let tables = OrderFlowTables(parameters: params(mu: mu, epsBuy: 0.3, epsSell: 0.7))
        for t in tables.thresholds { #expect(t.sellBelow == 1 << 53, "μ = \(mu)") }
    }
    // Where no-trades are possible the threshold is the exact cumulative probability: ε_b + ε_s = 0.5.
    let eo = OrderFlowTables(parameters: params(alpha: 0.5, epsBuy: 0.25, epsSell: 0.25))
    #expect(eo.thresholds[0].sellBelow == 1 << 52 && eo.thresholds[0].buyBelow == 1 << 51)
}
