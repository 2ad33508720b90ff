/// How one side's break-even quote was found: Newton's method on the fixed-point equation,
/// safeguarded by a bracket.
///
/// In z = (v − m)/σ, with κ = c/σ, K = (1−μ)ε_b, D(x) = μ·P(Z > x) + K and
/// N(x) = μ·E[Z·1{Z > x}] + K·E[Z], the ask solves F(x) = (x − κ)·D(x) − N(x) = 0. Since
/// D′ = −μ·g and N′ = −μ·x·g for the posterior density g,
///
///     F′(x) = D(x) + κ·μ·g(x) > 0,
///
/// so the root is unique. F(E[Z]) = μ·(E[Z]·P(Z > E[Z]) − E[Z·1{Z > E[Z]}]) − κ·D ≤ 0, so it lies at
/// or above E[Z]: the search starts there with the bracket [E[Z], ∞). Each step is Newton's
/// x − F/F′, replaced by bisection (or, before an upper end is known, a doubling step) when it
/// leaves the bracket, until a step is below 10⁻¹⁵ of the belief's sd (or two Doubles at the
/// price): Newton converges quadratically, so the last step bounds the error. With c = 0, F″ = −μ·g < 0 and Newton from the left never overshoots.
/// When K = 0 (μ = 1, or ε_b = 0 with μ > 0) F < 0 everywhere: E[v | v > a] > a, so no ask breaks
/// even. The bid is the same search for −v.
public struct FixedPoint: Equatable, Sendable {
    /// One trial of the search: the price and a − (N/D + c) there (b − (N/D − c) for the bid).
    public struct Trial: Equatable, Sendable {
        public let price: Double
        public let residual: Double
    }

    /// The equation at the quote, the price printed: a = N/D + c holds there to rounding.
    public let equation: QuoteEquation
    /// Every price tried, in order; the last is the quote.
    public let trials: [Trial]
    /// The last bracket: the quote lies in it (its upper end may be +∞ for the ask, its lower −∞
    /// for the bid, when Newton converged before the other end was found).
    public let bracket: ClosedRange<Double>

    /// The quote.
    public var price: Double { equation.price }

    /// Solves `side`'s equation, or returns nil when no price breaks even (K = 0).
    static func solve(_ side: Side, posterior: NormalPosterior, parameters p: NormalParameters) -> FixedPoint? {
        let eps = side == .ask ? p.epsBuy : p.epsSell
        let k = (1 - p.mu) * eps
        guard k > 0 else { return nil }
        // In y = z for the ask, y = −z for the bid, the equation is the ask's.
        let sign: Double = side == .ask ? 1 : -1
        let mean = sign * posterior.standardMean
        let kappa = p.cost / posterior.sigma
        var low = mean, high = Double.infinity
        var y = mean
        var trials: [Trial] = []
        var probability = 0.0, moment = 0.0
        // Stop when a step is below 10⁻¹⁵ of the belief's spread or a few Doubles at the price.
        let scale = 1e-15 * posterior.standardVariance.squareRoot()
        for _ in 0..<200 {
            (probability, moment) = side == .ask ? posterior.upper(y) : posterior.lower(-y)
            moment *= sign
            let d = p.mu * probability + k
            let f = (y - kappa) * d - (p.mu * moment + k * mean)
            trials.append(Trial(price: posterior.value(sign * y), residual: sign * posterior.sigma * f / d))
            if f == 0 { break }
            if f < 0 { low = y } else { high = y }
            let slope = d + kappa * p.mu * posterior.density(sign * y)
            var next = y - f / slope
            if !(next > low && next < high) {
                next = high.isFinite ? 0.5 * (low + high) : low + max(1, 2 * (low - mean))
            }
            let tolerance = max(scale, 2 * y.ulp)
            if abs(next - y) <= tolerance || high - low <= tolerance { break }
            y = next
        }
        let equation = QuoteEquation(side, at: posterior.value(sign * y), posterior: posterior, parameters: p,
                                     probability: probability, moment: sign * moment)
        let ends = (posterior.value(sign * low), posterior.value(sign * high))
        return FixedPoint(equation: equation, trials: trials, bracket: min(ends.0, ends.1)...max(ends.0, ends.1))
    }
}
