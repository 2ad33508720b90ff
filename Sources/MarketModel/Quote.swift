/// A side of the market maker's book.
public enum Side: Sendable {
    case bid, ask

    /// The order that hits this side.
    public var order: Order { self == .ask ? .buy : .sell }
}

/// One side of a quote: the zero-expected-profit price, and whether the market maker stands behind it.
public struct SideQuote: Equatable, Sendable {
    /// E[V | the next order hits this side] ± c; nil when no such order can arrive.
    public let price: Double?
    /// How far the price sits from E[V] (ask − E or E − bid): the half-spread this side needs.
    public let halfSpread: Double?
    /// True when the half-spread exceeds the uninformed traders' tolerance: the side is withdrawn.
    public let isWithdrawn: Bool

    /// Whether an order can trade on this side.
    public var isOpen: Bool { price != nil && !isWithdrawn }
}

/// The market maker's bid and ask given its belief, with E[V] for reference.
public struct Quote: Equatable, Sendable {
    public let bid: SideQuote
    public let ask: SideQuote
    /// E[V] under the current belief.
    public let expectedValue: Double

    /// Quotes from a belief: ask = E[V | buy] + c, bid = E[V | sell] − c, each side withdrawn when
    /// its half-spread exceeds the tolerance.
    public init(belief: Belief, parameters: Parameters) {
        let values = parameters.values
        let expected = belief.expectedValue(of: values)
        expectedValue = expected
        func side(_ order: Order, sign: Double) -> SideQuote {
            guard let conditioned = belief.conditioned(on: parameters.likelihood(of: order)) else {
                return SideQuote(price: nil, halfSpread: nil, isWithdrawn: false)
            }
            let price = conditioned.posterior.expectedValue(of: values) + sign * parameters.cost
            let halfSpread = sign * (price - expected)
            let slack = 1e-9 * max(1, abs(expected))
            return SideQuote(price: price, halfSpread: halfSpread, isWithdrawn: halfSpread > parameters.tolerance + slack)
        }
        ask = side(.buy, sign: 1)
        bid = side(.sell, sign: -1)
    }

    /// The quote of one side.
    public subscript(side: Side) -> SideQuote { side == .ask ? ask : bid }

    /// ask − bid, when both prices are defined.
    public var spread: Double? {
        guard let a = ask.price, let b = bid.price else { return nil }
        return a - b
    }

    /// (bid + ask) / 2, when both prices are defined.
    public var mid: Double? {
        guard let a = ask.price, let b = bid.price else { return nil }
        return (a + b) / 2
    }

    /// True when both sides are withdrawn: nothing trades and beliefs freeze.
    public var isClosed: Bool { !ask.isOpen && !bid.isOpen }
}
