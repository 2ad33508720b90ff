import Foundation

/// Everything the session loop looks up instead of computing: likelihoods, quote terms, thresholds.
///
/// While the sides that are open stay the same, the order flow given nature's truth is i.i.d. and
/// the market maker's log-belief is the prior plus a count-weighted sum of log-likelihoods. So the
/// loop keeps the belief as linear weights q_s (one multiply per state per arrival) and, every
/// `reanchorPeriod` arrivals, recomputes them exactly from the counts of each kind of observation.
/// A state whose weight falls below e^−300 of the leader's is held at zero until the next re-anchor,
/// which brings it back if the order flow turns, as the log-belief in `Market` would.
struct OrderFlowTables: Sendable {
    /// ask = Σ q_s·buyTerm_s / Σ q_s·buyWeight_s + c while informed traders buy, and likewise the bid
    /// with the sell terms; the `…Abstaining` terms hold when they do not (DESIGN §2, `Quote.init`).
    struct QuoteTerms: Sendable {
        var buyWeight: (Double, Double, Double)
        var buyTerm: (Double, Double, Double)
        var sellWeight: (Double, Double, Double)
        var sellTerm: (Double, Double, Double)
        /// P(buy | G) and P(buy | G)·V_H with informed traders abstaining (N and B are unchanged).
        var buyGoodAbstaining: (weight: Double, term: Double)
        /// P(sell | B) and P(sell | B)·V_L with informed traders abstaining (N and G are unchanged).
        var sellBadAbstaining: (weight: Double, term: Double)
        /// Informed buyers' edge V_H − E[V | buy] = Σ q_s·askEdge_s / Σ q_s·buyWeight_s (N and B only).
        var askEdge: (Double, Double)
        /// Informed sellers' edge E[V | sell] − V_L = Σ q_s·bidEdge_s / Σ q_s·sellWeight_s (N and G only).
        var bidEdge: (Double, Double)
        /// With c = 0 informed traders trade on a side exactly when uninformed ones can (ε > 0).
        var informedBuyAtNoCost: Bool
        var informedSellAtNoCost: Bool
        var values: (Double, Double, Double)
        var cost: Double
        var tolerance: Double
    }

    /// Where a 53-bit draw k falls: buy below `buyBelow`, sell below `sellBelow`, else no trade;
    /// informed when k − informedFrom < informedSpan (unsigned).
    struct Thresholds: Sendable {
        var buyBelow: UInt64
        var sellBelow: UInt64
        var informedFrom: UInt64
        var informedSpan: UInt64
    }

    /// The number of kinds of observation with distinct likelihoods: a buy (0) and a sell (1) with
    /// informed traders trading on that side, a no-trade with both sides open and informed traders on
    /// both (2) — the only kinds while both sides stay open and c = 0 —, a buy (3) and a sell (4) with
    /// them abstaining, and a no-trade for each other state of the two sides (5 to 12): each side
    /// open with informed traders, open without them, or closed.
    static let kindCount = 13

    /// Regime bits of a quote: ask closed, bid closed, informed traders abstain on the ask, on the bid.
    static let regimeCount = 16

    let terms: QuoteTerms
    /// P(o | s) for the observed order, indexed [(regime·3 + wanted)·3 + state]; regime bit 0 = ask
    /// closed, bit 1 = bid closed, bit 2 = informed traders do not buy, bit 3 = they do not sell;
    /// wanted 0 buy, 1 sell, 2 none (as the arrival acts at that quote); states noEvent, bad, good.
    let updates: [Double]
    /// The kind of observation for (regime·3 + wanted).
    let kinds: [UInt8]
    /// The order the market maker sees for (regime·3 + wanted): a closed side turns it into none.
    let orders: [UInt8]
    /// log P(o | s) for each kind, indexed [kind·3 + state].
    let logLikelihoods: [Double]
    /// log π_s at the opening.
    let logPrior: (Double, Double, Double)
    /// Per truth (noEvent, bad, good).
    let thresholds: [Thresholds]
    /// Arrivals between exact re-anchors of the weights (a power of two, at most 64).
    let reanchorPeriod: Int
    /// False only when both sides are certain to stay open and defined (no tolerance, ε_b, ε_s > 0, c = 0).
    let checksSides: Bool
    /// True when informed traders may stay out of a side whose price does not pay (c > 0, or ε_b or ε_s = 0).
    let checksParticipation: Bool
    /// Per state s: how far (in nats) log-weight s must lead every other for the quotes to be those
    /// of certainty in s to within e^−40 of the value range (infinite where that cannot be promised),
    /// and how much one arrival can take off that lead at most.
    let saturation: [(margin: Double, shrinkPerArrival: Double)]
    /// Per state s: the quotes (ask, bid, closed sides) when the market maker is certain of s.
    let certainQuotes: [(ask: Double, bid: Double, regime: Int)]

