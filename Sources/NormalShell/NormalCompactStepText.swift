import NormalValue
import ShellKit

/// One normal-model step laid out to fit a screen (a lesson's step at 80×24): the fixed point in
/// three lines beside its label, P(informed | order) and the posterior on one line each, the quotes two to a line,
/// the why and the hidden part. Every number is the `NormalBayesStep`'s, as in the full layout.
extension NormalStepText {
    var compactFixedPoint: [Line] {
        guard let equation = step.equation else {
            let p = parameters
            return [
                Line(
                    "  No trade      P(b ≤ v ≤ a) = \(Format.probability(step.informedPieceProbability)) (informed traders stay out), E[v | b ≤ v ≤ a] = \(Format.price(step.informedPieceMean))"
                ),
                Line(
                    "    P(no trade) = μ·P(b ≤ v ≤ a) + (1−μ)(1−ε_b\(elastic ? "·f" : "")−ε_s\(elastic ? "·g" : "")) = \(Format.number(p.mu)) × \(Format.probability(step.informedPieceProbability)) + \(Format.number(1 - p.mu)) × \(Format.number(uninformedStayOut)) = \(Format.probability(step.evidence))"
                ),
            ]
        }
        var lines = NormalEquationText(
                equation: equation, mills: nil, mean: parameters.mean, sigma: parameters.sigma,
                elastic: step.quoteBefore[step.order == .buy ? .ask : .bid].fixedPoint.flatMap { fixed in
                    fixed.scale.map { (fixed.participation, $0) }
                }
            ).compactLines()
        // The formula beside the label: `  Fixed point   a = [μ·E(v·1{v > a}) + …] + c`.
        lines[0] = Line("  Fixed point   " + lines[0].plain.drop { $0 == " " }, .heading)
        return lines
    }

    var compactInformed: [Line] {
        [
            Line(
                "  Informed?     P(trader informed | \(word)) = \(Format.number(parameters.mu)) × \(Format.probability(step.informedPieceProbability)) / \(Format.probability(step.evidence)) = \(Format.probability(step.pInformed))"
            )
        ]
    }

    /// `E[v | buy] = 0.0000 + 0.3985 × (+1.0948) = 0.4363; sd[v] 1.0000 → 0.8804`.
    var compactPosterior: [Line] {
        let before = Format.price(step.meanBefore)
        let after = Format.price(step.meanAfter)
        let sd = "; sd[v] \(Format.price(step.standardDeviationBefore)) → \(Format.price(step.standardDeviationAfter))"
        guard let pieceMean = step.informedPieceMean else {
            return [Line("  Posterior     E[v | \(word)] = \(before) (no mass where informed traders send it)\(sd)")]
        }
        let shift = Format.change(pieceMean - step.meanBefore)
        return [
            Line(
                "  Posterior     E[v | \(word)] = \(before) + \(Format.probability(step.pInformed)) × (\(shift)) = \(after)\(sd)")
        ]
    }

    /// `a buy is likelier when v > a: E[v] rose by 0.4363; the spread narrowed by 0.0051 (0.8727 → 0.8675)`.
    var compactWhy: [Line] {
        let moved = step.meanAfter - step.meanBefore
        // Moves named by their size as printed, as in the full why.
        var text = whyClause(compact: true) + ": E[v] " + Self.moved(moved, up: "rose", down: "fell")
        if let s0 = step.quoteBefore.spread, let s1 = step.quoteAfter.spread {
            let verb = Self.moved(s1 - s0, up: "widened", down: "narrowed")
            text += "; the spread \(verb) (\(Format.price(s0)) → \(Format.price(s1)))"
        }
        return [Line("  Why           " + text)]
    }

    /// `true v = -0.3033; market maker made +0.7396 (expected ±0.0000)`, with the trader's type.
    var compactHidden: [Line] {
        var parts: [String] = []
        if let trader = step.trader.hiddenClause(compact: true) { parts.append(trader) }
        parts.append("true v = \(Format.price(truthValue))")
        if let profit = step.realisedProfit, let expected = step.expectedProfit {
            parts.append("market maker made \(Format.change(profit)) (expected \(Format.change(expected)))")
        }
        return [Line("  Hidden        " + parts.joined(separator: "; "), .hidden)]
    }
}
