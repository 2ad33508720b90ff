import MarketCore

/// The sign of a customer's trade: a buy at the ask (q = +1) or a sell at the bid (q = −1).
public enum TradeSign: Int, CaseIterable, Sendable {
    case buy = 1
    case sell = -1

    /// q: +1 for a buy, −1 for a sell.
    public var q: Double { Double(rawValue) }

    /// The order the shell and the exports name it by.
    public var order: Order { self == .buy ? .buy : .sell }

    /// The sign of a buy or a sell; nil for no trade.
    public init?(_ order: Order) {
        switch order {
        case .buy: self = .buy
        case .sell: self = .sell
        case .none: return nil
        }
    }
}
