import NormalValue
import ShellKit

/// `explain` in the normal model: for each side, how the fixed point was found (the trials of
/// `FixedPoint` and the bracket that holds the root) and the equation at the root.
struct NormalExplainText {
    let market: NormalMarket

    /// Trials shown at each end of a long search.
    static let trialsShown = 4

    var lines: [Line] {
        let p = market.parameters
        let posterior = market.posterior
        var lines = [
            Line("t=\(market.time)  where the quotes come from: E[v] = \(Format.price(posterior.mean))", .heading)
        ]
        for (side, name) in [(market.quote.ask, "ask"), (market.quote.bid, "bid")] {
            guard let fixed = side.fixedPoint else {
                if case .none(let why) = side { lines.append(Line("  no \(name): \(why.reason)", .warning)) }
                continue
            }
            let method =
                fixed.scale == nil
                ? "Newton's method on \(name == "ask" ? "a" : "b") − (N/D \(name == "ask" ? "+" : "−") c) = 0, from E[v]"
                : "elastic demand: the first break-even price from the inelastic quote up, by scan and bisection"
            lines.append(Line("  \(name): \(method)", .heading))
            lines += trialLines(fixed.trials)
            let low = Format.price(fixed.bracket.lowerBound)
            let high = Format.price(fixed.bracket.upperBound)
            lines.append(Line("    the root lies in [\(low), \(high)]; \(fixed.trials.count) trials"))
            let mills =
                posterior.isNormal
                ? (
                    z: posterior.standardised(fixed.price),
                    lambda: StandardNormal.inverseMillsRatio(
                        (name == "ask" ? 1 : -1) * posterior.standardised(fixed.price))
                )
                : nil
            lines += NormalEquationText(
                equation: fixed.equation, mills: mills, mean: p.mean, sigma: p.sigma,
                elastic: fixed.scale.map { (fixed.participation, $0) }
            ).lines()
        }
        let open = [market.quote.ask, market.quote.bid].filter { $0.price != nil }.count
        if open == 0 {
            lines.append(
                Line(
                    "  Neither side has a quote: no order trades, and every period is a no-trade that tells nothing, so the belief stays where it is until a parameter changes.",
                    .warning))
            return lines
        }
        lines.append(
            Line(
                "  Given the order that hits \(open == 2 ? "each quote" : "the one quote"), the market maker expects to earn c = \(Format.number(p.cost))",
                .dim))
        lines.append(Line("  per trade: what informed traders take is paid by uninformed ones.", .dim))
        return lines
    }

    private func trialLines(_ trials: [FixedPoint.Trial]) -> [Line] {
        let shown = Self.trialsShown
        func line(_ index: Int, _ trial: FixedPoint.Trial) -> Line {
            Line(
                "    trial \(Format.pad(String(index + 1), 3)) price \(Format.pad(Format.price(trial.price), 14)) residual \(Format.probability(trial.residual))"
            )
        }
        if trials.count <= 2 * shown { return trials.enumerated().map(line) }
        return trials.prefix(shown).enumerated().map(line) + [
            Line("    … \(trials.count - 2 * shown) more trials …", .dim)
        ]
            + trials.suffix(shown).enumerated().map { line(trials.count - shown + $0.offset, $0.element) }
    }
}
