import Testing
@testable import MarketModel

// The simulator keeps beliefs as weights updated by multiplication and re-anchored from counts, and
// plays saturated stretches at constant quotes. Market.observe keeps normalised log-probabilities and
// recomputes everything each period. Replaying a traced session through Market must give the same
// quotes (to 1e-12 relative), the same observed orders, and the same session tallies.

/// The trace's quote agrees with Market's (NaN in the trace for a side Market leaves undefined).
private func agrees(_ traced: Double, _ market: Double?) -> Bool {
    guard let market else { return traced.isNaN }
    return isClose(traced, market)
}

@Test(arguments: 0..<modelCases.count)
func replayThroughMarket(caseIndex: Int) throws {
    let (name, p, truth) = modelCases[caseIndex]
    let plan = SimulationPlan(parameters: p, sessions: 4, arrivals: 2500, seed: 2024, truth: truth,
                              profileTimes: [0, 1, 2, 10, 100, 1000, 2500])
    let simulator = SessionSimulator(plan: plan)
    var withdrawnArrivals = 0
    for session in 0..<plan.sessions {
        let trace = simulator.trace(session: session)
        let value = p.values[trace.truth.state]
        var market = Market(parameters: p)
        var informedProfit = 0.0, uninformedProfit = 0.0, informedTrades = 0, uninformedTrades = 0
        var prices: [Double] = [], quotedSpreads: [Double] = []
        var discovery: Int?
        var profile: [Int: (spread: Double, distance: Double)] = [:]
        func look(at t: Int) {
            let q = market.quote
            if let mid = q.mid, discovery == nil, abs(mid - value) <= plan.discoveryDistance { discovery = t }
            if plan.profileTimes.contains(t), let spread = q.spread, let mid = q.mid {
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
            // Nature's draw is consistent with the truth: informed traders trade toward it.
            if arrival.trader == .informed {
                #expect(arrival.wanted == (trace.truth == .high ? .buy : .sell), "\(name)")
            }
            let step = try market.observe(arrival.wanted, from: arrival.trader, truth: trace.truth.state)
            #expect(step.order == arrival.order, "\(name) session \(session) t=\(i) order")
            if step.order != step.wanted { withdrawnArrivals += 1 }
            if let profit = step.realisedProfit, let price = step.fillPrice {
                if arrival.trader == .informed { informedProfit += profit; informedTrades += 1 }
                else { uninformedProfit += profit; uninformedTrades += 1 }
                prices.append(price)
                quotedSpreads.append(step.quoteBefore.spread ?? .nan)
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
        #expect(summary.discovery.reached == (discovery == nil ? 0 : 1) && summary.discovery.never == (discovery == nil ? 1 : 0))
        if let discovery { #expect(summary.discovery.meanTime == Double(discovery), "\(name)") }
        #expect(summary.roll.trades == prices.count)
        if prices.count >= 3 {
            let changes = zip(prices.dropFirst(), prices).map { $0 - $1 }
            let pairs = zip(changes.dropFirst(), changes).map { (lead: $0, lag: $1) }
            let n = Double(pairs.count)
            let cov = pairs.map { $0.lead * $0.lag }.reduce(0, +) / n
                - pairs.map(\.lead).reduce(0, +) / n * pairs.map(\.lag).reduce(0, +) / n
            #expect(summary.roll.pairs == pairs.count)
            #expect(isClose(summary.roll.autocovariance, cov, tol: 1e-9), "\(name)")
            let finite = quotedSpreads.filter(\.isFinite)
            #expect(isClose(summary.roll.meanQuotedSpread, finite.reduce(0, +) / Double(prices.count), tol: 1e-9))
        }
        for (i, t) in summary.spread.times.enumerated() {
            let point = summary.spread[i]
            guard let expected = profile[t] else { #expect(point.undefined == 1); continue }
            #expect(isClose(point.meanSpread, expected.spread, tol: 1e-12), "\(name) spread at t=\(t)")
            #expect(isClose(point.meanDistance, expected.distance, tol: 1e-12), "\(name) distance at t=\(t)")
        }
    }
    if name.hasPrefix("tolerance") || name.hasPrefix("GM, γ = 0.6, τ") {
        #expect(withdrawnArrivals > 0, "\(name): no arrival met a withdrawn side")
    }
    if name.hasPrefix("closed") {
        #expect(simulator.trace(session: 0).frozenAt == 0)
    }
}
