import Foundation

/// P(order | v) as a step function of v, with breaks at the quotes the order met.
///
/// With K_b = (1−μ)ε_b, K_s = (1−μ)ε_s and K_0 = (1−μ)(1−ε_b−ε_s):
///
///     P(buy  | v) = μ·1{v > a} + K_b
///     P(sell | v) = μ·1{v < b} + K_s
///     P(none | v) = μ·1{b ≤ v ≤ a} + K_0
///
/// The informed part alone (μ·1{…}) gives P(trader informed | order) = μ·P(v in its piece)/P(order).
/// A side without a quote is at ±∞: nobody trades there, and an informed arrival stays out.
struct NormalLikelihood {
    /// The breaks in z, increasing.
    let cuts: [Double]
    /// P(order | z) on each piece, from the left.
    let factors: [Double]
    /// The piece on which the informed send this order.
    let informedPiece: Int
    /// μ.
    let mu: Double

    /// The likelihood of `order` at the quotes (α, β in z; +∞ / −∞ when a side has no quote).
    init(_ order: Order, ask: Double, bid: Double, parameters p: NormalParameters) {
        mu = p.mu
        let k = 1 - p.mu
        switch order {
        case .buy:
            cuts = [ask]
            factors = [k * p.epsBuy, p.mu + k * p.epsBuy]
            informedPiece = 1
        case .sell:
            cuts = [bid]
            factors = [p.mu + k * p.epsSell, k * p.epsSell]
            informedPiece = 0
        case .none:
            cuts = [bid, ask]
            factors = [k * p.epsNone, p.mu + k * p.epsNone, k * p.epsNone]
            informedPiece = 1
        }
    }

    /// log P(order | z) on each piece (−∞ for 0).
    var logFactors: [Double] { factors.map { log($0) } }
}
