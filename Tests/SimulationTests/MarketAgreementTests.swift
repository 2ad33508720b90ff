import ModelTestSupport
import Testing

@testable import MarketModel

// The simulator keeps beliefs as weights updated by multiplication and re-anchored from counts, and
// plays saturated stretches at constant quotes. Market.observe keeps normalised log-probabilities and
// recomputes everything each period. Replaying a traced session through Market must give the same
// quotes (to 1e-12 relative), the same observed orders, and the same session tallies — including
// where informed traders stay out because the quote does not pay (c > 0), and over random markets.

/// The trace's quote agrees with Market's (NaN in the trace for a side Market leaves undefined).
private func agrees(_ traced: Double, _ market: Double?) -> Bool {
    guard let market else { return traced.isNaN }
    return isClose(traced, market)
}

/// Replays `sessions` traced sessions through Market.observe and checks every arrival; returns how
/// many arrivals left a withdrawn side and how many informed arrivals stayed out at a quote that did not pay.
@discardableResult
private func replay(
    _ name: String, _ p: Parameters, truth: Truth?, sessions: Int, arrivals: Int, seed: UInt64
)
    throws -> (withdrawn: Int, abstained: Int)
{
    let times = Array(Set([0, 1, 2, 10, 100, 1000, arrivals].filter { $0 <= arrivals })).sorted()
    let plan = SimulationPlan(
        parameters: p, sessions: sessions, arrivals: arrivals, seed: seed, truth: truth,
        profileTimes: times)
    let simulator = SessionSimulator(plan: plan)
    var counts = (withdrawn: 0, abstained: 0)
    for session in 0..<plan.sessions {
        let trace = simulator.trace(session: session)
        let value = p.values[trace.truth.state]
        var market = Market(parameters: p)
        var informedProfit = 0.0
        var uninformedProfit = 0.0
        var informedTrades = 0
        var uninformedTrades = 0
        var expectedProfit = 0.0
        var prices: [Double] = []
        var quotedSpreads: [Double] = []
        var discovery: Int?
        var profile: [Int: (spread: Double, distance: Double)] = [:]
        func look(at t: Int) {
            let q = market.quote
            if let mid = q.openMid, discovery == nil, abs(mid - value) <= plan.discoveryDistance { discovery = t }
            if plan.profileTimes.contains(t), let spread = q.openSpread, let mid = q.openMid {
                profile[t] = (spread, abs(mid - value))
            }
        }
        let periods = trace.frozenAt ?? plan.arrivals
        #expect(trace.arrivals.count == periods, "\(name)")
        for (i, arrival) in trace.arrivals.enumerated() {
            look(at: i)
            let quote = market.quote
            #expect(agrees(arrival.ask, quote.ask.price), "\(name) session \(session) t=\(i) ask")
            #expect(agrees(arrival.bid, quote.bid.price), "\(name) session \(session) t=\(i) bid")
            // Nature's draw is consistent with the truth: informed traders trade toward it when the
            // quote pays (V_H > ask, V_L < bid), and otherwise stay out.
            if arrival.trader == .informed {
                let side = trace.truth == .high ? quote.ask : quote.bid
                #expect(
                    arrival.wanted == (side.informedTrade ? (trace.truth == .high ? .buy : .sell) : .none), "\(name)")
                if !side.informedTrade { counts.abstained += 1 }
            }
            let step = try market.observe(arrival.wanted, from: arrival.trader, truth: trace.truth.state)
            #expect(step.order == arrival.order, "\(name) session \(session) t=\(i) order")
            if step.order != step.wanted { counts.withdrawn += 1 }
            expectedProfit += step.expectedProfit(values: p.values) ?? 0
            if let profit = step.realisedProfit, let price = step.fillPrice {
                if arrival.trader == .informed {
                    informedProfit += profit
                    informedTrades += 1
                    // An informed trader never trades at a loss: the market maker's profit is ≤ 0.
                    #expect(profit <= 1e-12 * max(1, abs(value)), "\(name) t=\(i): informed trade at a loss")
                } else {
                    uninformedProfit += profit
                    uninformedTrades += 1
                }
                prices.append(price)
                quotedSpreads.append(step.quoteBefore.openSpread ?? .nan)
            }
        }
        // After a freeze nothing trades; Market agrees that the quotes no longer move.
        if let frozen = trace.frozenAt {
            #expect(market.quote.isClosed, "\(name)")
            for t in frozen..<plan.arrivals {
                look(at: t)
                _ = try market.observe(.none, from: .unknown, truth: trace.truth.state)
            }
        }
        look(at: plan.arrivals)
        #expect(agrees(trace.finalAsk, market.quote.ask.price), "\(name) final ask")
        #expect(agrees(trace.finalBid, market.quote.bid.price), "\(name) final bid")

        // The one-session summary holds the same tallies.
        let summary = trace.summary
        #expect(summary.profit.informedTrades == informedTrades && summary.profit.uninformedTrades == uninformedTrades)
        #expect(isClose(summary.profit.fromInformed, informedProfit, tol: 1e-9), "\(name)")
        #expect(isClose(summary.profit.fromUninformed, uninformedProfit, tol: 1e-9), "\(name)")
        // Σ price − E[V | order]; the simulator keeps it only where informed traders may stay out and
        // counts 0 otherwise (c = 0), where Market's terms are rounding (≤ 10^−12 of the scale a trade).
        let scale = max(1, abs(p.low), abs(p.high)) * Double(max(1, informedTrades + uninformedTrades))
        #expect(
            abs(summary.profit.expected - expectedProfit) <= 1e-11 * scale,
            "\(name): \(summary.profit.expected) against \(expectedProfit)")
        #expect(
            summary.discovery.reached == (discovery == nil ? 0 : 1)
                && summary.discovery.never == (discovery == nil ? 1 : 0))
        if let discovery { #expect(summary.discovery.meanTime == Double(discovery), "\(name)") }
        #expect(summary.roll.trades == prices.count)
        if prices.count >= 3 {
            let changes = zip(prices.dropFirst(), prices).map { $0 - $1 }
            let pairs = zip(changes.dropFirst(), changes).map { (lead: $0, lag: $1) }
            let n = Double(pairs.count)
            let cov =
                pairs.map { $0.lead * $0.lag }.reduce(0, +) / n
                - pairs.map(\.lead).reduce(0, +) / n * pairs.map(\.lag).reduce(0, +) / n
            #expect(summary.roll.pairs == pairs.count)
            #expect(isClose(summary.roll.autocovariance, cov, tol: 1e-9), "\(name)")
            let finite = quotedSpreads.filter(\.isFinite)
            // Only trades met with both sides open have a quoted spread (none: no mean).
            if finite.isEmpty {
                #expect(summary.roll.meanQuotedSpread == nil, "\(name)")
            } else {
                #expect(isClose(summary.roll.meanQuotedSpread, finite.reduce(0, +) / Double(finite.count), tol: 1e-9))
            }
        }
        for (i, t) in summary.spread.times.enumerated() {
            let point = summary.spread[i]
            guard let expected = profile[t] else {
                #expect(point.undefined == 1)
                continue
            }
            #expect(isClose(point.meanSpread, expected.spread, tol: 1e-12), "\(name) spread at t=\(t)")
            #expect(isClose(point.meanDistance, expected.distance, tol: 1e-12), "\(name) distance at t=\(t)")
        }
    }
    return counts
}

