import MarketModel
import ShellKit

extension Session {
    /// `history [N]`: the last N periods, one row each.
    package func history(_ count: Int) -> [Line] {
        let high = Format.value(market.parameters.high)
        let view = HistoryView(
            empty: "no orders yet (t = 0)",
            heading: Line("t         order     trader        price       P(V=\(high)) after", .heading), entries: "periods")
        return view.lines(count: periods, last: count) { range in
            rows((range.lowerBound + 1)...range.upperBound).map { row in
                let order = row.order == .none ? "no trade" : row.order.word
                return Line(
                    Format.pad(String(row.t), 10) + Format.pad(order, 10) + Format.pad(row.trader.tapeWord, 14)
                        + Format.pad(row.price.map(Format.price) ?? "", 12) + Format.probability(row.pHigh))
            }
        }
    }
}
