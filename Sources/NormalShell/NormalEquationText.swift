import Foundation
import NormalValue
import ShellKit

/// Glosten and Milgrom's break-even equation for one side with the numbers filled in, checked at
/// the printed price: what `buy`/`sell` and `explain` print for the quote an order meets.
///
/// For the ask: P(v > a); E[v | v > a] (as m + σ·λ(z) while the belief is still the prior normal);
/// N = μ·P(v > a)·E[v | v > a] + (1−μ)·ε_b·E[v] (that is μ·E(v·1{v>a}) + (1−μ)ε_b·E(v));
/// D = μ·P(v > a) + (1−μ)·ε_b; and a = N/D + c. The bid mirrors it with v < b and − c.
struct NormalEquationText {
    let equation: QuoteEquation
    /// z and λ at the price, when the belief was the prior normal (nil once it is not).
    let mills: (z: Double, lambda: Double)?
    /// The prior's m and σ, for m + σ·λ(z).
    let mean: Double
    let sigma: Double
    /// With elastic demand, the quote's share of uninformed traders who trade and C (nil: inelastic).
    var elastic: (participation: Double, scale: Double)? = nil

    private var isAsk: Bool { equation.side == .ask }
    private var q: String { isAsk ? "a" : "b" }
    private var tail: String { isAsk ? "v > a" : "v < b" }
    private var eps: String { (isAsk ? "ε_b" : "ε_s") + (elastic == nil ? "" : (isAsk ? "·f" : "·g")) }
    private var sign: String { isAsk ? "+" : "−" }

    /// "f = 1 − (a − E[v])/C = …, so ε_b·f = …": the uninformed share at the price, when elastic.
    private func participationLines(_ indent: String) -> [Line] {
        guard let elastic else { return [] }
        let e = equation
        let distance = isAsk ? e.price - e.expectedValue : e.expectedValue - e.price
        let f = isAsk ? "f" : "g"
        let base = elastic.participation > 0 ? e.eps / elastic.participation : 0
        return [
            Line(
                "\(indent)\(f) = 1 − (\(isAsk ? "a − E[v]" : "E[v] − b"))/C = 1 − \(Format.price(distance))/\(Format.number(elastic.scale)) = \(Format.probability(elastic.participation)), so \(eps) = \(Format.number(base)) × \(Format.probability(elastic.participation)) = \(Format.probability(e.eps))"
            )
        ]
    }

    /// The derivation, each line indented by `indent`.
    func lines(indent: String = "    ") -> [Line] {
        let e = equation
        let price = Format.price(e.price)
        var lines =
            [
                Line("\(indent)\(q) = [μ·E(v·1{\(tail)}) + (1−μ)\(eps)·E(v)] / [μ·P(\(tail)) + (1−μ)\(eps)] \(sign) c"),
                Line(
                    "\(indent)P(\(tail))     = P(v \(isAsk ? ">" : "<") \(price)) = \(Format.probability(e.tailProbability))\(zNote)"
                ),
            ] + participationLines(indent) + tailMeanLines(indent)
        let mu = Format.number(e.mu)
        let k = Format.number(1 - e.mu)
        let ep = Format.number(e.eps)
        let tailMean = Format.price(e.tailMean ?? 0)
        lines.append(Line("\(indent)N = μ·P(\(tail))·E[v | \(tail)] + (1−μ)·\(eps)·E[v]"))
        lines.append(
            Line(
                "\(indent)  = \(mu) × \(Format.probability(e.tailProbability)) × \(tailMean) + \(k) × \(ep) × \(Format.price(e.expectedValue)) = \(Format.price(e.numerator))"
            ))
        lines.append(
            Line(
                "\(indent)D = μ·P(\(tail)) + (1−μ)·\(eps) = \(mu) × \(Format.probability(e.tailProbability)) + \(k) × \(ep) = \(Format.probability(e.denominator))"
            ))
        lines.append(
            Line(
                "\(indent)N/D \(sign) c = \(Format.price(e.numerator)) / \(Format.probability(e.denominator)) \(sign) \(Format.number(e.cost)) = \(Format.price(e.breakEvenPrice))"
            ))
        lines.append(Line("\(indent)at \(q) = \(price): \(q) − (N/D \(sign) c) = \(residual), \(check)"))
        return lines
    }

    /// The same equation in three lines, for a reply that must fit one screen: the formula (after
    /// a label of 16 columns), its pieces at the price, and N/D ± c against the price.
    func compactLines(indent: String = "    ") -> [Line] {
        let e = equation
        let tailMean = e.tailMean.map(Format.price) ?? "undefined"
        let holds = abs(e.residual) <= 1e-9 * max(1, abs(e.price)) ? "holds" : "does not hold"
        return [
            Line(
                "\(indent)\(q) = [μ·E(v·1{\(tail.replacingOccurrences(of: " ", with: ""))}) + (1−μ)\(eps)·E(v)]/[μ·P(\(tail)) + (1−μ)\(eps)] \(sign) c"
            ),
            Line(
                "\(indent)P(v \(isAsk ? ">" : "<") \(Format.price(e.price))) = \(Format.probability(e.tailProbability)), E[v | \(tail)] = \(tailMean), (1−μ)·\(eps) = \(Format.number(1 - e.mu)) × \(Format.number(e.eps))"
            ),
            Line(
                "\(indent)N/D \(sign) c = \(Format.price(e.numerator)) / \(Format.probability(e.denominator)) \(sign) \(Format.number(e.cost)) = \(Format.price(e.breakEvenPrice)); \(q) − (N/D \(sign) c) = \(residual): \(holds)"
            ),
        ]
    }

    /// z for the price, when the belief is normal.
    private var zNote: String {
        guard let mills else { return "" }
        return isAsk ? "   (z = \(Format.price(mills.z)), 1 − Φ(z))" : "   (z = \(Format.price(mills.z)), Φ(z))"
    }

    /// E[v | tail]: through the inverse Mills ratio while the belief is normal; from the posterior's
    /// Φ/φ sums once the quotes met so far have cut it.
    private func tailMeanLines(_ indent: String) -> [Line] {
        let head = "\(indent)E[v | \(tail)] = "
        guard let tailMean = equation.tailMean else { return [Line(head + "undefined: no mass there")] }
        guard let mills else { return [Line(head + "\(Format.price(tailMean))   (not normal now: from the Φ/φ sums)")] }
        let term = isAsk ? "m + σ·λ(z), λ(z) = φ(z)/(1 − Φ(z))" : "m − σ·λ(−z), λ(−z) = φ(z)/Φ(z)"
        let numbers =
            "\(Format.value(mean)) \(isAsk ? "+" : "−") \(Format.value(sigma)) × \(Format.probability(mills.lambda))"
        return [
            Line(head + term),
            Line(
                indent + String(repeating: " ", count: head.count - indent.count - 2)
                    + "= \(numbers) = \(Format.price(tailMean))"),
        ]
    }

    /// The residual price − (N/D ± c) at the printed price, in price units.
    private var residual: String {
        equation.residual == 0 ? "0" : String(format: "%.1e", equation.residual)
    }

    /// Whether the equation holds at the printed price (to 1e-9 of the price).
    private var check: String {
        abs(equation.residual) <= 1e-9 * max(1, abs(equation.price)) ? "so the equation holds" : "so it does not hold"
    }
}
