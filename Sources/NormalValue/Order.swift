/// What the market maker observes in one period: a buy at the ask, a sell at the bid, or nothing.
///
/// The same three cases as MarketModel's `Order` (this module may not depend on it); one copy
/// belongs in a common module.
public enum Order: UInt8, CaseIterable, Sendable {
    case buy
    case sell
    /// No trade: an informed arrival with bid ≤ v ≤ ask, or an uninformed one who stayed out.
    case none
}

/// Who sent an order, as nature drew it. The market maker never sees this.
public enum Trader: UInt8, Sendable {
    /// An insider who knows v: buys iff v > ask, sells iff v < bid.
    case informed
    /// A liquidity (noise) trader: buys with ε_b, sells with ε_s, whatever v is.
    case uninformed
    /// The order was typed directly (`buy`, `sell`, `pass`): its origin is not modelled.
    case unknown
}

/// A side of the market maker's quote.
public enum Side: Sendable {
    case ask, bid
}
