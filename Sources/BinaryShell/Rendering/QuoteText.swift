import MarketModel
import ShellKit

/// The quote as the class sees it, and why a withdrawn side is withdrawn.
enum QuoteText {
    /// `bid 101.4000  ask 102.6000  spread 1.2000  mid 102.0000`, plus a line per withdrawn side.
    /// A withdrawn side reads `withdrawn` and has no price, so the line then has no spread or mid.
    static func lines(_ quote: Quote, parameters: Parameters) -> [Line] {
        var spans = [
            Span("bid "), Span(side(quote.bid), quote.bid.isOpen ? .sell : .dim),
            Span("  ask "), Span(side(quote.ask), quote.ask.isOpen ? .buy : .dim),
        ]
        if let spreadAndMid = spreadAndMid(quote) { spans.append(Span(spreadAndMid)) }
        if quote.isClosed { spans.append(Span("  market closed", .warning)) }
        return [Line(spans)] + withdrawal(quote, parameters: parameters)
    }

    /// One side's price as shown: `withdrawn` when withdrawn, `—` when undefined.
    static func side(_ side: SideQuote) -> String {
        side.isWithdrawn ? "withdrawn" : Format.price(side.openPrice)
    }

    /// One side in a `Quotes` row.
    static func cell(_ side: SideQuote) -> QuoteMoves.Cell {
        side.isWithdrawn ? .absent("withdrawn") : QuoteMoves.Cell(side.openPrice)
    }

    /// `  spread 1.2000  mid 102.0000`; nil when a side is withdrawn (no price, so neither exists);
    /// dashes when a side is undefined.
    static func spreadAndMid(_ quote: Quote) -> String? {
        if quote.ask.isWithdrawn || quote.bid.isWithdrawn { return nil }
        return "  spread \(Format.price(quote.openSpread))  mid \(Format.price(quote.openMid))"
    }

    /// Who would still trade on a withdrawn side: informed traders only while there are some (μ > 0)
    /// and the price pays them.
    private static func informedNote(_ side: SideQuote, _ parameters: Parameters) -> String {
        if parameters.mu == 0 { return "with mu = 0 there are no informed traders, so no one would trade there" }
        return side.informedTrade
            ? "only informed traders would trade there"
            : "informed traders would not trade there either, so no one would"
    }

    /// One line per withdrawn or undefined side: the half-spread it needs against the tolerance.
    /// `sides` names the sides to explain (both unless given).
    static func withdrawal(_ quote: Quote, parameters: Parameters, sides: Set<String> = ["ask", "bid"]) -> [Line] {
        var lines: [Line] = []
        for (side, name, who) in [(quote.ask, "ask", "buyers"), (quote.bid, "bid", "sellers")]
        where sides.contains(name) {
            if side.hasNoBreakEven {
                lines += ElasticText.withdrawal(name == "ask" ? .ask : .bid, side, expected: quote.expectedValue)
            } else if side.isWithdrawn, let half = side.halfSpread {
                lines.append(
                    Line(
                        "\(name) withdrawn: breaking even needs \(Format.price(half)) from E[V] = \(Format.price(quote.expectedValue)), but uninformed \(who) accept at most \(Format.price(parameters.tolerance)) (tolerance); \(informedNote(side, parameters))",
                        .warning))
            } else if side.price == nil {
                lines.append(
                    Line(
                        "\(name) undefined: no \(name == "ask" ? "buy" : "sell") can arrive under the current beliefs",
                        .warning))
            }
        }
        return lines
    }
}
