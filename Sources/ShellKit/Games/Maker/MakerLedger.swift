import MarketCore

/// One player's trades in a game: cash and position, and the profit marked to the true value,
/// split by who the counterparty was.
package struct MakerLedger: Equatable, Sendable {
    package private(set) var cash = 0.0
    package private(set) var position = 0.0
    package private(set) var fromInformed = 0.0
    package private(set) var fromUninformed = 0.0
    /// Lots traded (a shared order counts half).
    package private(set) var lots = 0.0

    package init() {}

    /// A fill of `share` of a lot: the customer's `order` at `price`, by a trader informed or not.
    /// Returns the fill's profit at the true value.
    @discardableResult
    package mutating func fill(_ order: Order, at price: Double, share: Double, informed: Bool, trueValue: Double) -> Double {
        guard order != .none, share > 0 else { return 0 }
        // A customer buy at the ask: the market maker sells a lot, so cash rises and position falls.
        let sign: Double = order == .buy ? 1 : -1
        cash += sign * price * share
        position -= sign * share
        let profit = sign * (price - trueValue) * share
        if informed { fromInformed += profit } else { fromUninformed += profit }
        lots += share
        return profit
    }

    /// The profit at the true value: from informed plus from uninformed traders.
    package var profit: Double { fromInformed + fromUninformed }
}