    init(parameters p: Parameters) {
        let buy = p.likelihood(of: .buy)
        let sell = p.likelihood(of: .sell)
        let values = p.values
        let buyAbstaining = p.likelihood(of: .buy, informed: false).good
        let sellAbstaining = p.likelihood(of: .sell, informed: false).bad
        let range = p.high - p.low
        terms = QuoteTerms(
            buyWeight: (buy.noEvent, buy.bad, buy.good),
            buyTerm: (buy.noEvent * values.noEvent, buy.bad * values.bad, buy.good * values.good),
            sellWeight: (sell.noEvent, sell.bad, sell.good),
            sellTerm: (sell.noEvent * values.noEvent, sell.bad * values.bad, sell.good * values.good),
            buyGoodAbstaining: (buyAbstaining, buyAbstaining * values.good),
            sellBadAbstaining: (sellAbstaining, sellAbstaining * values.bad),
            askEdge: (buy.noEvent * (1 - p.prior) * range, buy.bad * range),
            bidEdge: (sell.noEvent * p.prior * range, sell.good * range),
            informedBuyAtNoCost: p.epsBuy > 0, informedSellAtNoCost: p.epsSell > 0,
            values: (values.noEvent, values.bad, values.good),
            cost: p.cost, tolerance: p.tolerance
        )
        // The distinct likelihood vectors, in kind order, exactly as Market.observe builds them.
        // A side is 0 open with informed traders, 1 open without them, 2 closed.
        func access(_ side: Int) -> (open: Bool, informed: Bool) { (side != 2, side == 0) }
        func noTrade(ask: Int, bid: Int) -> StateVector {
            p.likelihood(
                of: .none, askOpen: access(ask).open, bidOpen: access(bid).open,
                informedBuy: access(ask).informed, informedSell: access(bid).informed)
        }
        var kindVectors: [StateVector] = [
            p.likelihood(of: .buy, informed: true), p.likelihood(of: .sell, informed: true), noTrade(ask: 0, bid: 0),
            p.likelihood(of: .buy, informed: false), p.likelihood(of: .sell, informed: false),
        ]
        for state in 1..<9 { kindVectors.append(noTrade(ask: state % 3, bid: state / 3)) }
        var updates: [Double] = []
        var kinds: [UInt8] = []
        var orders: [UInt8] = []
        for regime in 0..<Self.regimeCount {
            let askOpen = regime & 1 == 0
            let bidOpen = regime & 2 == 0
            let informedBuy = regime & 4 == 0
            let informedSell = regime & 8 == 0
            let askState = !askOpen ? 2 : informedBuy ? 0 : 1
            let bidState = !bidOpen ? 2 : informedSell ? 0 : 1
            let noTradeKind = askState == 0 && bidState == 0 ? 2 : 4 + askState + 3 * bidState
            for wanted in [Order.buy, .sell, .none] {
                let order: Order =
                    switch wanted {
                    case .buy: askOpen ? .buy : .none
                    case .sell: bidOpen ? .sell : .none
                    case .none: .none
                    }
                let kind = order == .buy ? (informedBuy ? 0 : 3) : order == .sell ? (informedSell ? 1 : 4) : noTradeKind
                let l = kindVectors[kind]
                updates += [l.noEvent, l.bad, l.good]
                kinds.append(UInt8(kind))
                orders.append(order.rawValue)
            }
        }
        self.updates = updates
        self.kinds = kinds
        self.orders = orders
        logLikelihoods = kindVectors.flatMap { [log($0.noEvent), log($0.bad), log($0.good)] }
        let prior = Belief(opening: p).logProbability
        logPrior = (prior.noEvent, prior.bad, prior.good)

        func threshold(_ probability: Double) -> UInt64 {
            // u < p for u = k/2^53 exactly when k < ⌈p·2^53⌉: the same draw nextUnit() would compare.
            UInt64((min(max(probability, 0), 1) * 0x1p53).rounded(.up))
        }
        // When uninformed traders always trade (ε_b + ε_s = 1) no-trades are impossible in every
        // state, but a cumulative sum like μ + (1−μ)ε_b + (1−μ)ε_s can round to 1 − 2^−53; the draw
        // must not then produce a no-trade the market maker's model rules out.
        func sellThreshold(_ probability: Double) -> UInt64 { p.epsNone == 0 ? 1 << 53 : threshold(probability) }
        let mu = p.mu
        let un = 1 - p.mu
        let goodBuy = mu + un * p.epsBuy
        let badBuy = un * p.epsBuy
        let badInformed = badBuy + mu
        thresholds = [
            Thresholds(
                buyBelow: threshold(p.epsBuy), sellBelow: sellThreshold(p.epsBuy + p.epsSell),
                informedFrom: 0, informedSpan: 0),
            Thresholds(
                buyBelow: threshold(badBuy), sellBelow: sellThreshold(badInformed + un * p.epsSell),
                informedFrom: threshold(badBuy), informedSpan: threshold(badInformed) - threshold(badBuy)),
            Thresholds(
                buyBelow: threshold(goodBuy), sellBelow: sellThreshold(goodBuy + un * p.epsSell),
                informedFrom: 0, informedSpan: threshold(mu)),
        ]
        // Between re-anchors the leading weight may shrink by the smallest likelihood per arrival;
        // keep it above 2^−500 so the weights never reach subnormal numbers.
        let smallest = kindVectors.flatMap { [$0.noEvent, $0.bad, $0.good] }.filter { $0 > 0 }.min() ?? 1
        let bitsPerArrival = max(-log2(smallest), 1e-9)
        var period = 64
        while period > 1, Double(period) * bitsPerArrival > 500 { period /= 2 }
        reanchorPeriod = period
        checksParticipation = p.cost > 0 || !(p.epsBuy > 0) || !(p.epsSell > 0)
        checksSides = !p.toleranceIsOff || checksParticipation
        let quoteTerms = self.terms
        let logL = self.logLikelihoods
        // Without a cost (and with ε_b, ε_s > 0) informed traders always trade: only the kinds and
        // quote weights of the open-or-closed regimes can occur.
        let participation = checksParticipation
        let possible = participation ? Array(0..<Self.kindCount) : [0, 1, 2, 6, 10, 12]
        saturation = (0..<3).map { s in
            Self.saturation(
                leader: s, logLikelihoods: logL, kinds: possible, terms: quoteTerms, abstaining: participation)
        }
        certainQuotes = (0..<3).map { s in
            let q = (s == 0 ? 1.0 : 0, s == 1 ? 1.0 : 0, s == 2 ? 1.0 : 0)
            return SessionSimulator.quote(q, quoteTerms, InformedMayAbstain.self)
        }
    }

