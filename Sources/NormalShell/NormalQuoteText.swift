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

/// `params` in the normal model: every parameter of `normalParameterTable` with its symbol,
/// value and meaning, then truth and seed.
struct NormalParamsText {
    let session: NormalSession
    let detail: Detail

    var lines: [Line] {
        let p = session.market.parameters
        var lines = [Line("name        symbol    value      meaning", .heading)]
        for row in settingRows(.normal) {
            lines.append(Line(Format.pad(row.name, 12) + Format.pad(row.symbol, 10) + Format.pad(shown(row.name, p), 11) + row.meaning))
        }
        return lines
    }

    private func shown(_ name: String, _ p: NormalParameters) -> String {
        switch (NormalParameterName(rawValue: name), ShellSetting(rawValue: name)) {
        case (let parameter?, _): value(parameter, p)
        case (nil, .truth?): NormalSession.word(session.truth)
        case (nil, .detail?): detail.rawValue
        case (nil, .seed?), (nil, nil): String(session.seed)
        }
    }

    private func value(_ name: NormalParameterName, _ p: NormalParameters) -> String {
        switch name {
        case .gamma: p.gamma.map(Format.number) ?? "—"
        case .eps: p.epsBuy == p.epsSell ? Format.number(p.epsBuy) : "—"
        case .elastic: ElasticityText.word(p.elastic)
        default: Format.number(p[name])
        }
    }
}
