import NormalValue

/// One normal-model step laid out to fit a screen (a lesson's step at 80×24): the fixed point in
/// three lines, P(informed | order) and the posterior on one line each, the quotes two to a line,
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
        let side = step.order == .buy ? "ask" : "bid"
        return [Line("  Fixed point   the \(side) the order met, with the numbers filled in", .heading)]
            + NormalEquationText(
                equation: equation, mills: nil, mean: parameters.mean, sigma: parameters.sigma,
                elastic: step.quoteBefore[step.order == .buy ? .ask : .bid].fixedPoint.flatMap { fixed in
                    fixed.scale.map { (fixed.participation, $0) }
                }
            ).compactLines()
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

    /// The why's three clauses joined into one sentence.
    var compactWhy: [Line] {
        let clauses = why.map { $0.plain.trimmingCharacters(in: .whitespaces) }
        guard let first = clauses.first else { return [] }
        let rest = clauses.dropFirst().joined(separator: "; ")
        return [Line("  " + first + (rest.isEmpty ? "" : " " + rest))]
    }

    /// `true value v = -0.3033; market maker's profit +0.7396 (expected ±0.0000)`, with the trader's type.
    var compactHidden: [Line] {
        var parts: [String] = []
        switch step.trader {
        case .informed: parts.append("informed trader")
        case .uninformed: parts.append("noise trader")
        case .unknown: break
        }
        parts.append("true value v = \(Format.price(truthValue))")
        if let profit = step.realisedProfit, let expected = step.expectedProfit {
            parts.append("market maker's profit \(Format.change(profit)) (expected \(Format.change(expected)))")
        }
        return [Line("  Hidden        " + parts.joined(separator: "; "), .hidden)]
    }
}