    /// The lead state s needs: 40 nats, plus what the quote weights can magnify (the largest
    /// P(o | r)/P(o | s) on either side, with or without informed traders on it where they may abstain);
    /// and the largest log-likelihood ratio of another state against s over the kinds that can occur,
    /// which is the most one arrival can take away.
    private static func saturation(
        leader s: Int, logLikelihoods l: [Double], kinds: [Int], terms: QuoteTerms, abstaining: Bool
    ) -> (margin: Double, shrinkPerArrival: Double) {
        let buy = [terms.buyWeight.0, terms.buyWeight.1, terms.buyWeight.2]
        let sell = [terms.sellWeight.0, terms.sellWeight.1, terms.sellWeight.2]
        let weightings =
            abstaining
            ? [
                buy, sell, [buy[0], buy[1], terms.buyGoodAbstaining.weight],
                [sell[0], terms.sellBadAbstaining.weight, sell[2]],
            ]
            : [buy, sell]
        guard buy[s] > 0, sell[s] > 0 else { return (.infinity, .infinity) }
        var magnify = 0.0
        var shrink = 0.0
        for w in weightings where w.contains(where: { $0 > 0 }) {
            guard w[s] > 0 else { return (.infinity, .infinity) }
            for r in 0..<3 where r != s { magnify = max(magnify, log(w[r] / w[s])) }
        }
        for r in 0..<3 where r != s {
            for k in kinds {
                let mine = l[3 * k + s]
                let theirs = l[3 * k + r]
                if theirs == -.infinity { continue }
                if mine == -.infinity { return (.infinity, .infinity) }
                shrink = max(shrink, theirs - mine)
            }
        }
        return (40 + magnify, shrink)
    }
}
