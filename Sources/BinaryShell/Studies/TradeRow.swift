import MarketModel
import ShellKit

/// The binary model's belief columns of a tape row: P(V = high) and P(event) after the order.
package struct BinaryBeliefColumns: Sendable {
    package let pHigh: Double
    package let pEvent: Double

    init(_ belief: Belief) { (pHigh, pEvent) = (belief.pHigh, belief.pEvent) }
}

/// One period of a binary session's tape, as exports and charts show it.
package typealias TradeRow = TapeRow<BinaryBeliefColumns>

extension TradeRow {
    init(step: BayesStep) {
        self.init(
            t: step.time, order: step.order, trader: step.trader, price: step.fillPrice,
            quotes: (step.quoteAfter.bid.openPrice, step.quoteAfter.ask.openPrice),
            belief: BinaryBeliefColumns(step.posterior), pInformed: step.pInformed, profit: step.realisedProfit,
            trueValue: step.trueValue)
    }

    /// The opening of a tape (t = 0): the quotes and belief before its first order.
    init(opening belief: MarketModel.Belief, parameters: Parameters, trueValue: Double) {
        let quote = Quote(belief: belief, parameters: parameters)
        self.init(
            opening: (quote.bid.openPrice, quote.ask.openPrice), belief: BinaryBeliefColumns(belief),
            trueValue: trueValue)
    }
}

extension Session {
    /// The number of periods on the tape.
    public var periods: Int { tape.count }

    /// The rows of periods `range` (1-based t), replayed from the tape; t = 0 in the range adds
    /// the opening row. `shouldStop` is asked every 4096 rows; a yes ends the rows there.
    package func rows(_ range: ClosedRange<Int>, shouldStop: () -> Bool = { false }) -> [TradeRow] {
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
