import Foundation

/// Bayes' rule over the three day types after one day's counts, computed in logs.
///
/// ln P(B, S | type) = ln Po(B; λ_B) + ln Po(S; λ_S) with ln Po(k; λ) = k·ln λ − λ − ln k!, and
/// P(type | B, S) = exp(ln π + ln P(B, S | type) − ln P(B, S)), where ln P(B, S) is the log of the
/// sum of the three joint terms, taken around the largest (log-sum-exp). Nothing is exponentiated
/// but differences ≤ 0, so days of any size stay finite. Every number the shell prints is here.
public struct DayBayes: Sendable {
    /// One day type's row of the arithmetic.
    public struct Row: Sendable {
        public let type: DayType
        /// π, the prior probability of the type.
        public let prior: Double
        /// The Poisson rates of buys and sells on a day of this type.
        public let buyRate: Double
        public let sellRate: Double
        /// ln P(B, S | type), the full log-likelihood (with −ln B! − ln S!).
        public let logLikelihood: Double
        /// ln π + ln P(B, S | type); −∞ when π = 0.
        public let logJoint: Double
        /// P(type | B, S).
        public let posterior: Double
    }

    public let day: TradingDay
    /// The rows in `DayType.allCases` order: no news, bad news, good news.
    public let rows: [Row]
    /// ln P(B, S) = ln Σ π·P(B, S | type): this day's term in the model's log-likelihood.
    public let logLikelihood: Double

    public init(day: TradingDay, parameters p: PINParameters) {
        self.day = day
        let b = Double(day.buys)
        let s = Double(day.sells)
        let logFactorials = logFactorial(day.buys) + logFactorial(day.sells)
        var partial: [(DayType, Double, Double, Double, Double, Double)] = []
        for type in DayType.allCases {
            let (lb, ls) = p.rates(type)
            let ll = poissonLogTerm(b, lb) + poissonLogTerm(s, ls) - logFactorials
            let prior = p.prior(type)
            partial.append((type, prior, lb, ls, ll, prior > 0 ? log(prior) + ll : -.infinity))
        }
        let total = logSumExp(partial.map(\.5))
        logLikelihood = total
        rows = partial.map { type, prior, lb, ls, ll, joint in
            Row(
                type: type, prior: prior, buyRate: lb, sellRate: ls, logLikelihood: ll, logJoint: joint,
                posterior: joint == -.infinity ? 0 : exp(joint - total))
        }
    }

    /// The row of one day type.
    public func row(_ type: DayType) -> Row { rows[DayType.allCases.firstIndex(of: type) ?? 0] }

    /// The type with the highest posterior (the first of equals in none, bad, good order).
    public var mostLikely: DayType {
        rows.max { $0.posterior < $1.posterior }?.type ?? .none
    }

    /// P(event | B, S) = P(bad | B, S) + P(good | B, S).
    public var eventPosterior: Double { row(.bad).posterior + row(.good).posterior }
}

/// k·ln λ − λ, the part of ln Po(k; λ) that depends on λ (0·ln 0 = 0, so λ = 0 gives 0 at k = 0).
func poissonLogTerm(_ k: Double, _ rate: Double) -> Double {
    if k == 0 { return -rate }
    return rate > 0 ? k * log(rate) - rate : -.infinity
}

/// ln k! = lgamma(k + 1).
public func logFactorial(_ k: Int) -> Double { lgamma(Double(k) + 1) }

/// ln Σ exp(x_i), taken around the largest term; −∞ when every term is −∞.
public func logSumExp(_ terms: [Double]) -> Double {
    guard let top = terms.max(), top > -.infinity else { return -.infinity }
    return top + log(terms.reduce(0) { $0 + exp($1 - top) })
}
