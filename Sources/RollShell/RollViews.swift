import DealerModels
import MarketCore
import ShellKit

/// `state`, `params`, `history`, `explain` and `run N` under the Roll model.
struct RollViews {
    let session: RollSession

    private var market: RollMarket { session.market }
    private var p: RollParameters { market.parameters }

    /// `state`: the efficient price and quotes, the last trade, the covariance against its
    /// expectation for this many pairs.
    var state: [Line] {
        var lines = [
            Line("t=\(market.time)  Roll's market", .heading),
            Line(
                "  efficient price m = \(Format.price(market.efficientPrice)) (started at m₀ = \(Format.value(p.mean)))"
            ),
            Line([Span("  ")] + RollText.quote(market).spans),
        ]
        if let price = market.lastPrice {
            lines.append(
                Line(
                    "  last trade at \(Format.price(price)); last change Δp = \(market.covariance.lastChange.map(Format.change) ?? "— (one trade so far)")"
                ))
        }
        let pairs = market.covariance.pairs
        if let cov = market.covariance.covariance {
            let estimate =
                RollEstimator.spread(covariance: cov).map { "2√(−cov) = \(Format.price($0))" }
                ?? "2√(−cov) undefined (cov ≥ 0)"
            lines.append(Line("  cov(Δp_t, Δp_{t−1}) = \(Format.change(cov)) over \(pairs) pairs (this path)"))
            lines.append(Line("  Roll: \(estimate); the true spread 2c = \(Format.price(2 * p.halfSpread))"))
            lines.append(
                Line(
                    "  E[cov] over \(pairs) pairs = −4γ(1−γ)c² − (n−1)σ²/n² = \(Format.change(p.expectedSampleCovariance(pairs: pairs))) (long tape: \(Format.change(p.serialCovariance)))",
                    .dim))
        } else {
            lines.append(
                Line(
                    "  \(pairs) pairs of consecutive changes so far: the covariance needs \(SerialCovariance.minimumPairs)",
                    .dim))
        }
        return lines
    }

    /// `params`: the table with values, then the shell's settings.
    func params(detail: Detail) -> [Line] {
        ParamsView(.roll, nameWidth: 13, parameters: p, truth: "—", seed: session.seed, detail: detail).lines
    }

    /// `history N`: the last N trades as rows, replayed from the tape.
    func history(_ count: Int) -> [Line] {
        let view = HistoryView(
            empty: "no trades yet (t = 0)", heading: RollText.rowHeading, indent: "    ", entries: "trades")
        return view.lines(count: session.periods, last: count) { range, row in
            session.replay(range) { row(RollText.row($0, trader: $1)) }
        }
    }

    /// `explain`: why the covariance of price changes is −c²·Var(q), with this market's numbers.
    var explain: [Line] {
        let c = Format.value(p.halfSpread)
        return [
            Line("Why the price changes are negatively correlated", .heading),
            Line("  p_t = m_t + c·q_t, so Δp_t = e_t + c·(q_t − q_{t−1}): a permanent step e_t and a transitory"),
            Line("  bounce. The steps are independent of everything, and so are the signs, so"),
            Line("  Cov(Δp_t, Δp_{t−1}) = c²·Cov(q_t − q_{t−1}, q_{t−1} − q_{t−2}) = −c²·Var(q) = −c²·4γ(1−γ)"),
            Line(
                "  = −\(c)²·4·\(Format.number(p.gamma))·\(Format.number(1 - p.gamma)) = \(Format.change(p.serialCovariance)); Roll inverts it: 2√(−cov) = \(Format.price(p.estimateLimit))"
                    + (p.gamma == 0.5 ? " = 2c." : ", which is 2c only at gamma = ½.")),
            Line("  The sample covariance over n pairs averages −4γ(1−γ)c² − (n−1)σ²/n² (the means it subtracts"),
            Line("  are estimated): a little below it on a short path. Any one path scatters around that."),
        ]
    }

    /// `run N`: the rows at both ends, the counts, and the covariance against its expectation.
    func run(_ result: RunResult<RollTrade, Never>, detail: Detail) -> [Line] {
        let rows = result.rows(kept: detail == .full ? 10 : 4) { RollText.row($0, trader: .uninformed) }
        var lines = [RollText.rowHeading] + rows.table
        let buys = result.orders[.buy] ?? 0
        let sells = result.steps - buys
        let trades = result.steps == 1 ? "1 noise trade" : "\(result.steps) noise trades"
        lines.append(
            Line("\(trades): \(buys) buy\(buys == 1 ? "" : "s"), \(sells) sell\(sells == 1 ? "" : "s")", .dim))
        if let last = result.lastStep { lines += RollText.covariance(last, p) }
        if let stop = rows.interruption { lines.append(stop) }
        return lines + [RollText.quote(market)]
    }
}
