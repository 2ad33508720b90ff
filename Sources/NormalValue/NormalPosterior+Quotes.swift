import Foundation

/// Bayes' rule at quotes someone else posted (the maker game's), for any participation.
extension NormalPosterior {
    /// Conditions on `order` met at `ask` and `bid` (nil: no quote on that side), with μ and the
    /// uninformed rates at those prices (ε_b·f and ε_s·g):
    ///
    ///     P(buy  | v) = μ·1{v > ask} + (1−μ)·buyRate
    ///     P(sell | v) = μ·1{v < bid} + (1−μ)·sellRate
    ///     P(none | v) = μ·1{bid ≤ v ≤ ask} + (1−μ)·(1 − buyRate − sellRate)
    ///
    /// Returns log P(order), or nil, leaving the belief as it was, when the order cannot happen.
    public mutating func condition(
        on order: Order, ask: Double?, bid: Double?, mu: Double, buyRate: Double, sellRate: Double
    ) -> Double? {
        let k = 1 - mu
        let za = ask.map(standardised) ?? .infinity
        let zb = bid.map(standardised) ?? -.infinity
        let none = max(0, 1 - buyRate - sellRate)
        let (cuts, factors): ([Double], [Double])
        switch order {
        case .buy:
            guard ask != nil else { return nil }
            (cuts, factors) = ([za], [k * buyRate, mu + k * buyRate])
        case .sell:
            guard bid != nil else { return nil }
            (cuts, factors) = ([zb], [mu + k * sellRate, k * sellRate])
        case .none:
            (cuts, factors) = ([zb, za], [k * none, mu + k * none, k * none])
        }
        let logEvidence = multiply(cuts: cuts, logFactors: factors.map { log($0) })
        return logEvidence > -.infinity ? logEvidence : nil
    }
}
