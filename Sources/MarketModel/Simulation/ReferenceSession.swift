/// The reference engine: a session played through `Market.observe` one period at a time, with
/// nature's draws from `Arrival.draw` at each quote. The fast kernel's tables assume that the
/// likelihood of each kind of order is fixed while the same sides are open; with elastic demand it
/// moves with every quote, so `SessionSimulator` plays elastic markets here instead (slower: every
/// period computes the quotes afresh).
extension SessionSimulator {
    /// Whether this plan is played by the reference engine rather than the fast kernel.
    public var usesReferenceEngine: Bool { plan.parameters.elastic != .off }

    /// Plays one session into its tallies and snapshots; nil when `shouldStop` answered true.
    /// The tallies are the kernel's (`play`): a no-trade "trades" at the last price for Roll's sums.
    func playReference(
        truth: Truth, rng: inout Xoshiro256, snapshots: inout [SpreadProfile.Snapshot],
        budget: inout Int, shouldStop: () -> Bool, arrivals: ((Arrival, Order, Quote) -> Void)? = nil
    ) -> SessionTally? {
        let p = plan.parameters
        let v = p.values[truth.state]
        let times = plan.profileTimes
        var market = Market(parameters: p)
        var tally = SessionTally(truth: truth)
        var point = 0
        var lastPrice = 0.0
        var lastDelta = 0.0
        var pairWeight = 0.0
        func look(_ quote: Quote, at t: Int) {
            guard let ask = quote.ask.openPrice, let bid = quote.bid.openPrice else { return }
            if tally.discoveryTime == nil, abs((ask + bid) * 0.5 - v) <= plan.discoveryDistance { tally.discoveryTime = t }
        }
        func snapshot(_ quote: Quote) {
            let ask = quote.ask.openPrice ?? .nan
            let bid = quote.bid.openPrice ?? .nan
            let closed = (quote.ask.isOpen ? 0 : 1) | (quote.bid.isOpen ? 0 : 2)
            snapshots[point] = .init(
                spread: ask - bid, distance: abs((ask + bid) * 0.5 - v), closedSides: UInt8(closed))
            point += 1
        }
        for t in 0..<plan.arrivals {
            if budget <= 0 {
                if shouldStop() { return nil }
                budget = 4096
            }
            budget -= 1
            let quote = market.quote
            if point < times.count, times[point] == t { snapshot(quote) }
            look(quote, at: t)
            if quote.isClosed { break }  // beliefs freeze: every later period is a no-trade at this quote
            let arrival = Arrival.draw(p, truth: truth, at: quote, using: &rng)
            guard let step = try? market.observe(arrival.wanted, from: arrival.trader, truth: truth.state) else {
                preconditionFailure("nature drew an order of probability zero")
            }
            arrivals?(arrival, step.order, quote)
            let price = step.fillPrice ?? lastPrice
            if let traded = step.fillPrice {
                let gain = step.order == .buy ? traded - v : v - traded
                if arrival.trader == .informed {
                    tally.informedProfit += gain
                    tally.informedTrades += 1
                } else {
                    tally.uninformedProfit += gain
                }
                tally.expectedProfit += step.expectedProfit(values: p.values) ?? 0
                if let spread = quote.openSpread {
                    tally.roll.quotedSpread += spread
                    tally.roll.quotedTrades += 1
                }
                if tally.roll.trades == 0 {
                    tally.roll.first = traded
                } else if tally.roll.trades == 1 {
                    tally.roll.second = traded
                    pairWeight = 1
                }
                tally.roll.trades += 1
            }
            let delta = price - lastPrice
            let product = delta * lastDelta * pairWeight
            tally.roll.product += product
            tally.roll.productSquares += product * product
            lastDelta = step.fillPrice == nil ? delta + lastDelta : delta
            lastPrice = price
        }
        let last = market.quote
        while point < times.count { snapshot(last) }
        look(last, at: plan.arrivals)
        tally.roll.last = lastPrice
        tally.roll.beforeLast = lastPrice - lastDelta
        return tally
    }

    /// Plays the sessions in `range` with the reference engine (see `run(sessions:into:…)`).
    func runReference(
        _ range: Range<Int>, _ summary: inout SimulationSummary, _ shouldStop: () -> Bool,
        _ sessionDone: () -> Void
    ) -> Int {
        var snapshots = Array(
            repeating: SpreadProfile.Snapshot(spread: 0, distance: 0, closedSides: 0), count: plan.profileTimes.count)
        var budget = 0
        return playSessions(range, &summary, sessionDone) { truth, rng in
            playReference(truth: truth, rng: &rng, snapshots: &snapshots, budget: &budget, shouldStop: shouldStop)
        } record: { tally, summary in
            snapshots.withUnsafeBufferPointer { summary.record(tally, snapshots: $0) }
        }
    }
}
