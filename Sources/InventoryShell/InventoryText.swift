import DealerModels
import MarketCore
import ShellKit

/// What the inventory model prints: a period's arithmetic, the quotes, and the run rows.
enum InventoryText {
    /// `bid 99.5000  ask 100.5000  spread 1.0000  (r ± s, r = 100.0000, I = 0)`.
    static func quote(_ dealer: InventoryDealer) -> Line {
        let q = dealer.quote
        return Line([
            Span("bid "), Span(Format.price(q.bid), .sell), Span("  ask "), Span(Format.price(q.ask), .buy),
            Span(
                "  spread \(Format.price(q.spread))  (r ± s, r = \(Format.price(q.reservation)), I = \(lots(dealer.inventory)))"
            ),
        ])
    }

    /// One period in full: who came, what traded, r and the quotes with their numbers, and why
    /// they moved.
    static func period(_ s: InventoryStep, parameters p: InventoryParameters) -> [Line] {
        var lines = [Line([Span("t=\(s.time)  ")] + headline(s, p))]
        guard let traded = s.traded, let edge = s.edge else {
            lines.append(Line("  nothing traded: I stays \(lots(s.inventoryAfter)) and so do the quotes", .dim))
            return lines + [Line([Span("  ")] + quoteSpans(s.quoteAfter))]
        }
        let lot = traded == .buy ? "she sells him a lot" : "she buys his lot"
        lines.append(
            Line(
                "  \(lot), I = \(lots(s.inventoryBefore)) → \(lots(s.inventoryAfter)); she earned \(traded == .buy ? "ask − v" : "v − bid") = \(Format.change(edge))"
            ))
        lines.append(
            Line(
                "  r = v − A·σ²·I = \(Format.value(p.mean)) − \(Format.number(p.risk))·\(Format.number(p.sigma))²·(\(lots(s.inventoryAfter))) = \(Format.price(s.quoteAfter.reservation))"
            ))
        lines.append(
            Line(
                [
                    Span("  bid = r − s = "), Span(Format.price(s.quoteAfter.bid), .sell), Span("   ask = r + s = "),
                    Span(Format.price(s.quoteAfter.ask), .buy), Span("   (s = \(Format.number(p.halfSpread)))"),
                ]))
        return lines + why(s, p).map { Line("  " + $0, .dim) }
    }

    /// I with a true minus sign.
    static func lots(_ i: Int) -> String { i < 0 ? "−\(-i)" : String(i) }

    /// Who came and what he did.
    private static func headline(_ s: InventoryStep, _ p: InventoryParameters) -> [Span] {
        let tone: Tone = s.traded == .buy ? .buy : (s.traded == .sell ? .sell : .plain)
        switch s.event {
        case .customer(let sign):
            let at =
                sign == .buy
                ? "buys at the ask \(Format.price(s.quoteBefore.ask))"
                : "sells at the bid \(Format.price(s.quoteBefore.bid))"
            return [Span("a customer " + at, tone)]
        case .arrival(let a):
            let limit = Format.price(a.limit(value: p.mean))
            let w = Format.price(a.premium)
            let text =
                a.wanted == .buy
                ? (s.traded == nil
                    ? "a buyer (pays ≤ v + w = \(limit)) leaves: the ask \(Format.price(s.quoteBefore.ask)) is above"
                    : "a buyer (pays ≤ v + w = \(limit)) buys at the ask \(Format.price(s.quoteBefore.ask))")
                : (s.traded == nil
                    ? "a seller (takes ≥ v − w = \(limit)) leaves: the bid \(Format.price(s.quoteBefore.bid)) is below"
                    : "a seller (takes ≥ v − w = \(limit)) sells at the bid \(Format.price(s.quoteBefore.bid))")
            return [Span(text, tone), Span(" (w = \(w))", .dim)]
        }
    }

    /// Why the quotes moved: inventory, never information (two lines).
    private static func why(_ s: InventoryStep, _ p: InventoryParameters) -> [String] {
        let still = "v is still \(Format.value(p.mean)): the quotes moved without any information"
        guard p.shadePerLot > 0 else {
            return [
                "A·σ² = 0: a dealer who does not mind risk does not shade her quotes.",
                "v is still \(Format.value(p.mean)): nobody learned anything.",
            ]
        }
        let (before, after) = (s.inventoryBefore, s.inventoryAfter)
        let move =
            "both quotes moved \(s.quoteMove > 0 ? "up" : "down") \(Format.price(abs(s.quoteMove))) (A·σ² a lot) as I \(after > before ? "rose" : "fell") to \(lots(after))"
        // The move and the level are two things: after a sell while short the quotes move down, yet
        // r is still above v.
        let again = abs(after) < abs(before) && after != 0 ? "still " : ""
        let level =
            after > 0
            ? "\(again)long, r is below v: she asks less and pays less than when flat"
            : (after < 0
                ? "\(again)short, r is above v: she pays more and asks more than when flat"
                : "flat again, she quotes around v")
        return ["\(move); \(level)", still + ", only because I did."]
    }

    static func quoteSpans(_ q: DealerQuote) -> [Span] {
        [
            Span("bid "), Span(Format.price(q.bid), .sell), Span("  ask "), Span(Format.price(q.ask), .buy),
            Span("  (r = \(Format.price(q.reservation)))"),
        ]
    }

    /// Nature's customers at the current quotes: P(buy), P(sell) and the expected drift of I.
    static func flow(_ dealer: InventoryDealer) -> Line {
        let f = CustomerFlow(dealer)
        let toward =
            f.expectedDrift == 0
            ? "no drift" : ((f.expectedDrift < 0) == (dealer.inventory > 0) ? "toward 0" : "away from 0")
        return Line(
            "  next customer: P(buys) \(Format.probability(f.buy)), P(sells) \(Format.probability(f.sell)): E[ΔI] = \(Format.change(f.expectedDrift)) (\(dealer.inventory == 0 && f.expectedDrift == 0 ? "balanced" : toward))",
            .dim)
    }

    static let rowHeading = Line(
        Format.pad("t", 7) + Format.pad("customer", 9) + Format.pad("w", 8) + Format.pad("trade", 6)
            + Format.pad("price", 10)
            + Format.pad("I", 5) + Format.pad("bid", 10) + "ask", .heading)

    static func row(_ s: InventoryStep) -> Line {
        let (who, w): (String, String) =
            switch s.event {
            case .customer: ("typed", "")
            case .arrival(let a): (a.wanted == .buy ? "buyer" : "seller", Format.fixed(a.premium, places: 3))
            }
        let trade = s.traded.map { $0.order.word } ?? "left"
        return Line([
            Span(Format.pad(String(s.time), 7) + Format.pad(who, 9) + Format.pad(w, 8)),
            Span(Format.pad(trade, 6), s.traded == .buy ? .buy : (s.traded == .sell ? .sell : .dim)),
            Span(
                Format.pad(s.price.map(Format.price) ?? "", 10) + Format.pad(lots(s.inventoryAfter), 5)
                    + Format.pad(Format.price(s.quoteAfter.bid), 10) + Format.price(s.quoteAfter.ask)),
        ])
    }
}
