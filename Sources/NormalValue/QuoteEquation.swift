/// Glosten and Milgrom's (1985) break-even equation for one side, evaluated at a trial price.
///
/// For the ask a, with D = μ·P(v > a) + (1−μ)ε_b the probability of a buy at a and
/// N = μ·E(v·1{v > a}) + (1−μ)ε_b·E(v):
///
///     E[v | buy at a] = N / D,   and the ask solves   a = N/D + c.
///
/// For the bid b, D = μ·P(v < b) + (1−μ)ε_s, N = μ·E(v·1{v < b}) + (1−μ)ε_s·E(v), b = N/D − c.
/// The informed term is P(v > a)·E[v | v > a]; at the opening (v still normal, z = (a − m)/σ)
/// E[v | v > a] = m + σ·λ(z) with the inverse Mills ratio λ(z) = φ(z)/(1 − Φ(z)).
public struct QuoteEquation: Equatable, Sendable {
    public let side: Side
    /// The trial price a (or b).
    public let price: Double
    /// μ.
    public let mu: Double
    /// ε_b for the ask, ε_s for the bid.
    public let eps: Double
    /// c.
    public let cost: Double
    /// E[v] under the market maker's belief.
    public let expectedValue: Double
    /// P(v > a) for the ask, P(v < b) for the bid.
    public let tailProbability: Double
    /// E[v | v > a] (E[v | v < b]); nil when that tail has no mass.
    public let tailMean: Double?
    /// N = μ·E(v·1{tail}) + (1−μ)ε·E(v).
    public let numerator: Double
    /// D = μ·P(tail) + (1−μ)ε, the probability of the order at this price.
    public let denominator: Double

    /// E[v | order at this price] = N/D.
    public var conditionalMean: Double { numerator / denominator }

    /// N/D + c for the ask, N/D − c for the bid: the price that breaks even if this one is quoted.
    public var breakEvenPrice: Double { side == .ask ? conditionalMean + cost : conditionalMean - cost }

    /// price − breakEvenPrice: zero at the quote.
    public var residual: Double { price - breakEvenPrice }

    /// P(trader informed | order at this price) = μ·P(tail)/D.
    public var informedProbability: Double { mu * tailProbability / denominator }

    /// The equation for `side` at `price` under `posterior`.
    public init(_ side: Side, at price: Double, posterior: NormalPosterior, parameters p: NormalParameters) {
        let z = posterior.standardised(price)
        let (probability, moment) = side == .ask ? posterior.upper(z) : posterior.lower(z)
        self.init(side, at: price, posterior: posterior, parameters: p, probability: probability, moment: moment)
    }

    /// From the standardised tail (P, E[Z·1{tail}]): N = m·D + σ·(μ·E[Z·1{tail}] + (1−μ)ε·E[Z]).
    init(
        _ side: Side, at price: Double, posterior: NormalPosterior, parameters p: NormalParameters,
        probability: Double, moment: Double
    ) {
        self.side = side
        self.price = price
        mu = p.mu
        eps = side == .ask ? p.epsBuy : p.epsSell
        cost = p.cost
        expectedValue = posterior.mean
        tailProbability = probability
        tailMean = probability > 0 ? posterior.value(moment / probability) : nil
        let k = (1 - p.mu) * eps
        denominator = p.mu * probability + k
        numerator =
            posterior.priorMean * denominator
            + posterior.sigma * (p.mu * moment + k * posterior.standardMean)
    }
}
