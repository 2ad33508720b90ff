import Foundation

/// What the session loop checks on each quote; specialised away when it cannot happen.
protocol SideRule {
    /// Whether a side may be withdrawn (tolerance) or undefined (no possible order on it).
    static var checksSides: Bool { get }
    /// Whether informed traders may stay out of a side whose price does not pay (c > 0, or ε = 0).
    static var checksParticipation: Bool { get }
}
/// No tolerance, c = 0 and ε_b, ε_s > 0: both sides are always open, with informed traders on both.
enum SidesStayOpen: SideRule {
    static var checksSides: Bool { false }
    static var checksParticipation: Bool { false }
}
/// A side may be withdrawn or undefined, but with c = 0 and ε_b, ε_s > 0 informed traders trade on both.
enum SidesMayClose: SideRule {
    static var checksSides: Bool { true }
    static var checksParticipation: Bool { false }
}
/// Sides may close, and informed traders may stay out where the price does not pay.
enum InformedMayAbstain: SideRule {
    static var checksSides: Bool { true }
    static var checksParticipation: Bool { true }
}

/// Sees each arrival as the session loop plays it (for traces); the empty watcher costs nothing.
protocol ArrivalWatcher {
    /// `weights` are the belief's weights the quote came from (before this arrival's update);
    /// `learns` is false in a saturated block, where they are not kept up to date.
    mutating func arrival(
        informed: Bool, wanted: Int, order: Int, bid: Double, ask: Double,
        weights: (Double, Double, Double), learns: Bool)
    /// Both sides closed before arrival `time` + 1: nothing trades and nothing changes from here on.
    mutating func froze(at time: Int)
    mutating func finished(bid: Double, ask: Double)
}

/// The watcher of the Monte Carlo runs: sees nothing.
struct NoWatcher: ArrivalWatcher {
    @inline(__always) mutating func arrival(
        informed: Bool, wanted: Int, order: Int, bid: Double, ask: Double,
        weights: (Double, Double, Double), learns: Bool
    ) {}
    @inline(__always) mutating func froze(at time: Int) {}
    @inline(__always) mutating func finished(bid: Double, ask: Double) {}
}

/// One session under way: the belief's weights, the clock, and the running tallies.
struct SessionState {
    var q = (0.0, 0.0, 0.0)
    var t = 0
    var hit = -1
    var profit = 0.0, informedProfit = 0.0, informedTrades = 0
    /// Σ over trades of price − E[V | order]; kept only where informed traders may stay out (else it is c·trades = 0).
    var expectedProfit = 0.0
    var roll = RollEstimate.SessionSums()
    /// The first trade's Δp is against 0 and the second's product uses it: both get weight 0.
    var lastPrice = 0.0, lastDelta = 0.0, pairWeight = 0.0
}

