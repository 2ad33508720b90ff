import Foundation

/// Maximises the log-likelihood from one start by Newton's method with Levenberg–Marquardt damping,
/// in the unconstrained coordinates of `UnconstrainedPoint`.
///
/// Each step solves (−∇²ℓ + λ·D)·p = ∇ℓ with D the diagonal of |∇²ℓ|: small λ is Newton's step
/// (quadratic convergence near a maximum), large λ a short gradient step. λ follows Nielsen's rule
/// (1999): a step that raises ℓ is taken and λ is scaled by max(⅓, 1 − (2ρ − 1)³), ρ the gain over
/// the gain the damped quadratic promised; one that does not is refused and λ doubles, then
/// quadruples, and so on. It stops when the
/// undamped Newton step promises to gain at most 10⁻¹⁰·(1 + |ℓ|) (half the Newton decrement), after
/// five taken steps in a row that gain no more than that, or after `maxSteps`. Coordinates not in
/// `free` stay where they start (a profile holds α fixed this way). `shouldStop` is asked before
/// each step and every 65 536 days of each pass over them; when it says stop there is no outcome.
struct NewtonAscent {
    var maxSteps = 300
    var free: [Bool] = [true, true, true, true, true]

    struct Outcome {
        let point: UnconstrainedPoint
        let logLikelihood: Double
        let steps: Int
    }

    func maximise(
        _ sample: PINSample, from start: UnconstrainedPoint, shouldStop: () -> Bool = { false }
    ) -> Outcome? {
        var point = start
        guard var current = sample.derivativesInZ(at: point, shouldStop: shouldStop) else { return nil }
        var lambda = 1e-3
        var steps = 0
        var stalled = 0
        var growth = 2.0
        let indices = (0..<5).filter { free[$0] }
        let n = indices.count
        guard current.value.isFinite, n > 0 else {
            return Outcome(point: point, logLikelihood: current.value, steps: 0)
        }
        while steps < maxSteps && lambda < 1e20 {
            if shouldStop() { return nil }
            var a = [Double](repeating: 0, count: n * n)
            var g = [Double](repeating: 0, count: n)
            for (x, i) in indices.enumerated() {
                g[x] = current.gradient[i]
                for (y, j) in indices.enumerated() { a[x * n + y] = -current.hessian[i * 5 + j] }
            }
            if converged(a, g, n, tolerance: tolerance(current.value)) { break }
            steps += 1
            let damping = (0..<n).map { lambda * max(abs(a[$0 * n + $0]), 1e-12) }
            for x in 0..<n { a[x * n + x] += damping[x] }
            guard let l = SmallMatrix.cholesky(a, n) else {
                lambda = max(lambda * growth, 1e-6)
                growth *= 2
                continue
            }
            let p = SmallMatrix.solve(l, g, n)
            var z = point.z
            for (x, i) in indices.enumerated() { z[i] += p[x] }
            let trial = UnconstrainedPoint(z: z)
            guard let next = sample.derivativesInZ(at: trial, shouldStop: shouldStop) else { return nil }
            if next.value.isFinite && next.value >= current.value {
                // The gain the damped quadratic model promised: ½(∇ᵀp + pᵀλDp) > 0.
                var promised = 0.0
                for x in 0..<n { promised += 0.5 * (g[x] + damping[x] * p[x]) * p[x] }
                let gain = next.value - current.value
                let rho = promised > 0 ? gain / promised : 1
                point = trial
                current = next
                lambda = max(lambda * max(1.0 / 3, 1 - pow(2 * rho - 1, 3)), 1e-15)
                growth = 2
                // A flat direction (α → 0 leaves δ and μ free) keeps −∇² singular: stop after five
                // taken steps in a row that each gain at most the tolerance.
                stalled = gain <= tolerance(current.value) ? stalled + 1 : 0
                if stalled >= 5 { break }
            } else {
                lambda = max(lambda * growth, 1e-6)
                growth *= 2
            }
        }
        return Outcome(point: point, logLikelihood: current.value, steps: steps)
    }

    private func tolerance(_ value: Double) -> Double { 1e-10 * (1 + abs(value)) }

    /// Whether the undamped Newton step would gain at most `tolerance`: −∇² is positive definite
    /// and half the Newton decrement ∇ᵀ(−∇²)⁻¹∇ (the gain a quadratic would promise) is that small.
    private func converged(_ a: [Double], _ g: [Double], _ n: Int, tolerance: Double) -> Bool {
        guard let l = SmallMatrix.cholesky(a, n) else { return false }
        let p = SmallMatrix.solve(l, g, n)
        let decrement = zip(g, p).reduce(0) { $0 + $1.0 * $1.1 }
        return 0.5 * decrement <= tolerance
    }
}
