import Foundation

/// One side of a quote: the lowest price at which the market maker expects not to lose, whether
/// informed traders trade there, and whether the market maker stands behind it.
public struct SideQuote: Equatable, Sendable {
    /// The price the side's rule gives (see `Quote.init`), whether or not it is withdrawn; nil when no
    /// order could ever arrive on this side. Only `openPrice` may be shown as a quote.
    public let price: Double?
    /// How far the price sits from E[V] (ask − E or E − bid): the half-spread this side needs.
    public let halfSpread: Double?
    /// True when the half-spread exceeds the uninformed traders' tolerance: the side is withdrawn.
    public let isWithdrawn: Bool
    /// Whether informed traders trade on this side at `price`: buy iff V_H > ask, sell iff V_L < bid.
    public let informedTrade: Bool
    /// E[V | order, informed traders trade] ± c (the ask a1, the bid b1); nil when P(order) = 0.
    public let withInformed: Double?
    /// E[V | order, informed traders abstain] ± c (a0, b0), worked out only when they abstain.
    public let withoutInformed: Double?
    /// The break-even condition against elastic uninformed demand; nil when demand is inelastic.
    public let elastic: ElasticQuote?

    public init(
        price: Double?, halfSpread: Double?, isWithdrawn: Bool, informedTrade: Bool = true,
        withInformed: Double? = nil, withoutInformed: Double? = nil, elastic: ElasticQuote? = nil
    ) {
        self.price = price
        self.halfSpread = halfSpread
        self.isWithdrawn = isWithdrawn
        self.informedTrade = informedTrade
        self.withInformed = withInformed ?? price
        self.withoutInformed = withoutInformed
        self.elastic = elastic
    }

    /// Whether an order can trade on this side.
    public var isOpen: Bool { price != nil && !isWithdrawn }

    /// The price an order can trade at: nil when the side is withdrawn or undefined. Every
    /// display of a quote uses this, never `price`.
    public var openPrice: Double? { isOpen ? price : nil }

    /// The lowest price at which the market maker does not expect to lose, also when the tolerance
    /// withdraws the side; nil when undefined or when elastic demand leaves no such price (then
    /// `price` is only where nobody trades).
    public var breakEvenPrice: Double? { hasNoBreakEven ? nil : price }

    /// The share of uninformed traders wanting this side who trade at its price (1 when inelastic).
    public var participation: Double { elastic?.participation ?? 1 }

    /// True when elastic demand leaves this side no break-even price.
    public var hasNoBreakEven: Bool { elastic.map { !$0.hasBreakEven } ?? false }
}

/// The market maker's bid and ask given its belief, with E[V] for reference.
public struct Quote: Equatable, Sendable {
    public let bid: SideQuote
    public let ask: SideQuote
    /// E[V] under the current belief.
    public let expectedValue: Double