extension SessionSimulator {
    /// Plays one session of N arrivals under `truth`; nil when `shouldStop` answered true.
    ///
    /// Every `reanchorPeriod` arrivals the weights are recomputed exactly from the counts. If then
    /// one state leads the others by its saturation margin, the next block is played at that state's
    /// certain quotes without updating the weights (only the counts, which the next re-anchor reads):
    /// the true quotes differ by less than e^−40 of the value range, far below a price's last bit.
    /// `budget` counts arrivals until the next `shouldStop` check, carried across sessions.
    @inline(__always)
    func play<Rule: SideRule, Watch: ArrivalWatcher>(
        _: Rule.Type, truth: Truth, rng: inout Xoshiro256, scratch: KernelScratch,
        budget: inout Int, shouldStop: () -> Bool, watch: inout Watch
    ) -> SessionTally? {
        let terms = tables.terms
        let n = plan.arrivals
        let distance = plan.discoveryDistance
        let state = truth.state.rawValue
        let th = tables.thresholds[state]
        let v = state == 0 ? terms.values.0 : state == 1 ? terms.values.1 : terms.values.2
        let period = tables.reanchorPeriod
        let counts = scratch.counts
        let times = scratch.times
        let timeCount = scratch.timeCount
        for k in 0..<OrderFlowTables.kindCount { counts[k] = 0 }

        var s = SessionState()
        var nextAnchor = 0
        var point = 0
        var certain = -1
        var frozen = false
        var nextPoint = timeCount > 0 ? times[0] : Int.max
        @inline(__always) func snapshot(_ ask: Double, _ bid: Double, _ regime: Int) {
            // A withdrawn side has no price: no spread and no mid (as Quote.openSpread).
            let open = regime & 3 == 0
            scratch.snapshots[point] = .init(
                spread: open ? ask - bid : .nan, distance: open ? abs((ask + bid) * 0.5 - v) : .nan,
                closedSides: UInt8(truncatingIfNeeded: regime & 3))
            point &+= 1
            nextPoint = point < timeCount ? times[point] : Int.max
        }

        while true {
            if s.t == nextAnchor {
                let anchor = reanchor(
                    counts: counts, kinds: Rule.checksSides ? OrderFlowTables.kindCount : 3,
                    logLikelihoods: scratch.logLikelihoods)
                s.q = anchor.weights
                certain = anchor.certainFor >= 8 ? anchor.certain : -1
                nextAnchor = s.t &+ (certain >= 0 ? min(anchor.certainFor, 1 << 16) : period)
            }
            if s.t == n { break }
            if budget <= 0 {
                if shouldStop() { return nil }
                budget = 4096
            }
            let end = min(nextAnchor, n, s.t &+ budget)
            budget &-= end &- s.t
            if certain >= 0 {
                // Saturated: one quote for the whole block, no weights to update.
                let quote = tables.certainQuotes[certain]
                if s.hit < 0, quote.regime & 3 == 0, abs((quote.ask + quote.bid) * 0.5 - v) <= distance { s.hit = s.t }
                if Rule.checksSides, quote.regime & 3 == 3 { frozen = true }
                while !frozen, s.t < end {
                    if s.t == nextPoint { snapshot(quote.ask, quote.bid, quote.regime) }
                    arrive(
                        &s, Rule.self, learns: false, ask: quote.ask, bid: quote.bid, regime: quote.regime,
                        v: v, th: th, rng: &rng, scratch: scratch, watch: &watch)
                }
            } else {
                while s.t < end {
                    let quote = Self.quote(s.q, terms, Rule.self)
                    if s.t == nextPoint { snapshot(quote.ask, quote.bid, quote.regime) }
                    if s.hit < 0, quote.regime & 3 == 0, abs((quote.ask + quote.bid) * 0.5 - v) <= distance { s.hit = s.t }
                    if Rule.checksSides, quote.regime & 3 == 3 {
                        frozen = true
                        break
                    }
                    arrive(
                        &s, Rule.self, learns: true, ask: quote.ask, bid: quote.bid, regime: quote.regime,
                        v: v, th: th, rng: &rng, scratch: scratch, watch: &watch)
                }
            }
            if frozen {
                // Both sides closed: beliefs freeze, so every later period is a no-trade at this quote.
                watch.froze(at: s.t)
                let quote = certain >= 0 ? tables.certainQuotes[certain] : Self.quote(s.q, terms, Rule.self)
                while point < timeCount { snapshot(quote.ask, quote.bid, 3) }
                s.t = n
                break
            }
        }
        let last = certain >= 0 ? tables.certainQuotes[certain] : Self.quote(s.q, terms, Rule.self)
        if point < timeCount { snapshot(last.ask, last.bid, last.regime) }  // the profile time N
        if s.hit < 0, last.regime & 3 == 0, abs((last.ask + last.bid) * 0.5 - v) <= distance { s.hit = n }
        watch.finished(bid: last.bid, ask: last.ask)
        s.roll.last = s.lastPrice
        s.roll.beforeLast = s.lastPrice - s.lastDelta
        return SessionTally(
            truth: truth, informedProfit: s.informedProfit,
            uninformedProfit: s.profit - s.informedProfit, informedTrades: s.informedTrades,
            expectedProfit: s.expectedProfit,
            discoveryTime: s.hit >= 0 ? s.hit : nil, roll: s.roll)
    }

