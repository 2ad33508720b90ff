import MarketModel
import ShellKit

/// The binary tape as `export` writes it: one row per period, replayed through `Market.observe`.
extension Session: ExportableTape {
    package static let columns = [
        "t", "order", "trader", "price", "bid", "ask", "spread", "mid", "p_high", "p_event", "p_informed", "mm_profit",
    ]

    package func replayRows(_ body: ([ExportField]) -> Bool) {
        replay(0..<periods) { step in
            let row = TradeRow(step: step)
            return body(row.exportFields([.number(row.pHigh), .number(row.pEvent)]))
        }
    }
}
