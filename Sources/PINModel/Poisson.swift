import Foundation

/// Poisson draws from the project's seeded generator.
///
/// Below a mean of 10, inversion (walk up the cumulative probabilities from P(0) = e^{−λ}); from 10
/// on, Hörmann's (1993) transformed rejection with squeeze (PTRS), whose cost does not grow with λ,
/// so a day of 10⁶ trades is one draw of a few uniforms.
public enum Poisson {
    public static func draw(mean lambda: Double, using rng: inout some RandomNumberGenerator) -> Int {
        guard lambda > 0 else { return 0 }
        return lambda < 10 ? inversion(lambda, &rng) : transformedRejection(lambda, &rng)
    }

    private static func inversion(_ lambda: Double, _ rng: inout some RandomNumberGenerator) -> Int {
        let u = rng.nextUnit()
        var k = 0
        var p = exp(-lambda)
        var cumulative = p
        while u >= cumulative && k < 1000 {
            k += 1
            p *= lambda / Double(k)
            cumulative += p
        }
        return k
    }

    private static func transformedRejection(_ lambda: Double, _ rng: inout some RandomNumberGenerator) -> Int {
        let logLambda = log(lambda)
        let b = 0.931 + 2.53 * lambda.squareRoot()
        let a = -0.059 + 0.02483 * b
        let inverseAlpha = 1.1239 + 1.1328 / (b - 3.4)
        let vr = 0.9277 - 3.6224 / (b - 2)
        while true {
            let u = rng.nextUnit() - 0.5
            let v = rng.nextUnit()
            let us = 0.5 - abs(u)
            let k = floor((2 * a / us + b) * u + lambda + 0.43)
            if us >= 0.07 && v <= vr { return Int(k) }
            if k < 0 || (us < 0.013 && v > us) { continue }
            if log(v) + log(inverseAlpha) - log(a / (us * us) + b) <= -lambda + k * logLambda - lgamma(k + 1) {
                return Int(k)
            }
        }
    }
}
