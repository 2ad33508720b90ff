import Foundation

@testable import PINModel

// Shared helpers for the PIN-model tests. Every expected number lives in the test that uses it,
// computed there; these only build inputs.

/// InfoTrad's 10-day example (Celik and Tinic's package documentation).
let infoTradDays: [TradingDay] = zip(
    [350, 250, 500, 552, 163, 345, 847, 923, 123, 349], [382, 500, 463, 550, 200, 323, 456, 342, 578, 455]
).map { TradingDay(buys: $0, sells: $1) }

func pinParameters(
    _ alpha: Double, _ delta: Double, _ mu: Double, _ epsBuy: Double, _ epsSell: Double
)
    -> PINParameters
{
    PINParameters(alpha: alpha, delta: delta, mu: mu, epsBuy: epsBuy, epsSell: epsSell)
}

/// ln P(B, S) summed over days straight from the definition in log space.
///
/// For each day
/// ln Σ_k π_k·Po(B; λ_Bk)·Po(S; λ_Sk), each term as ln π + B ln λ − λ − lgamma(B+1) + …, combined
/// around the largest. Independent of the library's Lin–Ke arrangement.
func directLogSpaceLikelihood(_ days: [TradingDay], _ p: PINParameters) -> Double {
    days.reduce(0) { total, day in
        let b = Double(day.buys)
        let s = Double(day.sells)
        func term(_ w: Double, _ lb: Double, _ ls: Double) -> Double {
            let buys = b * log(lb) - lb - lgamma(b + 1)
            let sells = s * log(ls) - ls - lgamma(s + 1)
            return log(w) + buys + sells
        }
        let none = term(1 - p.alpha, p.epsBuy, p.epsSell)
        let bad = term(p.alpha * p.delta, p.epsBuy, p.mu + p.epsSell)
        let good = term(p.alpha * (1 - p.delta), p.mu + p.epsBuy, p.epsSell)
        let terms = [none, bad, good]
        let top = max(none, bad, good)
        return total + top + log(terms.map { exp($0 - top) }.reduce(0, +))
    }
}
