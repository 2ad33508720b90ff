import MarketModel
import ShellKit

/// One period of a session's tape, as exports and charts show it.
public struct TradeRow: Sendable {
    public let t: Int
    public let order: Order
    /// Who sent it, as nature drew it (`.unknown` for typed orders).
    public let trader: Trader
    /// The price the order filled at (nil for no trade).
    public let price: Double?
    /// The quotes after the order: nil for a withdrawn side, and spread and mid nil unless both
    /// sides are open.
    public let bid: Double?
    public let ask: Double?
    public let spread: Double?
    public let mid: Double?
    public let pHigh: Double
    public let pEvent: Double
    public let pInformed: Double
    /// The market maker's realised profit on the order against the true value (nil for no trade).
    public let profit: Double?
    public let trueValue: Double

    init(step: BayesStep) {
        t = step.time
        order = step.order
        trader = step.trader
        price = step.fillPrice
        bid = step.quoteAfter.bid.openPrice
        ask = step.quoteAfter.ask.openPrice
        spread = step.quoteAfter.openSpread
        mid = step.quoteAfter.openMid
        pHigh = step.posterior.pHigh
        pEvent = step.posterior.pEvent
        pInformed = step.pInformed
        profit = step.realisedProfit
        trueValue = step.trueValue
    }

    /// The opening of a tape (t = 0): the quotes and belief before its first order.
    init(opening belief: Belief, parameters: Parameters, trueValue: Double) {
        let quote = Quote(belief: belief, parameters: parameters)
        t = 0
        order = .none
        trader = .unknown
        price = nil
        bid = quote.bid.openPrice
        ask = quote.ask.openPrice
        spread = quote.openSpread
        mid = quote.openMid
        pHigh = belief.pHigh
        pEvent = belief.pEvent
        pInformed = 0
        profit = nil
        self.trueValue = trueValue
    }

    /// What an uninformed trader lost on this order to the market maker (0 for others).
    public var uninformedCost: Double {
        trader == .uninformed ? (profit ?? 0) : 0
    }
}

extension Session {
    /// The number of periods on the tape.
    public var periods: Int { tape.count }

    /// The rows of periods `range` (1-based t), replayed from the tape; t = 0 in the range adds
    /// the opening row. `shouldStop` is asked every 4096 rows; a yes ends the rows there.
    public func rows(_ range: ClosedRange<Int>, shouldStop: () -> Bool = { false }) -> [TradeRow] {
        var rows: [TradeRow] = []
        rows.reserveCapacity(range.count)
        if range.lowerBound <= 0, !tape.isEmpty {
            let epoch = epoch(of: tape[0])
            rows.append(
                TradeRow(
                    opening: tape.checkpoint(atOrBefore: 0).state, parameters: epoch.parameters,
                    trueValue: epoch.parameters.values[epoch.truth.state]))
        }
        replay(max(range.lowerBound, 1) - 1..<min(range.upperBound, tape.count)) { step in
            rows.append(TradeRow(step: step))
            return rows.count & 4095 != 0 || !shouldStop()
        }
        return rows
    }
}