    /// One arrival: nature draws, the market maker sees the order (and learns, unless saturated),
    /// and the tallies move. No branch depends on the random order: a mispredicted branch costs more
    /// than all of this. The price comes from a slot indexed by the order; a no-trade "trades" at
    /// the last price, so its Δp and profit are zero; flags become 0/1 factors.
    @inline(__always)
    func arrive<Rule: SideRule, Watch: ArrivalWatcher>(
        _ s: inout SessionState, _: Rule.Type, learns: Bool, ask: Double, bid: Double, regime: Int,
        v: Double, th: OrderFlowTables.Thresholds, rng: inout Xoshiro256, scratch: KernelScratch,
        watch: inout Watch
    ) {
        let weights = s.q
        // Nature: one 53-bit draw picks the trader and the order (OrderFlowTables.Thresholds).
        let k = rng.next() &>> 11
        var wanted = (k >= th.buyBelow ? 1 : 0) &+ (k >= th.sellBelow ? 1 : 0)
        let informed = k &- th.informedFrom < th.informedSpan
        if Rule.checksParticipation {
            // An informed trader whose side does not pay (regime bit 2 for a buy, 3 for a sell) stays out.
            let staysOut = (informed ? 1 : 0) & (regime &>> (2 &+ wanted)) & 1
            wanted &+= staysOut &* (2 &- wanted)
        }
        let j = Rule.checksSides ? regime &* 3 &+ wanted : wanted
        let order = Rule.checksSides ? Int(scratch.orders[j]) : wanted

        // The market maker learns: three multiplies, one count.
        if learns {
            let u = scratch.updates + j &* 3
            s.q = (s.q.0 * u[0], s.q.1 * u[1], s.q.2 * u[2])
        }
        scratch.counts[Rule.checksSides ? Int(scratch.kinds[j]) : wanted] &+= 1

        // Every 0/1 factor is a load: LLVM turns a floating-point select, even Double(flag ? 1 : 0),
        // into a branch on x86-64.
        let slots = scratch.priceSlots
        let f = scratch.factors
        slots[0] = ask
        slots[1] = bid
        slots[2] = s.lastPrice
        let informedBit = informed ? 1 : 0
        let tradeBit = order < 2 ? 1 : 0
        let price = slots[order]
        let gain = f[order] * (price - v)  // f[0..<3]: +1 buy, −1 sell, 0 none
        s.profit += gain
        if Rule.checksParticipation {
            // E[V | order] is the mean of the weights after the update (the certain state's value when saturated).
            let values = tables.terms.values
            let mean = (s.q.0 * values.0 + s.q.1 * values.1 + s.q.2 * values.2) / (s.q.0 + s.q.1 + s.q.2)
            s.expectedProfit += f[order] * (price - mean)
        }
        s.informedProfit += gain * f[9 &+ informedBit]  // f[9], f[10]: 0, 1
        s.informedTrades &+= informedBit & tradeBit
        let delta = price - s.lastPrice
        let product = delta * s.lastDelta * s.pairWeight
        s.roll.product += product
        s.roll.productSquares += product * product
        // The quoted spread only where both sides are open (a withdrawn side has no price).
        let openBit = Rule.checksSides ? (regime & 3 == 0 ? 1 : 0) : 1
        let spread = ask - bid
        s.roll.quotedSpread += (openBit == 0 ? 0 : spread) * f[3 &+ order]  // 1, 1, 0
        s.roll.quotedTrades &+= tradeBit & openBit
        if s.roll.trades < 2, tradeBit != 0 {
            if s.roll.trades == 0 {
                s.roll.first = price
            } else {
                s.roll.second = price
                s.pairWeight = 1
            }
        }
        s.lastDelta = delta + s.lastDelta * f[6 &+ order]  // 0, 0, 1
        s.lastPrice = price
        s.roll.trades &+= tradeBit
        watch.arrival(
            informed: informed, wanted: wanted, order: order, bid: bid, ask: ask, weights: weights, learns: learns)
        s.t &+= 1
    }

    /// The weights q_s = exp(log π_s + Σ_k n_k·log P(k | s) − max), exactly from the counts; the
    /// leading state, and for how many arrivals the market maker stays as good as certain of it
    /// whatever they bring (0 when it is not certain now).
    @inline(__always)
    func reanchor(
        counts: UnsafeMutablePointer<Int>, kinds: Int, logLikelihoods l: UnsafeMutablePointer<Double>
    )
        -> (weights: (Double, Double, Double), certain: Int, certainFor: Int)
    {
        var w = tables.logPrior
        for k in 0..<kinds where counts[k] != 0 {
            let c = Double(counts[k])
            w = (w.0 + c * l[3 * k], w.1 + c * l[3 * k + 1], w.2 + c * l[3 * k + 2])
        }
        let top = max(w.0, w.1, w.2)
        let leader = w.2 == top ? 2 : w.1 == top ? 1 : 0
        let runnerUp = leader == 0 ? max(w.1, w.2) : leader == 1 ? max(w.0, w.2) : max(w.0, w.1)
        let rule = tables.saturation[leader]
        let room = (top - runnerUp) - rule.margin  // NaN or negative when not certain
        let arrivals = room >= 0 ? (rule.shrinkPerArrival > 0 ? room / rule.shrinkPerArrival : .infinity) : 0
        @inline(__always) func weight(_ x: Double) -> Double { x - top >= -300 ? exp(x - top) : 0 }
        return ((weight(w.0), weight(w.1), weight(w.2)), leader, arrivals >= 1e9 ? 1_000_000_000 : Int(arrivals))
    }

