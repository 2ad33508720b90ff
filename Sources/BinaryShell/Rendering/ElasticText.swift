import MarketModel
import ShellKit

/// What the class is shown when uninformed demand is elastic (GM 1985 §3): the participation
/// factors an order met, the break-even quadratic behind each quote, and why a side with no
/// break-even price is withdrawn. Every number is read from the quote's `ElasticSide`.
enum ElasticText {
    private static func names(_ side: Side) -> (name: String, who: String, f: String, eps: String) {
        side == .ask ? ("ask", "buyers", "f", "ε_b") : ("bid", "sellers", "g", "ε_s")
    }

    /// "f = 1 − (ask − E[V])/C = 1 − 1.9383/6 = 0.6769": the share of one side's uninformed who trade.
    private static func factor(_ side: Side, _ quote: SideQuote, epsilon: Double) -> String {
        let (name, who, f, eps) = names(side)
        guard let elastic = quote.elastic else { return "" }
        guard quote.isOpen else { return "\(name) withdrawn: uninformed \(who) leave" }
        let x = elastic.distance
        let distance = side == .ask ? "ask − E[V]" : "E[V] − bid"
        let share = Format.probability(quote.participation)
        let product = Format.probability(epsilon * quote.participation)
        if x <= 0 {
            return "\(who) \(f) = 1 (the \(name) is not beyond E[V]), \(eps)·\(f) = \(product)"
        }
        return
            "\(who) \(f) = 1 − (\(distance))/C = 1 − \(Format.price(x))/\(Format.number(elastic.condition.scale)) = \(share), \(eps)·\(f) = \(Format.probability(epsilon))×\(share) = \(product)"
    }

    /// The step's lines under elastic demand: how many uninformed traders each quote drew, and
    /// (unless `compact`, for a reply that must fit one screen) what that does to the order's likelihood.
    static func stepLines(_ step: BayesStep, parameters p: Parameters, compact: Bool = false) -> [Line] {
        let q = step.quoteBefore
        guard q.ask.elastic != nil || q.bid.elastic != nil else { return [] }
        var lines = [
            Line("  Demand        " + factor(.ask, q.ask, epsilon: p.epsBuy)),
            Line("                " + factor(.bid, q.bid, epsilon: p.epsSell)),
        ]
        guard !compact else { return lines }
        let note =
            step.order == .none
            ? "uninformed traders who decline at these prices send no trade; P(no trade | s) counts them"
            : "uninformed arrivals send this order with \(step.order == .buy ? "ε_b·f" : "ε_s·g") (times 1−μ where news arrived)"
        lines.append(Line("                " + note, .dim))
        return lines
    }

    /// Why a side has no break-even price: the best the market maker can do there still loses.
    static func withdrawal(_ side: Side, _ quote: SideQuote, expected: Double) -> [Line] {
        guard let elastic = quote.elastic, case .withdrawn(let x) = elastic.solution else { return [] }
        let (name, who, f, _) = names(side)
        let c = elastic.condition
        let price = expected + (side == .ask ? x : -x)
        let gain = c.uninformedProfit(at: x)
        let loss = c.informedLoss(at: x)
        return [
            Line(
                "\(name) withdrawn: no \(name) breaks even against elastic \(who) (C = \(Format.number(c.scale))); at its best, \(Format.price(price)) (E[V] \(side == .ask ? "+" : "−") \(Format.price(x))), uninformed \(who) (\(f) = \(Format.probability(c.participation(at: x)))) bring \(Format.price(gain)) per arrival but informed \(who) take \(Format.price(loss)): \(Format.change(gain - loss))",
                .warning)
        ]
    }

