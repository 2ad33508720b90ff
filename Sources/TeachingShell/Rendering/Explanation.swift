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
        let l = step.likelihood
        let lg = Format.probability(l.good), lb = Format.probability(l.bad), ln = Format.probability(l.noEvent)
        let capital = o.prefix(1).uppercased() + o.dropFirst()
        if step.prior.logProbability == step.posterior.logProbability || (after == before && step.posterior.pEvent == step.prior.pEvent) {
            if step.quoteBefore.isClosed {
                return "Both sides are withdrawn, so every arrival leaves: no trade is certain in every state and teaches the market maker nothing. Beliefs are frozen and price discovery has halted."
            }
            return "\(capital) is equally likely in every state (\(lg)), so it teaches the market maker nothing and nothing moved."
        }
        let likelier = l.good > l.bad
            ? "likelier after good news (\(lg) against \(lb))"
            : (l.good < l.bad ? "likelier after bad news (\(lb) against \(lg))" : "as likely after good news as after bad (\(lg))")
        var sentence = "\(capital) is \(likelier)"
        if parameters.alpha < 1, l.noEvent > max(l.good, l.bad) || l.noEvent < min(l.good, l.bad) {
            sentence += " and \(l.noEvent > max(l.good, l.bad) ? "likelier" : "less likely") without an event (\(ln))"
        }
        sentence += ", so P(V = \(labels.high)) \(moved(before, after))"
        if parameters.alpha < 1 {
            sentence += " and P(event) \(moved(step.prior.pEvent, step.posterior.pEvent))"
        }
        return sentence + "."
    }

    /// "rose from 0.5000 to 0.6500", "fell from …", or "stayed at 0.5000".
    private func moved(_ before: Double, _ after: Double) -> String {
        if Format.probability(before) == Format.probability(after) { return "stayed at \(Format.probability(after))" }
        return "\(after > before ? "rose" : "fell") from \(Format.probability(before)) to \(Format.probability(after))"
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
