import CopelandGalai
import ShellKit

/// `state`, `params`, `history`, `explain`, `profit X` and `run N` under the Copeland–Galai model.
struct CopelandViews {
    let session: CopelandSession

    private var market: CopelandMarket { session.market }
    private var p: CopelandParameters { session.parameters }

    /// `state`: the quotes, nature's V (hidden), the dealer's totals and her optimum.
    var state: [Line] {
        [
            Line("t=\(market.time)  Copeland–Galai market", .heading),
            Line([Span("  ")] + CopelandText.quote(market).spans),
            Line(
                "  V = \(Format.value(market.value)), drawn from U[\(Format.value(p.mean - p.width)), \(Format.value(p.mean + p.width))]",
                .hidden),
            Line([Span("  ")] + CopelandText.totals(market).spans),
        ]
    }

    /// `params`: the table with values, then the shell's settings.
    func params(detail: Detail) -> [Line] {
        var lines = [Line("name         symbol    value      meaning", .heading)]
        for row in settingRows(.copeland) {
            let value: String =
                switch (CopelandParameterName(rawValue: row.name), ShellSetting(rawValue: row.name)) {
                case (let name?, _): Format.number(p[name])
                case (nil, .truth?):
                    if case .value(let v) = session.truth { Format.number(v) } else { "drawn" }
                case (nil, .detail?): detail.rawValue
                case (nil, .seed?), (nil, nil): String(session.seed)
                }
            lines.append(
                Line(Format.pad(row.name, 13) + Format.pad(row.symbol, 10) + Format.pad(value, 11) + row.meaning))
        }
        return lines
    }

    /// `history N`: the last N arrivals as rows.
    func history(_ count: Int) -> [Line] {
        guard !session.arrivals.isEmpty else { return [Line("no arrivals yet (t = 0)")] }
        let start = max(0, session.arrivals.count - count)
        var lines = [CopelandText.rowHeading]
        if start > 0 { lines.append(Line("    … \(start) earlier arrivals …", .dim)) }
        lines += session.arrivals[start...].map(CopelandText.row)
        return lines
    }

    /// `profit X`: the expected profit at half-spread x, part by part, against the best.
    static func profit(_ e: CopelandProfit, _ p: CopelandParameters) -> [Line] {
        let x = Format.number(e.halfSpread)
        var lines = [
            Line(
                "expected profit per arrival at x = \(x) (bid \(Format.price(e.bid)) | ask \(Format.price(e.ask)))",
                .heading),
            Line(
                "  liquidity  R(x) = (1 − π)·½·(1 − x/C)⁺·x = \(Format.number(1 - p.pi))·½·\(Format.probability(e.liquidityAcceptance))·\(x) = \(Format.probability(e.liquidityRevenue))"
            ),
            Line(
                "  informed   L(x) = π·((w − x)⁺)²/(4w) = \(Format.number(p.pi))·\(Format.probability(2 * p.width * e.informedTradeProbability))²/\(Format.number(4 * p.width)) = \(Format.probability(e.informedLoss))"
            ),
            Line(
                "  one side   Π(x) = R − L = \(Format.change(e.sideProfit)); both sides 2Π = \(Format.change(e.arrivalProfit))"
            ),
            Line("  slope      Π′(x) = \(Format.change(e.slope))", .dim),
        ]
        if !e.formulaHolds {
            lines.append(
                Line(
                    "  x > min(w, C) = \(Format.number(min(p.width, p.premium))): a ⁺ binds, so Π is not the textbook quadratic here",
                    .dim))
        }
        switch e.optimum {
        case .interior(let best, let profit), .informedPricedOut(let best, let profit):
            lines.append(
                Line(
                    "  best: x* = \(Format.price(best)) with Π = \(Format.change(profit)); this x falls short by \(Format.price(e.shortfall))"
                ))
        case .shut:
            lines.append(Line("  best: none, \(CopelandText.shutReason(p))", .warning))
        }
        return lines
    }

    /// `explain`: the dealer's trade-off and where her best half-spread comes from, with these numbers.
    var explain: [Line] {
        let (w, c, pi) = (Format.number(p.width), Format.number(p.premium), Format.number(p.pi))
        var lines = [
            Line("Why the dealer quotes a spread, and how wide", .heading),
            Line("  A liquidity trader pays x with probability 1 − x/C; an informed one takes V − ask when V > ask."),
            Line("  Per arrival and side: Π(x) = (1 − π)·½·(1 − x/C)·x − π·(w − x)²/(4w) for x ≤ min(w, C)."),
            Line("  Π′ = ½ − x·((1 − π)/C + π/(2w)) = 0 gives x* = C·w/(2w(1 − π) + π·C)"),
            Line(
                "     = \(c)·\(w)/(2·\(w)·\(Format.number(1 - p.pi)) + \(pi)·\(c)) = \(Format.price(p.firstOrderHalfSpread)), and Π(x*) = (x* − π·w)/4."
            ),
        ]
        switch p.optimum {
        case .interior(let x, let profit):
            lines.append(
                Line(
                    "  Here x* ≤ min(w, C): the dealer quotes m ± \(Format.price(x)) and earns \(Format.change(profit)) per side."
                ))
        case .informedPricedOut(let x, let profit):
            lines.append(
                Line(
                    "  Here C > 2w: past w no informed trader buys, so the best is C/2 = \(Format.price(x)), Π = (1 − π)C/8 = \(Format.change(profit))."
                ))
        case .shut:
            lines.append(Line("  \(CopelandText.shutReason(p))."))
        }
        let threshold =
            p.premium < p.width
            ? "here C < w, so from π̄ = C/(2w − C) = \(Format.probability(p.shutThreshold))"
            : "here C ≥ w, so only at π = 1"
        lines.append(Line("  The market shuts when π·(2w − C) ≥ C: \(threshold)."))
        return lines
    }

    /// `run N`: the rows at both ends, the counts, the dealer's totals.
    func run(_ result: RunResult<CopelandArrival, Never>, detail: Detail) -> [Line] {
        let rows = result.rows(kept: detail == .full ? 10 : 4, CopelandText.row)
        var lines = [CopelandText.rowHeading] + rows.table
        let trades = (result.orders[.buy] ?? 0) + (result.orders[.sell] ?? 0)
        lines.append(
            Line(
                "\(CopelandText.count(result.steps, "arrival")): \(result.informedArrivals) informed, \(CopelandText.count(trades, "trade"))",
                .dim))
        lines.append(CopelandText.totals(market))
        if let stop = rows.interruption { lines.append(stop) }
        return lines
    }
}
