import Foundation

/// The likelihood-ratio interval's edge: how far below the top of ln L a profile may fall and stay
/// inside an approximate 95% interval.
public enum LikelihoodInterval {
    /// χ²₁(0.95)/2 = 1.9207294103470…: 2·(ln L̂ − ln L) is χ²₁ in large samples, and
    /// P(χ²₁ ≤ 2c) = P(|Z| ≤ √(2c)) = erf(√c), so c = x² where erf(x) = 0.95 (x = z₀.₉₇₅/√2),
    /// found by Newton's method on erf from x = 1.
    public static let drop95: Double = {
        var x = 1.0
        for _ in 0..<50 {
            let step = (erf(x) - 0.95) / (2 / Double.pi.squareRoot() * exp(-x * x))
            x -= step
            if abs(step) <= 1e-17 * x { break }
        }
        return x * x
    }()
}
