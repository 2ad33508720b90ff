import MarketModel
import ShellKit

/// `run N` as compact rows: t, who arrived, what the market maker saw, the price, the new quotes
/// and belief; long runs show both ends and a summary (fewer rows at `set detail brief`).
struct RunText {
    let result: BinaryRunResult
    let session: Session
    var detail = Detail.full

    /// The rows shown at each end of a long run.
    private var kept: Int { detail == .full ? BinaryRunResult.rowsKept : 4 }

    private var showsEvent: Bool { session.market.parameters.alpha < 1 }

    var lines: [Line] {
        var lines = [header]
        let rows = result.rows(kept: kept, row)
        lines += rows.table
        lines.append(summary)
        if let stop = rows.interruption { lines.append(stop) }
        if let error = result.error {
            lines.append(Line("stopped at t = \(session.market.time): \(ShellError.market(error).message)", .error))
        }
        lines += QuoteText.lines(session.market.quote, parameters: session.market.parameters)
        return lines
    }

    private var header: Line {
        let event = showsEvent ? "  P(event)" : ""
        return Line(
            Format.pad("t", 8) + Format.pad("arrival", 12) + Format.pad("order", 10) + Format.pad("price", 11)
                + Format.pad("bid", 11) + Format.pad("ask", 11) + "P(V=\(Format.value(session.market.parameters.high)))"
                + event, .heading)
    }

    private func row(_ step: BayesStep) -> Line {
        let who = step.trader == .informed ? "informed" : "noise"
        let order = step.order == .none ? "-" : step.order.word
        let tone: Tone = step.order == .buy ? .buy : (step.order == .sell ? .sell : .plain)
        let text = Format.pad(String(step.time), 8) + Format.pad(who, 12)
        let rest =
            Format.pad(step.fillPrice.map(Format.price) ?? "", 11)
            + Format.pad(QuoteText.side(step.quoteAfter.bid), 11)
            + Format.pad(QuoteText.side(step.quoteAfter.ask), 11)
            + (showsEvent
                ? Format.pad(Format.probability(step.posterior.pHigh), 10) + Format.probability(step.posterior.pEvent)
                : Format.probability(step.posterior.pHigh))
        return Line([
            Span(text, step.trader == .informed ? .hidden : .plain), Span(Format.pad(order, 10), tone), Span(rest),
        ])
    }

    private var summary: Line {
        let buys = result.orders[.buy] ?? 0
        let sells = result.orders[.sell] ?? 0
        let none = result.orders[.none] ?? 0
        func count(_ n: Int, _ word: String) -> String { "\(n) \(word)\(n == 1 ? "" : "s")" }
        return Line(
            "\(count(result.steps, "period")): \(count(buys, "buy")), \(count(sells, "sell")), \(count(none, "no-trade")); \(count(result.informedArrivals, "informed arrival")) (hidden)"
        )
    }

}
