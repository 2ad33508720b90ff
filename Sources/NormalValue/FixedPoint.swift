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
/// price) with the residual below 10⁻¹³σ, or the bracket is that narrow: Newton converges
/// quadratically, so the last step bounds the error. With c = 0,
/// F″ = −μ·g < 0 and Newton from the left never overshoots.
/// When K = 0 (μ = 1 or ε_b = 0) no ask breaks even: with μ > 0, F = μ·P(Z > x)·(x − κ − E[Z | Z > x])
/// < 0 everywhere, since E[Z | Z > x] > x; with μ = 0 nobody buys at all. The bid is the same search
/// for −v.
public struct FixedPoint: Equatable, Sendable {
    /// One trial of the search: the price and a − (N/D + c) there (b − (N/D − c) for the bid).
    public struct Trial: Equatable, Sendable {
        public let price: Double
        public let residual: Double
    }

    /// The equation at the quote, the price printed: a = N/D + c holds there to rounding.
    public let equation: QuoteEquation
    /// Every price tried, in order; the last is the quote (the trial with the smallest residual).
    public let trials: [Trial]
    /// The last bracket: the quote lies in it (its upper end may be +∞ for the ask, its lower −∞
    /// for the bid, when Newton converged before the other end was found).
    public let bracket: ClosedRange<Double>
    /// With elastic demand: the share of uninformed traders on this side who trade at the quote.
    public var participation: Double = 1
    /// With elastic demand: C at this quote; nil when demand is inelastic.
    public var scale: Double? = nil

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
        var low = mean
        var high = Double.infinity
        var y = mean
        var trials: [Trial] = []
        var probability = 0.0
        var moment = 0.0
        var best = (y: y, residual: Double.infinity, probability: 0.0, moment: 0.0, trial: 0)
        // Stop when a step is below 10⁻¹⁵ of the belief's spread or a few Doubles at the price.
        let scale = 1e-15 * posterior.standardVariance.squareRoot()
        for _ in 0..<200 {
            (probability, moment) = side == .ask ? posterior.upper(y) : posterior.lower(-y)
            moment *= sign
            let d = p.mu * probability + k
            let f = (y - kappa) * d - (p.mu * moment + k * mean)
            trials.append(Trial(price: posterior.value(sign * y), residual: sign * posterior.sigma * f / d))
            if abs(f / d) < best.residual { best = (y, abs(f / d), probability, moment, trials.count - 1) }
            if f == 0 { break }
            if f < 0 { low = y } else { high = y }
            let slope = d + kappa * p.mu * posterior.density(sign * y)
            var next = y - f / slope
            if !(next > low && next < high) {
                next = high.isFinite ? 0.5 * (low + high) : low + max(1, 2 * (low - mean))
            }
            let tolerance = max(scale, 2 * y.ulp)
            if high - low <= tolerance { break }
            if abs(next - y) <= tolerance {
                // Converged, unless the residual is still large and only the density's height made
                // the step small (the belief piled against the edge of its support): then bisect.
                if abs(f / d) <= 1e-13 || !high.isFinite { break }
                next = 0.5 * (low + high)
            }
            y = next
        }
        // Where the density jumps (at the edge of a belief confined by no-trades) the root can fall
        // between two Doubles and bisection end on the worse one: the quote is the best trial,
        // repeated last when it was not the last.
        if best.trial != trials.count - 1 { trials.append(trials[best.trial]) }
        let equation = QuoteEquation(
            side, at: posterior.value(sign * best.y), posterior: posterior, parameters: p,
            probability: best.probability, moment: sign * best.moment)
        let ends = [posterior.value(sign * low), posterior.value(sign * high)].sorted()
        // A NaN end (only from a belief already broken) must not trap in ClosedRange.
        let bracket = ends[0] <= ends[1] ? ends[0]...ends[1] : -Double.infinity...Double.infinity
        return FixedPoint(equation: equation, trials: trials, bracket: bracket)
    }
}
