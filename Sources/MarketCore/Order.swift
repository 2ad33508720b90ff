/// What the market maker observes in one period: a buy at the ask, a sell at the bid, or nothing.
public enum Order: UInt8, CaseIterable, Sendable {
    case buy
    case sell
    /// No trade this period: nobody arrived, an uninformed trader stayed out, or a trader left a closed side.
    case none
}

/// Who sent an order, as nature drew it. The market maker never sees this.
public enum Trader: UInt8, Sendable {
    /// An insider who knows the value and trades toward it.
    case informed
    /// A liquidity (noise) trader who trades for reasons unrelated to the value.
    case uninformed
    /// The order was typed directly (`buy`, `sell`, `pass`): its origin is not modelled.
    case unknown
}

/// A side of the market maker's book.
public enum Side: Sendable {
    case bid, ask

    /// The order that hits this side.
    public var order: Order { self == .ask ? .buy : .sell }
}
