import MarketCore

/// One period of a tape, as exports and charts show it, in a model whose market maker posts a bid
/// and an ask and updates a belief order by order: the order and its fill, the quotes after it, the
/// belief in the model's own columns (read through: `row.pHigh`, `row.sd`), P(informed | order)
/// and the market maker's realised profit against the true value.
@dynamicMemberLookup
package struct TapeRow<Belief: Sendable>: Sendable {
    package let t: Int
    package let order: Order
    /// Who sent it, as nature drew it (`.unknown` for typed orders).
    package let trader: Trader
    /// The price the order filled at (nil for no trade).
    package let price: Double?
    /// The quotes after the order: nil for a side with none (withdrawn, or no quote).
    package let bid, ask: Double?
    /// The market maker's belief after the order, in the model's columns.
    package let belief: Belief
    package let pInformed: Double
    /// The market maker's realised profit on the order against the true value (nil for no trade).
    package let profit: Double?
    package let trueValue: Double

    /// The row of one step.
    package init(
        t: Int, order: Order, trader: Trader, price: Double?, quotes: (bid: Double?, ask: Double?), belief: Belief,
        pInformed: Double, profit: Double?, trueValue: Double
    ) {
        (self.t, self.order, self.trader, self.price) = (t, order, trader, price)
        (bid, ask, self.belief) = (quotes.bid, quotes.ask, belief)
        (self.pInformed, self.profit, self.trueValue) = (pInformed, profit, trueValue)
    }

    /// The opening of a tape (t = 0): the quotes and belief before its first order.
    package init(opening quotes: (bid: Double?, ask: Double?), belief: Belief, trueValue: Double) {
        self.init(
            t: 0, order: .none, trader: .unknown, price: nil, quotes: quotes, belief: belief, pInformed: 0,
            profit: nil, trueValue: trueValue)
    }

    /// A column of the belief.
    package subscript<Value>(dynamicMember column: KeyPath<Belief, Value>) -> Value { belief[keyPath: column] }

    /// ask − bid, while both sides stand.
    package var spread: Double? { TwoSidedPrices.spread(bid: bid, ask: ask) }
    /// (bid + ask) / 2, while both sides stand.
    package var mid: Double? { TwoSidedPrices.mid(bid: bid, ask: ask) }

    /// What an uninformed trader lost on this order to the market maker (0 for others).
    package var uninformedCost: Double { trader == .uninformed ? (profit ?? 0) : 0 }

    /// The row as `export` writes it: t, order, trader, price, bid, ask, spread, mid, then the
    /// belief's `columns`, then p_informed and mm_profit.
    package func exportFields(_ columns: [ExportField]) -> [ExportField] {
        [
            .count(t), .word(order.word), .word(trader.tapeWord), .number(price), .number(bid), .number(ask),
            .number(spread), .number(mid),
        ] + columns + [.number(pInformed), .number(profit)]
    }
}
