import DealerModels
import MarketCore
import ShellKit

/// `state`, `params`, `history`, `explain` and `run N` under the inventory model.
struct InventoryViews {
    let session: InventorySession

    private var dealer: InventoryDealer { session.dealer }
    private var p: InventoryParameters { dealer.parameters }

    /// `state`: inventory, cash, r and the quotes, and nature's flow at them.
    var state: [Line] {
        [
            Line("t=\(dealer.time)  the dealer's book", .heading),
            Line(
                "  inventory I = \(InventoryText.lots(dealer.inventory)); cash \(Format.change(dealer.cash)); wealth at v \(Format.change(dealer.wealthAtValue))"
            ),
            Line(
                "  r = v − A·σ²·I = \(Format.value(p.mean)) − \(Format.number(p.shadePerLot))·(\(InventoryText.lots(dealer.inventory))) = \(Format.price(dealer.reservationPrice))"
            ),
            Line([Span("  ")] + InventoryText.quote(dealer).spans),
            InventoryText.flow(dealer),
            Line(linearDrift, .dim),
        ]
    }

    /// Where E[ΔI] = −κ·I holds exactly, with this market's κ.
    private var linearDrift: String {
        let k = p.shadePerLot
        guard k > 0 else { return "  A·σ² = 0: the quotes never shade, so nature's customers give inventory no drift" }
        // A ratio of typed decimals that should be a whole number (0.3/0.1 = 3) may come out a few
        // units in the last place below it; the boundary |I| = n itself is inside (≤).
        let limit = min(p.halfSpread, p.premium - p.halfSpread) / k * (1 + 1e-12)
        let law = "  E[ΔI] = −(A·σ²/W)·I = −\(Format.number(p.reversionRate))·I"
        guard limit < 1 else {
            return law + " exactly while |I| ≤ \(Format.number(limit.rounded(.down))) (no limit binds)"
        }
        return law + " holds for no I ≠ 0 here: from |I| = 1 on a customer's limit binds"
            + " (s or W − s is below A·σ²), and the pull is weaker"
    }

    /// `params`: the table with values, then the shell's settings.
    func params(detail: Detail) -> [Line] {
        ParamsView(.inventory, nameWidth: 13, parameters: p, truth: "—", seed: session.seed, detail: detail).lines
    }

    /// `history N`: the last N periods as rows, replayed from the tape.
    func history(_ count: Int) -> [Line] {
        let view = HistoryView(
            empty: "no periods yet (t = 0)", heading: InventoryText.rowHeading, indent: "    ", entries: "periods")
        return view.lines(count: session.periods, last: count) { range, row in
            session.replay(range) { row(InventoryText.row($0)) }
        }
    }

    /// `explain`: where r comes from and why inventory reverts, with this market's numbers.
    var explain: [Line] {
        [
            Line("Why the dealer shades her quotes", .heading),
            Line("  Holding I lots of an asset worth v with variance σ² costs a risk-averse dealer about"),
            Line("  ½·A·σ²·I² (mean–variance). One more lot raises that by about A·σ²·I, so she values it at"),
            Line(
                "  r = v − A·σ²·I = \(Format.value(p.mean)) − \(Format.number(p.shadePerLot))·(\(InventoryText.lots(dealer.inventory))) = \(Format.price(dealer.reservationPrice)); she quotes r ± s."
            ),
            Line("  Nature's customers: a would-be buyer or seller (½ each) trades if the quote is within"),
            Line("  w ~ U[0, W] of v, so P(buy) = ½·(1 − (ask − v)/W) and P(sell) = ½·(1 − (v − bid)/W),"),
            Line("  each kept within [0, ½]. Then E[ΔI] = P(sell) − P(buy) = −(A·σ²/W)·I where neither binds:"),
            Line(
                "  inventory reverts at \(Format.percent(p.reversionRate)) of itself a period. v never changes: no trade is news."
            ),
        ]
    }

    func run(_ result: RunResult<InventoryStep, Never>, detail: Detail, from start: Int) -> [Line] {
        let rows = result.rows(kept: detail == .full ? 10 : 4, InventoryText.row)
        var lines = [InventoryText.rowHeading] + rows.table
        let buys = result.orders[.buy] ?? 0
        let sells = result.orders[.sell] ?? 0
        lines.append(
            Line(
                "\(result.steps) customer\(result.steps == 1 ? "" : "s"): \(buys) bought, \(sells) sold, \(result.steps - buys - sells) left; I went \(InventoryText.lots(start)) → \(InventoryText.lots(dealer.inventory)) (this path)",
                .dim))
        if let stop = rows.interruption { lines.append(stop) }
        return lines + [InventoryText.quote(dealer), InventoryText.flow(dealer)]
    }
}
