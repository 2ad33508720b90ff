import NormalValue
import ShellKit

/// `run N` in the normal model.
typealias NormalRunResult = RunResult<NormalBayesStep, NormalMarketError>

/// `run N` in the normal model as compact rows (t, who arrived, the order, the price, the new
/// quotes, E[v] and sd), both ends of a long run, a summary, and why it stopped if it did.
struct NormalRunText {
    let result: NormalRunResult
    let session: NormalSession
    var detail = Detail.full

    private var kept: Int { detail == .full ? NormalRunResult.rowsKept : 4 }

    var lines: [Line] {
        var lines = [
            Line(
                Format.pad("t", 7) + Format.pad("arrival", 10) + Format.pad("order", 7) + Format.pad("price", 12)
                    + Format.pad("bid", 12) + Format.pad("ask", 12) + Format.pad("E[v]", 12) + "sd", .heading)
        ]
        let rows = result.rows(kept: kept, row)
        lines += rows.table
        lines += summary
        if let stop = rows.interruption { lines.append(stop) }
        if let error = result.error {
            switch error {
            case .converged:
                lines.append(
                    Line(
                        "stopped at t = \(session.market.time) after \(result.steps) of \(result.requested) periods: the market",
                        .warning))
                lines.append(
                    Line("maker has learnt v to the precision of a Double (bid = ask within a few ulps),", .warning))
                lines.append(Line("so the exact model cannot follow another order; reset or undo to go on", .warning))
            default:
                lines.append(
                    Line("stopped at t = \(session.market.time): \(error.message)", .error))
            }
        }
        return lines + NormalQuoteText.lines(session.market.quote)
    }

    private func row(_ step: NormalBayesStep) -> Line {
        let order = step.order == .none ? "-" : step.order.word
        let tone: Tone = step.order == .buy ? .buy : (step.order == .sell ? .sell : .plain)
        let rest =
            Format.pad(step.fillPrice.map(Format.price) ?? "", 12)
            + Format.pad(NormalQuoteText.side(step.quoteAfter.bid), 12)
            + Format.pad(NormalQuoteText.side(step.quoteAfter.ask), 12) + Format.pad(Format.price(step.meanAfter), 12)
            + Format.price(step.standardDeviationAfter)
        return Line([
            Span(
                Format.pad(String(step.time), 7) + Format.pad(step.trader.tapeWord, 10),
                step.trader == .informed ? .hidden : .plain),
            Span(Format.pad(order, 7), tone), Span(rest),
        ])
    }

    private var summary: [Line] {
        let buys = result.orders[.buy] ?? 0
        let sells = result.orders[.sell] ?? 0
        let none = result.orders[.none] ?? 0
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return [
            Line(
                "\(count(result.steps, "period")): \(count(buys, "buy")), \(count(sells, "sell")), \(count(none, "no-trade"))"
            ),
            Line("\(count(result.informedArrivals, "informed arrival")) (hidden)", .hidden),
        ]
    }
}

extension NormalSession {
    /// `history [N]` in the normal model: the last N periods, one row each, replayed from the tape.
    package func history(_ count: Int) -> [Line] {
        let view = HistoryView(
            empty: "no orders yet (t = 0)",
            heading: Line("t         order     trader    price         E[v] after    sd after", .heading), entries: "periods")
        return view.lines(count: periods, last: count) { range, row in
            replay(range) { step, _ in
                let order = step.order == .none ? "no trade" : step.order.word
                return row(
                    Line(
                        Format.pad(String(step.time), 10) + Format.pad(order, 10) + Format.pad(step.trader.tapeWord, 10)
                            + Format.pad(step.fillPrice.map(Format.price) ?? "", 14)
                            + Format.pad(Format.price(step.meanAfter), 14) + Format.price(step.standardDeviationAfter)))
            }
        }
    }
}
