import MarketModel
import ShellKit

/// `history [N]`: the last N periods, one row each.
struct HistoryText {
    let session: Session
    let count: Int

    var lines: [Line] {
        guard session.periods > 0 else { return [Line("no orders yet (t = 0)")] }
        let high = Format.value(session.market.parameters.high)
        var lines = [Line("t         order     trader        price       P(V=\(high)) after", .heading)]
        let start = max(1, session.periods - count + 1)
        if start > 1 { lines.append(Line("… \(start - 1) earlier periods …", .dim)) }
        for row in session.rows(start...session.periods) {
            let order = row.order == .none ? "no trade" : row.order.word
            lines.append(
                Line(
                    Format.pad(String(row.t), 10) + Format.pad(order, 10) + Format.pad(row.trader.tapeWord, 14)
                        + Format.pad(row.price.map(Format.price) ?? "", 12) + Format.probability(row.pHigh)))
        }
        return lines
    }
}
