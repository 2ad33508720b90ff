/// Standard errors from the observed information: the inverse of −∇²ln L at the estimate, in
/// θ = (α, δ, μ, ε_b, ε_s), with the Hessian computed analytically (`LikelihoodDerivatives`).
///
/// A parameter at a bound of its range (α or δ within 10⁻⁶ of 0 or 1, a rate within 10⁻⁶ of the
/// mean daily trades of 0) has no standard error: the
/// maximum is not interior there and the quadratic approximation behind the Hessian does not hold.
/// The others' come from the information of the free parameters with those held at their bound
/// (conditional on them), and `pin`'s from the delta method over the free ones:
/// Var(PIN) ≈ ∇PINᵀ Σ ∇PIN with ∂PIN/∂α = μ(ε_b + ε_s)/D², ∂PIN/∂μ = α(ε_b + ε_s)/D²,
/// ∂PIN/∂ε_b = ∂PIN/∂ε_s = −αμ/D², D = αμ + ε_b + ε_s.
public struct StandardErrors: Sendable {
    /// In order α, δ, μ, ε_b, ε_s; nil at a bound or when the information is not positive definite.
    public let values: [Double?]
    public let pin: Double?
    /// The parameters at a bound of their range.
    public let atBound: [PINParameterName]
    /// False when −∇²ln L restricted to the free parameters is not positive definite (a flat or
    /// saddle direction: the data do not pin those parameters down).
    public let informationDefinite: Bool

    static let order: [PINParameterName] = [.alpha, .delta, .mu, .epsBuy, .epsSell]

    /// The standard error of one of the five estimated parameters.
    public func of(_ name: PINParameterName) -> Double? {
        Self.order.firstIndex(of: name).flatMap { values[$0] }
    }

    /// At the no-event point: α at its bound 0, μ and δ not identified, and ε_b, ε_s the Poisson
    /// means' errors √(B̄/N), √(S̄/N) (the information of a mean of N Poisson counts is N/ε).
    init(noEvent sample: PINSample) {
        let n = Double(sample.count)
        values = [nil, nil, nil, (sample.totalBuys / n / n).squareRoot(), (sample.totalSells / n / n).squareRoot()]
        pin = nil
        atBound = [.alpha]
        informationDefinite = true
    }

    init(sample: PINSample, at point: UnconstrainedPoint) {
        let d = sample.derivatives(at: point)
        let scale = max(1, (sample.totalBuys + sample.totalSells) / Double(max(1, sample.count)))
        let free = (0..<5).filter { !point.atBound($0, scale: scale) }
        atBound = (0..<5).filter { point.atBound($0, scale: scale) }.map { Self.order[$0] }
        let n = free.count
        var information = [Double](repeating: 0, count: n * n)
        for (x, i) in free.enumerated() {
            for (y, j) in free.enumerated() { information[x * n + y] = -d.hessian[i * 5 + j] }
        }
        guard n > 0, let covariance = SmallMatrix.inverse(information, n) else {
            values = [Double?](repeating: nil, count: 5)
            pin = nil
            informationDefinite = n == 0
            return
        }
        var se = [Double?](repeating: nil, count: 5)
        for (x, i) in free.enumerated() { se[i] = covariance[x * n + x].squareRoot() }
        let (alpha, mu, eb, es) = (point.alpha, point.mu, point.epsBuy, point.epsSell)
        let total = alpha * mu + eb + es
        let d2 = total * total
        let gradient = [mu * (eb + es) / d2, 0, alpha * (eb + es) / d2, -alpha * mu / d2, -alpha * mu / d2]
        var variance = 0.0
        for (x, i) in free.enumerated() {
            for (y, j) in free.enumerated() { variance += gradient[i] * covariance[x * n + y] * gradient[j] }
        }
        values = se
        pin = variance.squareRoot()
        informationDefinite = true
    }
}
