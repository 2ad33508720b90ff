import NormalValue
import ShellKit

/// The normal quote as the class sees it: `bid 98.9  ask 101.1  spread 2.2  mid 100`, and a line
/// per side with no quote saying why.
enum NormalQuoteText {
    /// A side withdrawn for want of a break-even price reads `withdrawn`, and the line then has no
    /// spread or mid.
    static func lines(_ quote: NormalQuote) -> [Line] {
        var spans = [
            Span("bid "), Span(side(quote.bid), quote.bid.price == nil ? .dim : .sell), Span("  ask "),
            Span(side(quote.ask), quote.ask.price == nil ? .dim : .buy),
        ]
        if !isWithdrawn(quote.ask), !isWithdrawn(quote.bid) {
            spans.append(Span("  spread \(Format.price(quote.spread))  mid \(Format.price(quote.mid))"))
        }
        var lines = [Line(spans)]
        for (name, side) in [("ask", quote.ask), ("bid", quote.bid)] {
            if case .none(let why) = side { lines.append(Line("no \(name): \(why.reason)", .warning)) }
        }
        return lines
    }

    /// Whether the side is withdrawn (no break-even price), rather than quoted or undefined.
    static func isWithdrawn(_ side: QuoteSide) -> Bool {
        if case .none(let why) = side { return why.isWithdrawal }
        return false
    }

    /// One side's price as shown: `withdrawn` when withdrawn, `—` when undefined.
    static func side(_ side: QuoteSide) -> String {
        isWithdrawn(side) ? "withdrawn" : Format.price(side.price)
    }

    /// One side in a `Quotes` row.
    static func cell(_ side: QuoteSide) -> QuoteMoves.Cell {
        isWithdrawn(side) ? .absent("withdrawn") : QuoteMoves.Cell(side.price)
    }
}

/// `state`: the market maker's posterior (mean, sd, how many quotes have cut it), E[v], the
/// quotes, and nature's hidden v.
struct NormalStateText {
    let session: NormalSession

    var lines: [Line] {
        let market = session.market
        let posterior = market.posterior
        let cuts = posterior.breakpoints.count
        let shape =
            posterior.isNormal
            ? "still the prior N(m, σ²)"
            : "the prior times a step function cut at \(cuts) \(cuts == 1 ? "price" : "prices") (quotes so far)"
        var lines = [
            Line("t=\(market.time)  the market maker's belief about v", .heading),
            Line("  posterior: \(shape)"),
            Line("  E[v] = \(Format.price(posterior.mean))   sd[v] = \(Format.price(posterior.standardDeviation))"),
        ]
        lines += NormalQuoteText.lines(market.quote).map { Line([Span("  ")] + $0.spans) }
        let error = posterior.mean - session.trueValue
        lines.append(
            Line(
                "  Hidden: v = \(Format.price(session.trueValue)) (truth \(truthWord)); E[v] − v = \(Format.change(error))",
                .hidden))
        return lines
    }

    private var truthWord: String {
        switch session.truth {
        case .drawn: "drawn from N(m, σ²)"
        case .value: "set"
        }
    }
}

extension NormalSession {
    /// `params` in the normal model: every parameter of `normalParameterTable` with its symbol,
    /// value and meaning, then truth and seed.
    package func params(detail: Detail) -> [Line] {
        let p = market.parameters
        return ParamsView(.normal, truth: Self.word(truth), seed: seed, detail: detail) { name in
            NormalParameterName(rawValue: name).map { parameter in
                ParamsView.uninformedValue(
                    name, gamma: p.gamma, epsBuy: p.epsBuy, epsSell: p.epsSell, elastic: p.elastic)
                    ?? Format.number(p[parameter])
            }
        }.lines
    }
}
