import CopelandGalai
import ShellKit

/// The lines the Copeland–Galai model prints, each from the numbers of the value it describes.
enum CopelandText {
    /// `bid 99.4118 | ask 100.5882  (x = 0.5882, the dealer's best half-spread)`, or why none.
    static func quote(_ market: CopelandMarket) -> Line {
        guard let quote = market.quote, let x = market.halfSpread else {
            return Line("no quotes: \(shutReason(market.parameters))", .warning)
        }
        let best = market.parameters.optimum.halfSpread == x ? "the dealer's best half-spread" : "posted"
        return Line(
            "bid \(Format.price(quote.bid)) | ask \(Format.price(quote.ask))  (x = \(Format.price(x)), \(best))")
    }

    /// Why the dealer posts nothing, with the threshold for these w and C.
    static func shutReason(_ p: CopelandParameters) -> String {
        if p.pi >= 1 { return "every arrival is informed (pi = 1), so no half-spread earns anything" }
        return "pi = \(Format.number(p.pi)) ≥ π̄ = C/(2w − C) = \(Format.probability(p.shutThreshold)): "
            + "no half-spread earns a positive profit, so the market is shut"
    }

    /// One arrival in full: who came, what she did at the quotes, what the dealer made.
    static func arrival(_ a: CopelandArrival, _ p: CopelandParameters) -> [Line] {
        var lines = [Line("t=\(a.time)  " + who(a), a.draw.informed ? .hidden : .plain)]
        lines.append(Line("  " + what(a), a.order == .buy ? .buy : a.order == .sell ? .sell : .plain))
        if let x = a.halfSpread, let chance = p.informedProbability(given: a.order, halfSpread: x) {
            lines.append(
                Line("  P(informed | \(a.order.word)) = \(Format.probability(chance)) (the dealer's view)", .dim))
        }
        return lines
    }

    /// `informed trader (V = 101.3 is hidden from the dealer)` or `liquidity buyer, u = 0.73`.
    static func who(_ a: CopelandArrival) -> String {
        if a.draw.informed { return "informed trader; V = \(Format.value(a.value)) (hidden from the dealer)" }
        let side = a.draw.wantsToBuy ? "buyer" : "seller"
        return "liquidity \(side) who pays up to u = \(Format.price(a.draw.reservation)) away from m"
    }

    /// What happened at the quotes, and the dealer's realised profit.
    static func what(_ a: CopelandArrival) -> String {
        guard let x = a.halfSpread else { return "no quotes: nobody trades" }
        switch (a.draw.informed, a.order) {
        case (_, .buy):
            return "buys at the ask \(Format.price(a.price)); the dealer makes ask − V = \(Format.change(a.profit))"
        case (_, .sell):
            return "sells at the bid \(Format.price(a.price)); the dealer makes V − bid = \(Format.change(a.profit))"
        case (true, .none):
            return "V lies between the quotes: she passes"
        case (false, .none):
            return "u = \(Format.price(a.draw.reservation)) < x = \(Format.price(x)): she walks away"
        }
    }

    /// The compact row of `run` and `history`.
    static let rowHeading = Line("   t  trader    wanted  order   price       dealer", .heading)

    static func row(_ a: CopelandArrival) -> Line {
        let trader = a.draw.informed ? "informed" : "liquidity"
        let cells =
            String(repeating: " ", count: max(0, 4 - String(a.time).count)) + String(a.time) + "  "
            + Format.pad(trader, 10) + Format.pad(a.wanted.word, 8)
            + Format.pad(a.order.word, 8) + Format.pad(Format.price(a.price), 12) + Format.change(a.profit)
        return Line(cells)
    }

    /// The dealer's totals beside what she expects.
    static func totals(_ market: CopelandMarket) -> Line {
        let expected = market.halfSpread.map(market.parameters.arrivalProfit) ?? 0  // no quotes, no trades
        let perArrival = market.time > 0 ? market.profit / Double(market.time) : 0
        return Line(
            "dealer: \(count(market.time, "arrival")), \(count(market.trades, "trade")), realised \(Format.change(market.profit)) "
                + "(\(Format.change(perArrival)) each; expected 2Π(x) = \(Format.change(expected)))", .dim)
    }

    /// `1 arrival`, `2 arrivals`.
    static func count(_ n: Int, _ noun: String) -> String { n == 1 ? "1 \(noun)" : "\(n) \(noun)s" }
}
