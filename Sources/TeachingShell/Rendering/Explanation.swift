import MarketModel

/// The one-sentence reason the quotes moved, read off the step's own numbers.
struct Explanation {
    let step: BayesStep
    let parameters: Parameters
    let labels: StateLabels

    var text: String {
        [belief, spread].compactMap { $0 }.joined(separator: " ")
    }

    private var o: String { step.order == .none ? "no trade" : "a \(step.order.word)" }

    private var belief: String? {
        let before = step.prior.pHigh, after = step.posterior.pHigh
        let lg = Format.probability(step.likelihood.good), lb = Format.probability(step.likelihood.bad)
        if step.likelihood.good == step.likelihood.bad, step.likelihood.noEvent == step.likelihood.good {
            return "\(o.prefix(1).uppercased() + o.dropFirst()) is equally likely in every state (\(lg)), so it teaches the market maker nothing and nothing moved."
        }
        let direction = after > before ? "rose" : (after < before ? "fell" : "stayed")
        let likelier = step.likelihood.good > step.likelihood.bad
            ? "likelier after good news (\(lg) against \(lb))"
            : (step.likelihood.good < step.likelihood.bad ? "likelier after bad news (\(lb) against \(lg))" : "as likely after good news as after bad (\(lg))")
        var sentence = "\(o.prefix(1).uppercased() + o.dropFirst()) is \(likelier), so P(V = \(labels.high)) \(direction) from \(Format.probability(before)) to \(Format.probability(after))"
        if parameters.alpha < 1 {
            let e0 = step.prior.pEvent, e1 = step.posterior.pEvent
            let eventWord = e1 > e0 ? "rose" : (e1 < e0 ? "fell" : "stayed")
            sentence += " and P(event) \(eventWord) from \(Format.probability(e0)) to \(Format.probability(e1))"
        }
        return sentence + "."
    }

    private var spread: String? {
        guard let s0 = step.quoteBefore.spread, let s1 = step.quoteAfter.spread else { return nil }
        let change = s1 - s0
        if abs(change) < 1e-9 * max(1, abs(s0)) { return "The spread did not change." }
        if change > 0 {
            if parameters.alpha < 1, step.posterior.pEvent > step.prior.pEvent {
                return "The spread widened: the market maker now thinks informed traders are more likely to be active."
            }
            return "The spread widened: the market maker is less sure of the value than before."
        }
        if parameters.alpha < 1, step.posterior.pEvent < step.prior.pEvent {
            return "The spread narrowed: informed traders now seem less likely to be active."
        }
        return "The spread narrowed: the market maker is surer of the value, so the informed have less of an edge over it."
    }
}