    /// The quotes from the weights, and the regime as `Quote` decides it: bit 0 ask closed, bit 1 bid
    /// closed, bit 2 informed traders do not buy (V_H − E[V | buy] ≤ c), bit 3 they do not sell.
    @inline(__always)
    static func quote<Rule: SideRule>(
        _ q: (Double, Double, Double), _ c: OrderFlowTables.QuoteTerms, _: Rule.Type
    ) -> (ask: Double, bid: Double, regime: Int) {
        let askWeight = q.0 * c.buyWeight.0 + q.1 * c.buyWeight.1 + q.2 * c.buyWeight.2
        let askTerm = q.0 * c.buyTerm.0 + q.1 * c.buyTerm.1 + q.2 * c.buyTerm.2
        let bidWeight = q.0 * c.sellWeight.0 + q.1 * c.sellWeight.1 + q.2 * c.sellWeight.2
        let bidTerm = q.0 * c.sellTerm.0 + q.1 * c.sellTerm.1 + q.2 * c.sellTerm.2
        var ask = askTerm / askWeight + c.cost
        var bid = bidTerm / bidWeight - c.cost
        guard Rule.checksSides else { return (ask, bid, 0) }
        var regime = 0
        if Rule.checksParticipation {
            (ask, bid, regime) = participation(q, c, ask: ask, askWeight: askWeight, bid: bid, bidWeight: bidWeight)
        }
        let expected = (q.0 * c.values.0 + q.1 * c.values.1 + q.2 * c.values.2) / (q.0 + q.1 + q.2)
        let limit = c.tolerance + 1e-9 * max(1, abs(expected))
        let askClosed = !(askWeight > 0) || ask - expected > limit
        let bidClosed = !(bidWeight > 0) || expected - bid > limit
        return (ask, bid, regime | (askClosed ? 1 : 0) | (bidClosed ? 2 : 0))
    }

    /// Where informed traders stay out (regime bit 2: V_H − E[V | buy] ≤ c; bit 3: E[V | sell] − V_L ≤ c),
    /// and the side's price then: max(V_H, a0) for the ask, min(V_L, b0) for the bid.
    @inline(__always)
    static func participation(
        _ q: (Double, Double, Double), _ c: OrderFlowTables.QuoteTerms,
        ask a1: Double, askWeight: Double, bid b1: Double, bidWeight: Double
    ) -> (ask: Double, bid: Double, regime: Int) {
        var ask = a1
        var bid = b1
        var regime = 0
        let informedBuy =
            c.cost == 0 ? c.informedBuyAtNoCost : q.0 * c.askEdge.0 + q.1 * c.askEdge.1 > c.cost * askWeight
        if !informedBuy {
            regime |= 4
            let weight = q.0 * c.buyWeight.0 + q.1 * c.buyWeight.1 + q.2 * c.buyGoodAbstaining.weight
            let term = q.0 * c.buyTerm.0 + q.1 * c.buyTerm.1 + q.2 * c.buyGoodAbstaining.term
            ask = weight > 0 ? max(c.values.2, term / weight + c.cost) : c.values.2
        }
        let informedSell =
            c.cost == 0 ? c.informedSellAtNoCost : q.0 * c.bidEdge.0 + q.2 * c.bidEdge.1 > c.cost * bidWeight
        if !informedSell {
            regime |= 8
            let weight = q.0 * c.sellWeight.0 + q.1 * c.sellBadAbstaining.weight + q.2 * c.sellWeight.2
            let term = q.0 * c.sellTerm.0 + q.1 * c.sellBadAbstaining.term + q.2 * c.sellTerm.2
            bid = weight > 0 ? min(c.values.1, term / weight - c.cost) : c.values.1
        }
        if !(askWeight > 0) { ask = .nan }  // no buy can arrive at any price: undefined, as in Quote
        if !(bidWeight > 0) { bid = .nan }
        return (ask, bid, regime)
    }
}