@Test(arguments: 0..<modelCases.count)
func replayThroughMarket(caseIndex: Int) throws {
    let (name, p, truth) = modelCases[caseIndex]
    let counts = try replay(name, p, truth: truth, sessions: 4, arrivals: 2500, seed: 2024)
    let simulator = SessionSimulator(
        plan: SimulationPlan(parameters: p, sessions: 1, arrivals: 2500, seed: 2024, truth: truth))
    if name.hasPrefix("tolerance") || name.hasPrefix("GM, γ = 0.6, τ") {
        #expect(counts.withdrawn > 0, "\(name): no arrival met a withdrawn side")
    }
    if name.hasPrefix("cost") {
        #expect(counts.abstained > 0, "\(name): no informed arrival met a quote that did not pay")
    }
    if name.hasPrefix("closed") {
        #expect(simulator.trace(session: 0).frozenAt == 0)
    }
}

/// 60 random markets, each replayed through Market over 3 sessions of 400 arrivals with nature's truth
/// drawn: quotes, participation, orders and tallies agree, and informed traders never trade at a loss.
@Test func replayRandomMarketsThroughMarket() throws {
    var rng = Xoshiro256(seed: 909)
    var abstained = 0
    var costly = 0
    for index in 0..<60 {
        let p = randomMarket(&rng)
        if p.cost > 0 { costly += 1 }
        let truth: Truth? = rng.nextUnit() < 0.5 ? nil : Truth.allCases[Int(rng.next() % 3)]
        abstained += try replay(
            "random market \(index): \(p)", p, truth: truth, sessions: 3, arrivals: 400,
            seed: rng.next()
        ).abstained
    }
    // The sweep reaches the new branch: informed traders who stay out because the quote does not pay.
    #expect(costly > 30 && abstained > 100, "\(costly) markets with a cost, \(abstained) informed arrivals stayed out")
}
