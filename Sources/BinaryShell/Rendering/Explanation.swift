import Foundation
import MarketModel
import ShellKit

/// The reason the quotes moved, read off the step's own numbers: what moved the belief (the
/// direction of the news, and with α < 1 whether there was news), how each of those moves alone
/// changes the spread, which side moved how, and whether the market shut or reopened.
struct Explanation {
    let step: BayesStep
    let parameters: Parameters
    let labels: StateLabels

    var text: String {
        [belief, spread, market].compactMap { $0 }.joined(separator: " ")
    }

    private var o: String { step.order == .none ? "no trade" : "a \(step.order.word)" }
    private var capital: String { o.prefix(1).uppercased() + o.dropFirst() }
    private var eventUncertain: Bool { parameters.alpha < 1 }

    /// "P(V = 104)" in classic GM, "P(V = 104 | event)" with event uncertainty.
    private var direction: String { eventUncertain ? "P(V = \(labels.high) | event)" : "P(V = \(labels.high))" }

    private var belief: String? {
        let l = step.likelihood
        if step.quoteBefore.isClosed {
            return
                "Both sides are withdrawn, so every arrival leaves: no trade is certain in every state and teaches the market maker nothing. Beliefs are frozen and price discovery has halted."
        }
        let shown = eventUncertain ? [l.good, l.bad, l.noEvent] : [l.good, l.bad]
        if shown.allSatisfy({ Self.order($0, shown[0]) == 0 }) {
            return
                "\(capital) is equally likely in every state (\(Format.probability(l.good))), so it teaches the market maker nothing and nothing moved."
        }
        let lg = Format.probability(l.good)
        let lb = Format.probability(l.bad)
        let likelier =
            switch Self.order(l.good, l.bad) {
            case 1: "likelier after good news than after bad (\(lg) against \(lb))"
            case -1: "likelier after bad news than after good (\(lb) against \(lg))"
            default: "as likely after good news as after bad (\(lg))"
            }
        var sentence =
            "\(capital) is \(likelier), so \(direction) \(Self.moved(Self.directionBelief(step.prior), Self.directionBelief(step.posterior)))"
        if eventUncertain {
            // P(event) moves by the event states' average likelihood against the no-event one.
            let p = step.prior.probability
            let withEvent = (p.bad * l.bad + p.good * l.good) / (p.bad + p.good)
            let comparison =
                switch Self.order(withEvent, l.noEvent) {
                case 1: "likelier with an event than without one"
                case -1: "less likely with an event than without one"
                default: "as likely with an event as without one"
                }
            sentence +=
                "; it is \(comparison) (\(Format.probability(withEvent)) on average against \(Format.probability(l.noEvent))), so P(event) \(Self.moved(step.prior.pEvent, step.posterior.pEvent))"
        }
        return sentence + "."
    }

    /// How the spread moved, and how much of it each move of the belief explains alone.
    private var spread: String? {
        guard let s0 = step.quoteBefore.openSpread, let s1 = step.quoteAfter.openSpread else { return nil }
        let change = s1 - s0
        guard Self.matters(change, against: s0) else { return "The spread did not change." }
        let verb = change > 0 ? "widened" : "narrowed"
        var sentence = "The spread \(verb) by \(Format.price(abs(change)))\(sides)"
        guard eventUncertain, let parts = Self.parts(step.prior, step.posterior, parameters: parameters) else {
            return sentence + ": " + directionClause(change, alone: false) + "."
        }
        var clauses: [String] = []
        if Self.matters(parts.direction, against: s0) { clauses.append(directionClause(parts.direction, alone: true)) }
        if Self.matters(parts.event, against: s0) { clauses.append(eventClause(parts.event)) }
        if clauses.isEmpty { return sentence + "." }
        sentence += ": " + clauses.joined(separator: "; ")
        if clauses.count == 2 { sentence += " (the two effects averaged over the order in which they are applied)" }
        return sentence + "."
    }

    /// "(ask +0.5009, bid +0.6000)".
    private var sides: String {
        guard let a0 = step.quoteBefore.ask.openPrice, let a1 = step.quoteAfter.ask.openPrice,
            let b0 = step.quoteBefore.bid.openPrice, let b1 = step.quoteAfter.bid.openPrice
        else { return "" }
        return " (ask \(Format.change(a1 - a0)), bid \(Format.change(b1 - b0)))"
    }

    /// The direction of the news: surer when the belief moved away from ½.
    private func directionClause(_ effect: Double, alone: Bool) -> String {
        let before = Self.directionBelief(step.prior)
        let after = Self.directionBelief(step.posterior)
        let surer = abs(after - 0.5) > abs(before - 0.5)
        let sure = surer ? "surer" : "less sure"
        let toward = surer ? "away from ½" : "toward ½"
        let head =
            alone
            ? "with P(event) held, the move of \(direction) \(toward) (the market maker is \(sure) of the direction of the news) \(effect > 0 ? "widens" : "narrows") it by \(Format.price(abs(effect)))"
            : "\(direction) moved \(toward), so the market maker is \(sure) of the value"
        guard !alone else { return head }
        if (effect < 0) == surer {
            return head
                + (surer
                    ? " and the informed have less of an edge over it"
                    : " and the informed have more of an edge over it")
        }
        let lopsided =
            parameters.epsBuy != parameters.epsSell
            ? " (with ε_b = \(Format.number(parameters.epsBuy)) and ε_s = \(Format.number(parameters.epsSell)) the spread is not widest at ½)"
            : ""
        return head + ", yet the spread \(effect > 0 ? "widened" : "narrowed")\(lopsided)"
    }

