import ModelTestSupport
import Testing

@testable import MarketModel

// Cases where every session has the same order flow, so the spread profile and the discovery time
// are exact numbers.

/// γ = 1 (uninformed traders always buy), μ = ½, θ = ½, V 96/104, truth high: every arrival buys.
/// After t buys the odds of V_H are (P(buy | H)/P(buy | L))^t = (1/(1−μ))^t = 2^t. The ask is
/// E[V | one more buy] = 96 + 8·2^(t+1)/(2^(t+1) + 1); only bad-news informed traders sell, so the bid
/// is V_L = 96. Spread_t = 8·2^(t+1)/(2^(t+1) + 1): 16/3, 32/5, 64/9, 128/17, 256/33, …
/// |mid − 104| = 8 − spread_t/2 ≤ 4.5 first when spread_t ≥ 7, i.e. t = 2 (64/9 ≈ 7.11; 32/5 = 6.4).
/// The market maker pays ask_t − 104 = −8/(2^(t+1) + 1) on each buy.
@Test func everySessionBuys() throws {
    let p = params(mu: 0.5, epsBuy: 1, epsSell: 0)
    let plan = SimulationPlan(
        parameters: p, sessions: 300, arrivals: 5, seed: 1, truth: .high,
        discoveryDistance: 4.5, profileTimes: [0, 1, 2, 3, 4, 5])
    let s = SessionSimulator(plan: plan).run(threads: 2)
    let spreads = [16.0 / 3, 32.0 / 5, 64.0 / 9, 128.0 / 17, 256.0 / 33, 512.0 / 65]
    for (i, expected) in spreads.enumerated() {
        let point = s.spread[i]
        #expect(point.time == i && point.sessions == 300)
        #expect(isClose(point.meanSpread, expected), "t=\(i)")
        for q in [0.1, 0.5, 0.9] { #expect(point.spreadQuantile(q) == point.spreads.minimum) }
        #expect(isClose(point.spreadQuantile(0.5), expected), "t=\(i)")
        #expect(isClose(point.meanDistance, 8 - expected / 2), "t=\(i)")
    }
    #expect(s.discovery.reached == 300 && s.discovery.meanTime == 2 && s.discovery.medianTime == 2)
    let perSession = (0..<5).map { -8 / (pow2($0 + 1) + 1) }.reduce(0, +)
    #expect(isClose(s.profit.perSession, perSession, tol: 1e-12))
    #expect(s.profit.trades == 1500 && s.roll.trades == 1500)
}

/// μ = 0: no one is informed, beliefs never move, and the quotes are V* ± c = 100 ± 0.25 at every t,
/// whatever the order flow; the mid is V* = 100, so with truth high (V = 104) the distance stays 4 and a
/// discovery distance of 1 is never reached.
@Test func noInformedTradersNoLearning() throws {
    let plan = SimulationPlan(
        parameters: params(mu: 0, cost: 0.25), sessions: 200, arrivals: 300, seed: 2,
        truth: .high, discoveryDistance: 1)
    let s = SessionSimulator(plan: plan).run(threads: 2)
    #expect(s.spread.count == SimulationPlan.defaultProfilePoints)
    for point in s.spread.points {
        #expect(isClose(point.meanSpread, 0.5) && point.spreadQuantile(0.9) == 0.5 && isClose(point.meanDistance, 4))
    }
    #expect(s.discovery.never == 200 && s.discovery.shareNever == 1 && s.discovery.medianTime == nil)
}

/// Memory does not grow with N: a plan of 10^12 arrivals per session keeps 256 profile times and a
/// discovery histogram of 40 octaves (2^40 > 10^12) × 128 buckets, plus the first and last.
@Test func summarySizeIsBoundedInN() {
    let huge = SimulationSummary(plan: SimulationPlan(parameters: params(), sessions: 1, arrivals: 1_000_000_000_000))
    #expect(huge.spread.count <= SimulationPlan.defaultProfilePoints)
    #expect(huge.spread.times.first == 0 && huge.spread.times.last == 1_000_000_000_000)
    #expect(huge.discovery.times.counts.count == 40 * 128 + 2)
}

private func pow2(_ n: Int) -> Double { Double(1 << n) }

/// The default profile times: all of 0...N when they fit, else exactly `atMost` of them, consecutive
/// at first, then spreading out, ending at N.
@Test func spacedTimes() {
    #expect(SimulationPlan.spacedTimes(arrivals: 5, atMost: 256) == [0, 1, 2, 3, 4, 5])
    for n in [256, 300, 1000, 123_456, 1_000_000_000_000] {
        let times = SimulationPlan.spacedTimes(arrivals: n, atMost: 256)
        #expect(times.count == 256, "n=\(n): \(times.count)")
        #expect(times.first == 0 && times.last == n && times == times.sorted() && Set(times).count == times.count)
        #expect(Array(times.prefix(10)) == Array(0..<10))
    }
}
