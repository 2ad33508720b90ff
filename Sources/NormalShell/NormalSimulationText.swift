import NormalValue
import ShellKit

/// `simulate` in the normal model: the Monte Carlo report, each figure a mean over sessions with
/// its standard error, and each conclusion drawn from those numbers (a difference is called one
/// only beyond two standard errors).
struct NormalSimulationText {
    let summary: NormalSimulationSummary
    let truth: NormalTruth
    let cost: Double

    var lines: [Line] {
        let s = summary
        let n = s.arrivals
        let v: String
        switch truth {
        case .drawn: v = "v drawn from N(m, σ²) per session"
        case .value(let x): v = "v = \(Format.value(x))"
        }
        var lines = [Line("\(s.sessions) sessions × \(n) arrivals, \(v)", .heading)]
        if s.sessions == 0 { return lines + [Line("no session finished, so there is nothing to report", .warning)] }
        let open = s.spreadByTrade[0]
        let end = s.spreadByTrade[n]
        lines.append(
            Line(
                "  spread    t=0 \(Format.price(open.mean))   t=\(n) \(estimate(end))   average \(Format.price(s.averageSpread))"
            ))
        let d0 = s.distanceByTrade[0]
        let d1 = s.distanceByTrade[n]
        lines.append(Line("  |mid − v| t=0 \(estimate(d0))   t=\(n) \(estimate(d1))"))
        lines.append(Line("  " + compare(d0, d1, falling: "prices found v: |mid − v| fell", rising: "|mid − v| rose")))
        lines.append(Line("  market maker's profit per session (realised, against v):"))
        lines.append(
            Line(
                "    from informed \(estimate(s.profitFromInformed))   from uninformed \(estimate(s.profitFromUninformed))"
            ))
        lines.append(
            Line("    total \(estimate(s.profit)) over \(s.informedTrades + s.uninformedTrades) trades in all"))
        lines.append(Line("  " + profitVerdict))
        if s.convergedSessions > 0 {
            lines.append(
                Line(
                    "  \(s.convergedSessions) sessions learnt v to the precision of a Double, at arrival \(Format.value(s.convergenceArrival.mean)) on",
                    .dim))
            lines.append(Line("  average; their quotes stand from then (the limit of the exact model)", .dim))
        }
        if s.failedSessions > 0 {
            lines.append(
                Line("  \(s.failedSessions) sessions met an order of probability 0 and are left out", .warning))
        }
        return lines
    }

    private func estimate(_ e: MeanEstimate) -> String {
        Format.price(e.mean) + (e.standardError.map { " ± \(Format.price($0))" } ?? "")
    }

    /// A change from `a` to `b` is called one when it exceeds two standard errors of the difference.
    private func compare(_ a: MeanEstimate, _ b: MeanEstimate, falling: String, rising: String) -> String {
        guard let sa = a.standardError, let sb = b.standardError else { return "too few sessions to compare (need 2)" }
        let gap = b.mean - a.mean
        let se = (sa * sa + sb * sb).squareRoot()
        if abs(gap) <= 2 * se {
            return "no change beyond 2 standard errors in |mid − v| (\(Format.change(gap)) ± \(Format.price(se)))"
        }
        return "\(gap < 0 ? falling : rising) by \(Format.price(abs(gap))) (± \(Format.price(se)), over 2 s.e.)"
    }

    /// Zero expected profit (c = 0) or c per trade: is the total consistent with it? That holds in
    /// expectation over v drawn from the prior (each quote breaks even given the order); with v
    /// fixed, the market maker profits or loses by how far v sits from the prior mean.
    private var profitVerdict: String {
        let p = summary.profit
        let trades = Double(summary.informedTrades + summary.uninformedTrades) / Double(max(1, summary.sessions))
        let expected = cost * trades
        guard let se = p.standardError else { return "too few sessions for a standard error" }
        guard case .drawn = truth else {
            return "(break-even, c per trade, holds on average over v drawn from the prior, not for one fixed v)"
        }
        let within = abs(p.mean - expected) <= 2 * se
        let target = cost == 0 ? "0 (the quotes break even)" : "about c × trades = \(Format.price(expected))"
        return within
            ? "the total is within 2 s.e. of \(target)" : "the total differs from \(target) by more than 2 s.e."
    }
}
