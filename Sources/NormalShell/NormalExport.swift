import NormalValue
import ShellKit

/// The normal tape as `export` writes it: one row per period, replayed through `NormalMarket.observe`.
extension NormalSession: ExportableTape {
    package static let columns = [
        "t", "order", "trader", "price", "bid", "ask", "spread", "mid", "value", "sd", "p_informed", "mm_profit",
    ]

    package func replayRows(_ body: ([ExportField]) -> Bool) {
        replay(0..<periods) { step, _ in
            let row = NormalTradeRow(step: step)
            return body(row.exportFields([.number(row.value), .number(row.sd)]))
        }
    }
}