    /// Quotes from a belief. Informed traders buy only when V_H > ask and sell only when V_L < bid
    /// (an indifferent one does not trade), so each side is the price closest to E[V] at which the
    /// market maker expects not to lose, given the participation that price induces (DESIGN §2):
    ///
    ///     a1 = E[V | buy, informed buy] + c                 the ask when a1 < V_H
    ///     ask = max(V_H, a0),  a0 = E[V | buy, informed abstain] + c      otherwise
    ///
    /// With π the belief, a buy with informed traders abstaining has likelihood ε_b in N and
    /// (1−μ)ε_b in B and G, so
    ///
    ///     a0 − c = [π_N·V* + (1−μ)(π_B·V_L + π_G·V_H)] / [π_N + (1−μ)(π_B + π_G)],
    ///
    /// which is E[V] when α = 1 (π_N = 0), but with α < 1 only while E[V | event] = V* (as at the
    /// opening): such a buy still lowers P(event), though it cannot tell good news from bad.
    /// The bid is symmetric: b1 = E[V | sell, informed sell] − c when b1 > V_L, otherwise
    /// min(V_L, b0) with b0 + c = [π_N·V* + (1−μ)(π_B·V_L + π_G·V_H)] / [π_N + (1−μ)(π_B + π_G)]
    /// as well (ε_s cancels). Whether a1 < V_H is decided exactly, in logs: V_H − E[V | buy] =
    /// Σ P(s | buy)·(V_H − v_s) > c; so with c = 0 informed traders always trade while ε_b > 0.
    /// When no buy can arrive with informed traders abstaining (ε_b = 0), the ask is V_H: no one buys.
    /// Each side is withdrawn when its half-spread exceeds the tolerance. With elastic demand each
    /// side is `ElasticSide`'s break-even price instead, withdrawn when there is none; the tolerance
    /// still applies on top of it.
    public init(belief: Belief, parameters: Parameters) {
        let values = parameters.values
        let expected = belief.expectedValue(of: values)
        expectedValue = expected
        let slack = 1e-9 * max(1, abs(expected))
        func side(_ side: Side) -> SideQuote {
            let order = side.order
            let sign: Double = side == .ask ? 1 : -1
            let bound = side == .ask ? parameters.high : parameters.low
            if let scale = parameters.elastic.scale(expectedValue: expected) {
                let condition = ElasticSide(side, belief: belief, parameters: parameters, scale: scale)
                guard condition.uninformed + condition.informed > 0 else {
                    return SideQuote(price: nil, halfSpread: nil, isWithdrawn: false)
                }
                let quote = ElasticQuote(condition: condition, solution: condition.solution)
                let x = quote.distance
                let informed: Bool
                if case .quoted(_, let trades) = quote.solution { informed = trades } else { informed = false }
                return SideQuote(
                    price: expected + sign * x, halfSpread: x,
                    isWithdrawn: !quote.hasBreakEven || x > parameters.tolerance + slack, informedTrade: informed,
                    elastic: quote)
            }
            guard let with = belief.conditioned(on: parameters.likelihood(of: order, informed: true)) else {
                return SideQuote(price: nil, halfSpread: nil, isWithdrawn: false)
            }
            let a1 = with.posterior.expectedValue(of: values) + sign * parameters.cost
            let informed = log(parameters.cost) < Self.logEdge(of: with.posterior, side, parameters)
            var price = a1
            var a0: Double?
            if !informed {
                let without = belief.conditioned(on: parameters.likelihood(of: order, informed: false))
                a0 = without.map { $0.posterior.expectedValue(of: values) + sign * parameters.cost }
                price = a0.map { side == .ask ? max(bound, $0) : min(bound, $0) } ?? bound
            }
            let halfSpread = sign * (price - expected)
            return SideQuote(
                price: price, halfSpread: halfSpread, isWithdrawn: halfSpread > parameters.tolerance + slack,
                informedTrade: informed, withInformed: a1, withoutInformed: a0)
        }
        ask = side(.ask)
        bid = side(.bid)
    }

    /// log of an informed trader's edge at the zero-cost quote: V_H − E[V | buy] = P(N | buy)·(V_H − V*)
    /// + P(B | buy)·(V_H − V_L) for the ask, E[V | sell] − V_L symmetric for the bid (−∞ when none).
    private static func logEdge(of posterior: Belief, _ side: Side, _ p: Parameters) -> Double {
        let log = posterior.logProbability
        let range = Foundation.log(p.high - p.low)
        let (far, toNoEvent) =
            side == .ask ? (log.bad, Foundation.log(1 - p.prior)) : (log.good, Foundation.log(p.prior))
        let a = log.noEvent + toNoEvent + range
        let b = far + range
        let top = max(a, b)
        guard top > -.infinity else { return -.infinity }
        return top + Foundation.log(exp(a - top) + exp(b - top))
    }

    /// The quote of one side.
    public subscript(side: Side) -> SideQuote { side == .ask ? ask : bid }

    /// ask − bid, when both sides are open: nil when either is withdrawn or undefined, since a
    /// withdrawn side has no price anyone can trade at (its `price` is only the break-even the
    /// market maker would need).
    public var openSpread: Double? { TwoSidedPrices.spread(bid: bid.openPrice, ask: ask.openPrice) }

    /// (bid + ask) / 2, when both sides are open (nil as `openSpread`).
    public var openMid: Double? { TwoSidedPrices.mid(bid: bid.openPrice, ask: ask.openPrice) }

    /// ask − bid at the break-even prices, also where the tolerance withdraws a side (the spread
    /// the market maker would need); nil when a side is undefined or no price breaks even on it
    /// (elastic demand). For the arithmetic of comparative statics, never for display as a quote.
    public var breakEvenSpread: Double? {
        guard let a = ask.breakEvenPrice, let b = bid.breakEvenPrice else { return nil }
        return a - b
    }

    /// True when both sides are withdrawn: nothing trades and beliefs freeze.
    public var isClosed: Bool { !ask.isOpen && !bid.isOpen }
}
