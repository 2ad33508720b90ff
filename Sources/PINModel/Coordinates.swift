import Foundation

/// A parameter point in the optimiser's unconstrained coordinates z: α = σ(z₀), δ = σ(z₁),
/// μ = e^{z₂}, ε_b = e^{z₃}, ε_s = e^{z₄} (σ the logistic function), each z within ±`bound`.
///
/// 1 − α and 1 − δ are computed as σ(−z), not by subtraction, so a point at α = 1 − 10⁻¹³ keeps
/// its digits. `jacobian` is dθ/dz and `curvature` d²θ/dz², coordinate by coordinate.
struct UnconstrainedPoint {
    /// |z| ≤ 30: α and δ within 10⁻¹³ of their bounds, rates from 10⁻¹³ to 10¹³.
    static let bound = 30.0

    let z: [Double]
    let alpha, alphaBar, delta, deltaBar, mu, epsBuy, epsSell: Double

    init(z raw: [Double]) {
        z = raw.map { min(Self.bound, max(-Self.bound, $0)) }
        alpha = 1 / (1 + exp(-z[0]))
        alphaBar = 1 / (1 + exp(z[0]))
        delta = 1 / (1 + exp(-z[1]))
        deltaBar = 1 / (1 + exp(z[1]))
        mu = exp(z[2])
        epsBuy = exp(z[3])
        epsSell = exp(z[4])
    }

    /// The point of a parameter set (α, δ inside (0, 1), rates above 0; clamped into the bounds).
    init(_ p: PINParameters) {
        func logit(_ x: Double) -> Double { log(x) - log1p(-x) }
        self.init(z: [logit(p.alpha), logit(p.delta), log(p.mu), log(p.epsBuy), log(p.epsSell)])
    }

    var parameters: PINParameters {
        PINParameters(alpha: alpha, delta: delta, mu: mu, epsBuy: epsBuy, epsSell: epsSell)
    }

    var terms: LinKeTerms {
        LinKeTerms(
            alpha: alpha, alphaBar: alphaBar, delta: delta, deltaBar: deltaBar, mu: mu, epsBuy: epsBuy,
            epsSell: epsSell)
    }

    var jets: TermJets {
        TermJets(
            alpha: alpha, alphaBar: alphaBar, delta: delta, deltaBar: deltaBar, mu: mu, epsBuy: epsBuy,
            epsSell: epsSell)
    }

    var jacobian: [Double] { [alpha * alphaBar, delta * deltaBar, mu, epsBuy, epsSell] }

    var curvature: [Double] {
        [alpha * alphaBar * (alphaBar - alpha), delta * deltaBar * (deltaBar - delta), mu, epsBuy, epsSell]
    }

    /// Whether parameter i sits at a bound of its range.
    ///
    /// α or δ within 10⁻⁶ of 0 or 1, or a rate below 10⁻⁶ of `scale` (the mean daily trades). The
    /// search approaches a bound only slowly in z,
    /// so it stops near one rather than on it.
    func atBound(_ i: Int, scale: Double) -> Bool {
        switch i {
        case 0: min(alpha, alphaBar) < 1e-6
        case 1: min(delta, deltaBar) < 1e-6
        case 2: mu < 1e-6 * scale
        case 3: epsBuy < 1e-6 * scale
        default: epsSell < 1e-6 * scale
        }
    }
}

extension PINSample {
    /// The log-likelihood with its analytic gradient and Hessian in θ = (α, δ, μ, ε_b, ε_s).
    func derivatives(at point: UnconstrainedPoint, shouldStop: () -> Bool = { false }) -> LikelihoodDerivatives {
        LikelihoodDerivatives(
            sums: accumulate(point.terms, derivatives: true, shouldStop: shouldStop), jets: point.jets,
            days: Double(count),
            totalBuys: totalBuys, totalSells: totalSells)
    }

    /// The same in z: ∇_z = J∇_θ, ∇²_z = J∇²_θJ + diag(∇_θ·d²θ/dz²); nil when `shouldStop` said
    /// stop during the pass over the days.
    func derivativesInZ(
        at point: UnconstrainedPoint, shouldStop: () -> Bool = { false }
    ) -> (value: Double, gradient: [Double], hessian: [Double])? {
        let d = derivatives(at: point, shouldStop: shouldStop)
        guard !d.stopped else { return nil }
        let j = point.jacobian
        let k = point.curvature
        var g = [Double](repeating: 0, count: 5)
        var h = [Double](repeating: 0, count: 25)
        for x in 0..<5 {
            g[x] = j[x] * d.gradient[x]
            for y in 0..<5 { h[x * 5 + y] = j[x] * d.hessian[x * 5 + y] * j[y] }
            h[x * 5 + x] += d.gradient[x] * k[x]
        }
        return (d.logLikelihood, g, h)
    }
}