    /// Whether informed traders are active: the part of the spread's move that P(event) makes alone.
    /// It usually widens the spread when they seem more likely and narrows it when less; when it
    /// goes the other way the clause says so, and gives no reason it cannot compute.
    private func eventClause(_ effect: Double) -> String {
        let rose = step.posterior.pEvent > step.prior.pEvent
        let likely = "informed traders now seem \(rose ? "more" : "less") likely to be active"
        let change = "with \(direction) held, the \(rose ? "rise" : "fall") in P(event)"
        let moves = "\(effect > 0 ? "widens" : "narrows") it by \(Format.price(abs(effect)))"
        guard rose != (effect > 0) else { return "\(change) (\(likely)) \(moves)" }
        return "\(change) \(moves), even though \(likely)"
    }

    /// Whether the market shut, or a side closed or reopened, with this step.
    private var market: String? {
        let a = step.quoteBefore
        let b = step.quoteAfter
        if b.isClosed, !a.isClosed, b.ask.hasNoBreakEven || b.bid.hasNoBreakEven {
            return
                "The market shut: both sides are withdrawn (against elastic uninformed demand \(b.ask.hasNoBreakEven && b.bid.hasNoBreakEven ? "neither side has" : "a side has no") break-even price; explain shows why), so nothing can trade and beliefs freeze until a parameter changes."
        }
        if b.isClosed, !a.isClosed {
            return
                "The market shut: both sides' break-even half-spreads now exceed the tolerance \(Format.price(parameters.tolerance)), so the market maker withdraws both, nothing can trade and beliefs freeze until a parameter changes."
        }
        var notes: [String] = []
        for (name, before, after) in [("ask", a.ask, b.ask), ("bid", a.bid, b.bid)] {
            if before.isOpen, after.isWithdrawn { notes.append("the \(name) is now withdrawn") }
            if before.isWithdrawn, after.isOpen { notes.append("the \(name) reopened") }
        }
        guard !notes.isEmpty else { return nil }
        let text = notes.joined(separator: " and ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    /// 1, −1 or 0 as `a` is above, below or (to 1e-12 relative, rounding) equal to `b`.
    static func order(_ a: Double, _ b: Double) -> Int {
        if abs(a - b) <= 1e-12 * max(abs(a), abs(b)) { return 0 }
        return a > b ? 1 : -1
    }

    /// Whether a change of the spread is more than rounding.
    static func matters(_ change: Double, against spread: Double) -> Bool {
        abs(change) >= 1e-9 * max(1, abs(spread))
    }

    /// P(V_H | event): the belief about the direction of the news.
    static func directionBelief(_ belief: Belief) -> Double {
        let p = belief.probability
        return p.good / (p.good + p.bad)
    }

    /// The spread's change split into the part from P(event) and the part from P(V_H | event):
    /// each move applied alone, averaged over the two orders (so the parts add up to the change).
    static func parts(_ before: Belief, _ after: Belief, parameters: Parameters) -> (event: Double, direction: Double)?
    {
        func spread(event: Belief, direction: Belief) -> Double? {
            Quote(belief: mixed(event: event, direction: direction), parameters: parameters).breakEvenSpread
        }
        guard let s00 = spread(event: before, direction: before), let s11 = spread(event: after, direction: after),
            let s10 = spread(event: after, direction: before), let s01 = spread(event: before, direction: after)
        else { return nil }
        let event = ((s10 - s00) + (s11 - s01)) / 2
        return (event, (s11 - s00) - event)
    }

    /// The belief with `event`'s P(event) and `direction`'s P(V_H | event).
    static func mixed(event: Belief, direction: Belief) -> Belief {
        let e = event.logProbability
        let d = direction.logProbability
        let logEvent = log(-expm1(e.noEvent))
        let logDirection = log(exp(d.good) + exp(d.bad))
        return Belief(
            normalisedLog: StateVector(
                noEvent: e.noEvent, bad: logEvent + d.bad - logDirection, good: logEvent + d.good - logDirection))
    }

    /// "rose from 0.5000 to 0.6500", "fell from …", or "stayed at 0.5000".
    static func moved(_ before: Double, _ after: Double) -> String {
        if Format.probability(before) == Format.probability(after) { return "stayed at \(Format.probability(after))" }
        return "\(after > before ? "rose" : "fell") from \(Format.probability(before)) to \(Format.probability(after))"
    }
}
