/// The market maker's bid and ask in the normal model: Glosten and Milgrom's (1985) fixed points.
///
/// The ask is the smallest a ≥ E[v] with a = E[v | buy at a] + c, the bid the largest b ≤ E[v] with
/// b = E[v | sell at b] − c (`FixedPoint` finds them and keeps how). As μ → 1 the spread grows
/// without bound; at μ = 1, or with no uninformed traders on a side, that side has no quote.
public struct NormalQuote: Equatable, Sendable {
    public let ask: QuoteSide
    public let bid: QuoteSide
    /// E[v] under the belief the quotes come from.
    public let expectedValue: Double

    /// The quotes for `posterior` under `parameters`.
    public init(posterior: NormalPosterior, parameters: NormalParameters) {
        ask = QuoteSide(.ask, posterior: posterior, parameters: parameters)
        bid = QuoteSide(.bid, posterior: posterior, parameters: parameters)
        expectedValue = posterior.mean
    }

    /// One side by name.
    public subscript(side: Side) -> QuoteSide { side == .ask ? ask : bid }

    /// ask − bid, when both exist.
    public var spread: Double? { TwoSidedPrices.spread(bid: bid.price, ask: ask.price) }

    /// (ask + bid)/2, when both exist (0.5·(a + b) and (a + b)/2 are the same number: both scale by a
    /// power of two).
    public var mid: Double? { TwoSidedPrices.mid(bid: bid.price, ask: ask.price) }
}

/// One side of the quote: the fixed point, or why there is none.
public enum QuoteSide: Equatable, Sendable {
    case quoted(FixedPoint)
    case none(NoQuote)

    init(_ side: Side, posterior: NormalPosterior, parameters p: NormalParameters) {
        if let solution = FixedPoint.solve(side, posterior: posterior, parameters: p) {
            if let scale = p.elastic.scale(expectedValue: posterior.mean) {
                switch ElasticFixedPoint.solve(
                    side, posterior: posterior, parameters: p, scale: scale, inelastic: solution)
                {
                case .quoted(let elastic): self = .quoted(elastic)
                case .withdrawn(let why): self = .none(why)
                }
                return
            }
            self = .quoted(solution)
        } else {
            self = .none(p.mu == 1 ? .everyArrivalInformed : .noUninformedTraders)
        }
    }

    /// The price, or nil when the side has no quote.
    public var price: Double? {
        if case .quoted(let solution) = self { return solution.price }
        return nil
    }

    /// The share of this side's uninformed traders who trade at its price: 1 with inelastic
    /// demand, 0 where the side has no quote.
    public var participation: Double {
        if case .quoted(let solution) = self { return solution.participation }
        return 0
    }

    /// The fixed point, or nil.
    public var fixedPoint: FixedPoint? {
        if case .quoted(let solution) = self { return solution }
        return nil
    }
}

/// Why a side has no break-even quote: with (1−μ)ε = 0 only informed traders would trade there,
/// and they trade only at a loss to the market maker (E[v | v > a] > a for every a).
public enum NoQuote: Equatable, Sendable {
    /// μ = 1: every arrival is informed.
    case everyArrivalInformed
    /// ε = 0 on this side: no uninformed trader ever trades there.
    case noUninformedTraders
    /// Elastic demand (GM 1985 §3): no price breaks even. At `best`, the price where the market
    /// maker does best, it still expects `profit` < 0 per arrival; C = `scale` there.
    case noBreakEven(best: Double, profit: Double, scale: Double)

    /// Whether the side is withdrawn for want of a break-even price (a state the market can be in),
    /// rather than undefined by the parameters themselves.
    public var isWithdrawal: Bool {
        if case .noBreakEven = self { return true }
        return false
    }
}
