import DealerModels
import MarketCore
import ShellKit

/// What the Roll model prints: a trade's arithmetic, the quotes, the state and the run table.
enum RollText {
    /// `bid 99.8125  ask 100.8125  spread 1.0000  (m ± c, m = 100.3125)`.
    static func quote(_ market: RollMarket) -> Line {
        let q = market.quote
        return Line([
            Span("bid "), Span(Format.price(q.bid), .sell), Span("  ask "), Span(Format.price(q.ask), .buy),
            Span("  spread \(Format.price(q.ask - q.bid))  (m ± c, m = \(Format.price(market.efficientPrice)))"),
        ])
    }

    /// One trade in full: the efficient price's step, the price, its change split into the
    /// permanent step and the transitory bounce, the covariance and Roll's estimate.
    static func trade(_ t: RollTrade, trader: Trader, parameters p: RollParameters) -> [Line] {
        let who = trader == .uninformed ? "noise " : ""
        let side = t.sign == .buy ? "buys at the ask" : "sells at the bid"
        let formula = t.sign == .buy ? "m + c" : "m − c"
        var lines = [
            Line(
                [
                    Span("t=\(t.time)  \(who)"), Span(side, t.sign == .buy ? .buy : .sell),
                    Span(
                        ": p = \(formula) = \(Format.price(t.efficientPrice)) \(t.sign == .buy ? "+" : "−") \(Format.value(p.halfSpread)) = \(Format.price(t.price))"
                    ),
                ]),
            Line(
                "  m = \(Format.price(t.efficientBefore)) + e = \(Format.price(t.efficientBefore)) \(term(t.step)) = \(Format.price(t.efficientPrice))  (e ~ N(0, \(Format.value(p.sigma))²), drawn)",
                .dim),
        ]
        guard let change = t.change, let bounce = t.bounce, let before = t.previousPrice else {
            lines.append(Line("  no price change yet: the first trade has no trade before it"))
            return lines + [quoteAfter(t, p)]
        }
        let bounceText =
            p.halfSpread == 0
            ? "\(signed(t.step)) + 0 (c = 0: no bounce)"
            : "\(signed(t.step)) + \(Format.value(p.halfSpread))·(\(sign(t.sign)) − (\(sign(t.previousSign ?? t.sign)))) = \(signed(t.step)) \(term(bounce))"
        lines.append(Line("  Δp = \(Format.price(t.price)) − \(Format.price(before)) = \(Format.change(change))"))
        lines.append(Line("     = e + c·(q_t − q_{t−1}) = \(bounceText)"))
        lines += covariance(t, p)
        return lines + [quoteAfter(t, p)]
    }

    /// The running covariance and Roll's estimate after a trade, or why there is none yet.
    static func covariance(_ t: RollTrade, _ p: RollParameters) -> [Line] {
        guard let cov = t.covariance else {
            let needed = SerialCovariance.minimumPairs
            return [
                Line(
                    "  cov(Δp_t, Δp_{t−1}) needs \(needed) pairs of changes (\(needed + 2) trades); \(t.pairs) so far",
                    .dim)
            ]
        }
        var lines = [
            Line("  cov(Δp_t, Δp_{t−1}) = \(Format.change(cov)) over \(t.pairs) pairs (this path)")
        ]
        if let estimate = t.estimate {
            lines.append(
                Line(
                    "  Roll: 2√(−cov) = 2√\(Format.price(-cov)) = \(Format.price(estimate)); the true spread 2c = \(Format.price(t.trueSpread))"
                ))
        } else {
            lines.append(
                Line(
                    "  Roll: undefined, cov ≥ 0 has no real 2√(−cov); the true spread 2c = \(Format.price(t.trueSpread))",
                    .warning))
        }
        if p.gamma != 0.5 {
            lines.append(
                Line(
                    "  gamma = \(Format.number(p.gamma)): cov → −4γ(1−γ)c² = \(Format.change(p.serialCovariance)); Roll → \(Format.price(p.estimateLimit)), not 2c",
                    .dim))
        }
        return lines
    }

    private static func quoteAfter(_ t: RollTrade, _ p: RollParameters) -> Line {
        Line(
            [
                Span("  quotes "), Span(Format.price(t.efficientPrice - p.halfSpread), .sell), Span(" | "),
                Span(Format.price(t.efficientPrice + p.halfSpread), .buy),
                Span(" = m ± c: they follow m; no trade is news here", .dim),
            ])
    }

    /// One compact row: t, who, the order, e, price, Δp, cov and the estimate.
    static let rowHeading = Line(
        Format.pad("t", 7) + Format.pad("trader", 7) + Format.pad("order", 6) + Format.pad("e", 9)
            + Format.pad("price", 11)
            + Format.pad("Δp", 9) + Format.pad("cov", 9) + "2√(−cov)", .heading)

    static func row(_ t: RollTrade, trader: Trader) -> Line {
        let rest =
            Format.pad(signed(t.step), 9) + Format.pad(Format.price(t.price), 11)
            + Format.pad(t.change.map(Format.change) ?? "", 9) + Format.pad(t.covariance.map(Format.change) ?? "—", 9)
            + (t.estimate.map(Format.price) ?? (t.covariance == nil ? "—" : "undefined"))
        return Line([
            Span(Format.pad(String(t.time), 7) + Format.pad(trader.tapeWord, 7)),
            Span(Format.pad(t.sign.order.word, 6), t.sign == .buy ? .buy : .sell), Span(rest),
        ])
    }

    /// `+0.1250` / `−0.1250`: a signed term of a sum.
    static func signed(_ x: Double) -> String { x == 0 ? "0" : Format.change(x) }

    private static func sign(_ s: TradeSign) -> String { s == .buy ? "+1" : "−1" }

    /// `+ 0.1250` / `− 0.1250`: a term added to a price.
    static func term(_ x: Double) -> String {
        let text = Format.change(x)
        return x == 0 || text.hasPrefix("±") ? "+ 0" : String(text.prefix(1)) + " " + text.dropFirst()
    }
}
