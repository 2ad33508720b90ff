import MarketModel
import ShellKit

/// The reason the quotes moved in two or three lines, for a step that must fit one screen: what
/// moved the belief, and how much the spread moved and from which cause. It reads the same numbers
/// and draws the same conclusions as `Explanation`, without the clauses that spell them out.
struct BriefExplanation {
    let step: BayesStep
    let parameters: Parameters

    var text: String {
        if step.quoteBefore.isClosed {
            return "Both sides are withdrawn, so every arrival leaves: beliefs are frozen."
        }
        let l = step.likelihood
        let shown = eventUncertain ? [l.good, l.bad, l.noEvent] : [l.good, l.bad]
        if shown.allSatisfy({ Explanation.order($0, shown[0]) == 0 }) {
            return "\(capital) is equally likely in every state (\(Format.probability(l.good))): nothing moved."
        }
        return [belief, spread, shut].compactMap { $0 }.joined(separator: " ")
    }

    private var labels: StateLabels { StateLabels(parameters: parameters) }
    private var eventUncertain: Bool { parameters.alpha < 1 }
    private var capital: String { step.order == .none ? "No trade" : "A \(step.order.word)" }
    private var direction: String {
        eventUncertain ? "P(V = \(labels.high) | event)" : "P(V = \(labels.high))"
    }

    /// "A buy is likelier after good news (0.7500 against 0.2500), so P(V = 110) rose to 0.7500."
    /// With α < 1: "A buy raised P(V = 104 | event) to 0.7143 and P(event) to 0.3333."
    private var belief: String {
        let before = Explanation.directionBelief(step.prior)
        let after = Explanation.directionBelief(step.posterior)
        if eventUncertain {
            return "\(capital) \(Self.moved(direction, before, after)) and \(Self.moved("P(event)", step.prior.pEvent, step.posterior.pEvent))."
        }
        let lg = Format.probability(step.likelihood.good)
        let lb = Format.probability(step.likelihood.bad)
        let likelier =
            switch Explanation.order(step.likelihood.good, step.likelihood.bad) {
            case 1: "likelier after good news (\(lg) against \(lb))"
            case -1: "likelier after bad news (\(lb) against \(lg))"
            default: "as likely after good news as after bad (\(lg))"
            }
        let now = Format.probability(after)
        let moved =
            Format.probability(before) == now ? "stayed at \(now)" : "\(after > before ? "rose" : "fell") to \(now)"
        return "\(capital) is \(likelier), so \(direction) \(moved)."
    }

    /// "raised P(V = 104 | event) to 0.7143", "lowered …", "left … at 0.5000".
    private static func moved(_ name: String, _ before: Double, _ after: Double) -> String {
        let now = Format.probability(after)
        if Format.probability(before) == now { return "left \(name) at \(now)" }
        return "\(after > before ? "raised" : "lowered") \(name) to \(now)"
    }

    /// "The spread narrowed by 1.0000: P(V = 110) moved away from ½ (surer of the value)." With
    /// α < 1, the part of the move from each cause.
    private var spread: String? {
        guard let s0 = step.quoteBefore.openSpread, let s1 = step.quoteAfter.openSpread else { return nil }
        let change = s1 - s0
        guard Explanation.matters(change, against: s0) else { return "The spread did not change." }
        let head = "The spread \(change > 0 ? "widened" : "narrowed") by \(Format.price(abs(change)))"
        let before = Explanation.directionBelief(step.prior)
        let after = Explanation.directionBelief(step.posterior)
        let surer = abs(after - 0.5) > abs(before - 0.5)
        guard eventUncertain else {
            guard Explanation.order(before, after) != 0 else { return head + "." }
            let reason =
                "\(direction) moved \(surer ? "away from" : "toward") ½ (\(surer ? "surer" : "less sure") of the value)"
            // The belief's move is the reason only when it points the way the spread went.
            return head + ((change < 0) == surer ? ": \(reason)." : ".")
        }
        guard let parts = Explanation.parts(step.prior, step.posterior, parameters: parameters) else {
            return head + "."
        }
        var causes: [String] = []
        if Explanation.matters(parts.direction, against: s0) {
            causes.append(
                "\(Format.change(parts.direction)) as the direction of the news grew \(surer ? "surer" : "less sure")")
        }
        if Explanation.matters(parts.event, against: s0) {
            let rose = step.posterior.pEvent > step.prior.pEvent
            causes.append("\(Format.change(parts.event)) as P(event) \(rose ? "rose" : "fell")")
        }
        return head + (causes.isEmpty ? "." : ": " + causes.joined(separator: ", ") + ".")
    }

    /// The market shutting with this order (a side withdrawn or reopened shows under the quotes).
    private var shut: String? {
        step.quoteAfter.isClosed && !step.quoteBefore.isClosed
            ? "The market shut: both sides are withdrawn, so nothing can trade." : nil
    }
}