    /// `explain`'s derivation of one side: the quadratic with its numbers and the root chosen.
    static func explainLines(_ side: Side, market: Market) -> [Line] {
        let quote = market.quote[side]
        guard let elastic = quote.elastic else { return [] }
        let p = market.parameters
        let c = elastic.condition
        let (name, who, f, eps) = names(side)
        let (a, b, d) = c.quadratic
        let x = side == .ask ? "ask − E[V]" : "E[V] − bid"
        let bound = side == .ask ? "V_H − E[V]" : "E[V] − V_L"
        let news = side == .ask ? "P(V_H)" : "P(V_L)"
        let weight = p.alpha < 1 ? "(π_N + (1−μ)·P(event))" : "(1−μ)"
        let numbers = "\(Format.probability(a))·x² − \(Format.probability(b))·x + \(Format.probability(d)) = 0"
        var lines: [Line]
        if abs(c.uninformedBreakEven) <= 1e-12 * max(1, c.informedBreakEven) {
            // α = 1 and c = 0: GM's own form, x_u = 0 and x_i = V_H − E (E − V_L).
            lines = [
                Line("  \(name)   x = \(x) breaks even where K·(1 − x/C)·x = I·(\(bound) − x):"),
                Line(
                    "        K = \(eps)·\(weight) = \(Format.probability(c.uninformed)), I = μ·\(news) = \(Format.probability(c.informed)), C = \(Format.number(c.scale)), \(bound) = \(Format.price(c.informedLimit))"
                ),
                Line("        K·x²/C − (K + I)·x + I·(\(bound)) = \(numbers)"),
            ]
        } else {
            lines = [
                Line("  \(name)   x = \(x) solves K·\(f)(x)·(x − x_u) = I·(x_i − x), \(f)(x) = 1 − x/C (\(who) priced out)"),
                Line(
                    "        K = \(eps)·\(weight) = \(Format.probability(c.uninformed)), I = μ·\(news) = \(Format.probability(c.informed)), C = \(Format.number(c.scale)), x_u = \(Format.price(c.uninformedBreakEven)), x_i = \(bound) + c = \(Format.price(c.informedBreakEven))"
                ),
                Line("        (K/C)·x² − (K·(1 + x_u/C) + I)·x + K·x_u + I·x_i = \(numbers)"),
            ]
        }
        let disc = b * b - 4 * a * d
        switch elastic.solution {
        case .quoted(let root, let informedTrade):
            let how: String
            if d <= 0 {
                how = "x = \(Format.price(root)): not beyond E[V], where every uninformed trader trades"
            } else if !informedTrade {
                how =
                    "no root below \(bound) = \(Format.price(c.informedLimit)): informed \(who) stay out there, so x = max(\(bound), x_u) = \(Format.price(root))"
            } else {
                how =
                    "smaller root x = (B − √(B² − 4AD))/2A = (\(Format.probability(b)) − √\(Format.probability(disc)))/\(Format.probability(2 * a)) = \(Format.price(root))"
            }
            lines.append(Line("        " + how))
            lines.append(
                Line(
                    "        \(name) = E[V] \(side == .ask ? "+" : "−") x = \(Format.price(quote.price)); \(f) = \(Format.probability(quote.participation)) of uninformed \(who) trade there",
                    .dim))
        case .withdrawn:
            let why =
                disc < 0
                ? "B² − 4AD = \(Format.probability(b * b)) − \(Format.probability(4 * a * d)) < 0: no root"
                : "its roots lie beyond C = \(Format.number(c.scale)), where no uninformed \(who) trade"
            lines.append(Line("        \(why), so no \(name) breaks even", .warning))
            lines += withdrawal(side, quote, expected: market.quote.expectedValue).map { Line("        " + $0.plain, .warning) }
        }
        if !p.toleranceIsOff, let half = quote.halfSpread, elastic.hasBreakEven {
            lines.append(
                Line(
                    "        half-spread \(Format.price(half)); tolerance \(Format.price(p.tolerance)): \(quote.isWithdrawn ? "too wide, the \(name) is withdrawn" : "within it, the \(name) stands")",
                    quote.isWithdrawn ? .warning : .dim))
        }
        return lines
    }
}
