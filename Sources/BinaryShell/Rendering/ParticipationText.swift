import MarketModel
import ShellKit

/// What the class is told when informed traders stay out of a side because its price does not pay
/// (V_H ≤ ask, or V_L ≥ bid): in a step, in the teacher's hidden line, and in `explain`.
/// Every sentence is worded from the quote the order met and the step's own numbers.
struct ParticipationText {
    let parameters: Parameters

    private var labels: StateLabels { StateLabels(parameters: parameters) }

    /// "it is above V_H = 104" or "it is V_H = 104 itself": why informed traders do not trade at `price`.
    private func reason(_ side: Side, price: Double) -> String {
        let (bound, name) = side == .ask ? (parameters.high, "V_H") : (parameters.low, "V_L")
        if price == bound {
            return "it is \(name) = \(Format.value(bound)) itself, where an informed trader gains nothing"
        }
        return "it is \(side == .ask ? "above" : "below") \(name) = \(Format.value(bound))"
    }

    private func verb(_ side: Side) -> String { side == .ask ? "buy" : "sell" }

    /// The step's lines, one per open side where informed traders stayed out at the quote met.
    func stepLines(_ step: BayesStep) -> [Line] {
        var lines: [Line] = []
        for side in [Side.ask, .bid] {
            let quote = step.quoteBefore[side]
            guard quote.isOpen, !quote.informedTrade, let price = quote.price else { continue }
            var text = "informed traders do not \(verb(side)) at \(Format.price(price)): \(reason(side, price: price))"
            let news: MarketState = side == .ask ? .good : .bad
            if step.order == side.order {
                text +=
                    ", so this \(verb(side)) does not tell good news from bad"
                    + " (P(\(step.order.word) | V = \(labels.high)) = P(\(step.order.word) | V = \(labels.low)) = \(Format.probability(step.likelihood[news])))"
                if parameters.alpha < 1 {
                    let before = step.prior.pEvent
                    let after = step.posterior.pEvent
                    let moved = after < before ? "lowers" : (after > before ? "raises" : "leaves")
                    text +=
                        "; it \(moved) P(event) \(after == before ? "at \(Format.probability(after))" : "from \(Format.probability(before)) to \(Format.probability(after))"), since only uninformed traders \(verb(side)) now"
                }
            } else if step.order == .none {
                text +=
                    "; after \(news == .good ? "good" : "bad") news they stay out, so P(no trade | V = \(news == .good ? labels.high : labels.low)) includes μ = \(Format.probability(parameters.mu))"
            }
            lines.append(Line("  Stay out      " + text))
        }
        return lines
    }

    /// For the hidden line: why an informed arrival did not trade, when it stayed out at the quote.
    func hiddenClause(_ step: BayesStep) -> String? {
        guard step.trader == .informed, step.wanted == .none else { return nil }
        let side: Side = step.trueValue == parameters.high ? .ask : .bid
        guard let price = step.quoteBefore[side].price else { return nil }
        return
            "it did not \(verb(side)): the \(side == .ask ? "ask" : "bid") \(Format.price(price)) does not pay (\(reason(side, price: price)))"
    }

    /// Who sends a no-trade among the informed, for the "Informed?" line: they left a withdrawn side
    /// or stayed out where the price does not pay.
    static func noTradeSenders(_ quote: Quote) -> String {
        var parts: [String] = []
        if !quote.ask.isOpen || !quote.bid.isOpen { parts.append("leave the withdrawn side") }
        if (quote.ask.isOpen && !quote.ask.informedTrade) || (quote.bid.isOpen && !quote.bid.informedTrade) {
            parts.append("stay out where the price does not pay")
        }
        return " (informed traders who arrive \(parts.joined(separator: " or ")))"
    }

    /// `explain`'s lines after a side's E[V | order] ± c: which branch gives the price, and why.
    func explainLines(_ side: Side, market: Market) -> [Line] {
        let quote = market.quote[side]
        guard let a1 = quote.withInformed, let price = quote.price,
            parameters.cost > 0 || !quote.informedTrade
        else { return [] }
        let (name, bound, boundName) = side == .ask ? ("ask", parameters.high, "V_H") : ("bid", parameters.low, "V_L")
        let first = side == .ask ? "a1" : "b1"
        let second = side == .ask ? "a0" : "b0"
        if quote.informedTrade {
            return [
                Line(
                    "        \(first) = \(Format.price(a1)) \(side == .ask ? "<" : ">") \(boundName) = \(Format.value(bound)): informed traders \(verb(side)) at it, so the \(name) is \(first)",
                    .dim)
            ]
        }
        var lines = [
            Line(
                "        \(first) = \(Format.price(a1)) is not \(side == .ask ? "below" : "above") \(boundName) = \(Format.value(bound)): informed traders would not \(verb(side)) there, so the market maker quotes without them"
            )
        ]
        let p = market.belief.probability
        let v = parameters.values
        let l = parameters.likelihood(of: side.order, informed: false)
        let states = labels.shown
        let sign = side == .ask ? "+" : "−"
        let weights = states.map { "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))" }
        let numerator = states.map {
            "\(Format.probability(p[$0]))×\(Format.probability(l[$0]))×\(Format.value(v[$0]))"
        }
        if let a0 = quote.withoutInformed {
            let top = states.map { p[$0] * l[$0] * v[$0] }.reduce(0, +)
            let bottom = states.map { p[$0] * l[$0] }.reduce(0, +)
            lines.append(Line("  \(second)    = E[V | \(side.order.word), informed traders stay out] \(sign) c"))
            lines.append(
                Line(
                    "        = (\(numerator.joined(separator: " + "))) / (\(weights.joined(separator: " + "))) \(sign) \(Format.number(parameters.cost))"
                ))
            lines.append(
                Line(
                    "        = \(Format.price(top)) / \(Format.probability(bottom)) \(sign) \(Format.number(parameters.cost)) = \(Format.price(a0))"
                ))
            lines.append(
                Line(
                    "  \(name)   = \(side == .ask ? "max" : "min")(\(boundName), \(second)) = \(side == .ask ? "max" : "min")(\(Format.value(bound)), \(Format.price(a0))) = \(Format.price(price))"
                ))
        } else {
            lines.append(
                Line(
                    "  \(name)   = \(boundName) = \(Format.value(bound)): without informed traders no \(side.order.word) can arrive, and the market maker cannot lose at \(boundName)"
                ))
        }
        return lines
    }
}
