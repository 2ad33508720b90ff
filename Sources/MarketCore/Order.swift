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

/// An order met at the quotes before it, against the true value: what it filled at and what the
/// market maker made on it, written once for every model whose market maker posts a bid and an ask.
public protocol FilledOrder {
    var order: Order { get }
    var trueValue: Double { get }
    /// The ask and bid the order met (nil for a side that is not open).
    var askMet: Double? { get }
    var bidMet: Double? { get }
}

extension FilledOrder {
    /// The price the order filled at: the ask for a buy, the bid for a sell, nil for no trade.
    public var fillPrice: Double? {
        switch order {
        case .buy: askMet
        case .sell: bidMet
        case .none: nil
        }
    }

    /// The market maker's profit against the true value: ask − V on a buy, V − bid on a sell.
    public var realisedProfit: Double? {
        guard let price = fillPrice else { return nil }
        return order == .buy ? price - trueValue : trueValue - price
    }
}

extension Trader {
    /// Who the trader was, for a step's hidden line: in full, or in the compact row's words; nil
    /// for a typed order.
    public func hiddenClause(compact: Bool) -> String? {
        switch self {
        case .informed: compact ? "informed trader" : "the trader was informed"
        case .uninformed: compact ? "noise trader" : "the trader was uninformed (a noise trader)"
        case .unknown: nil
        }
    }
}
