import Foundation

/// The standard normal distribution, computed so that far tails keep their relative precision.
///
/// φ(z) = e^(−z²/2)/√(2π), Φ̄(z) = 1 − Φ(z) = ½·erfc(z/√2), and for z ≥ 0 three ratios to φ(z)
/// that never cancel, however far out z is:
/// - the Mills ratio R(z) = Φ̄(z)/φ(z), whose reciprocal is the inverse Mills ratio
///   λ(z) = φ(z)/Φ̄(z) = E[Z | Z > z];
/// - A(z) = 1 − z·R(z) = ∫_z^∞ (x − z)·φ(x) dx / φ(z);
/// - B(z) = (1 + z²)·R(z) − z = ∫_z^∞ (x − z)²·φ(x) dx / φ(z).
///
/// Below z = 25, R comes from erfc (φ(25) ≈ 6·10⁻¹³⁷ does not underflow); above it from Laplace's
/// continued fraction R(z) = 1/(z + 1/(z + 2/(z + 3/(z + …)))), whose tails t_k = z + (k+1)/t_(k+1)
/// give A = R/t₁ and B = 2R/(t₁·t₂) with no subtraction at all.
public enum StandardNormal {
    /// ½·log(2π).
    static let logRootTwoPi = 0.5 * log(2 * Double.pi)

    /// log φ(z) = −z²/2 − ½·log(2π).
    @inline(__always)
    public static func logDensity(_ z: Double) -> Double { -0.5 * z * z - logRootTwoPi }

    /// φ(z).
    @inline(__always)
    public static func density(_ z: Double) -> Double { exp(logDensity(z)) }

    /// Φ̄(z) = 1 − Φ(z) = ½·erfc(z/√2): no cancellation in the upper tail.
    @inline(__always)
    public static func upperTail(_ z: Double) -> Double { 0.5 * erfc(z * 0.5.squareRoot()) }

    /// Φ(z) = Φ̄(−z): no cancellation in the lower tail.
    @inline(__always)
    public static func lowerTail(_ z: Double) -> Double { upperTail(-z) }

    /// log Φ̄(z), finite for every finite z (log φ(z) + log R(z) for z ≥ 0, log1p(−Φ̄(−z)) below).
    public static func logUpperTail(_ z: Double) -> Double {
        if z == .infinity { return -.infinity }
        return z >= 0 ? logDensity(z) + log(tailRatios(z).r) : log1p(-upperTail(-z))
    }

    /// λ(z) = φ(z)/Φ̄(z), the inverse Mills ratio: E[Z | Z > z] for a standard normal Z.
    public static func inverseMillsRatio(_ z: Double) -> Double {
        if z >= 0 { return 1 / tailRatios(z).r }
        return density(z) / upperTail(z)
    }

    /// (R, A, B) at z ≥ 0; see the type's summary. At z = +∞ all three are 0.
    static func tailRatios(_ z: Double) -> (r: Double, a: Double, b: Double) {
        if z == .infinity { return (0, 0, 0) }
        if z < 25 {
            let r = upperTail(z) / exactDensity(z)
            // 1 − z·R and (1 + z²)·R − z lose at most z²·ulp here (under 10⁻¹³).
            return (r, 1 - z * r, (1 + z * z) * r - z)
        }
        return continuedFraction(z)
    }

    /// (R, A, B) from the continued fraction's tails t_k = z + (k+1)/t_(k+1), from 40 levels down:
    /// R = 1/t₀, A = 1 − z/t₀ = R/t₁, B = (1 − z/t₁)/t₀ = 2R/(t₁·t₂). Accurate to ulps for z ≥ 10.
    static func continuedFraction(_ z: Double) -> (r: Double, a: Double, b: Double) {
        var t = z
        var t1 = z
        var t2 = z
        for k in stride(from: 39, through: 0, by: -1) {
            t = z + Double(k + 1) / t
            if k == 2 { t2 = t }
            if k == 1 { t1 = t }
        }
        let r = 1 / t
        return (r, r / t1, 2 * r / (t1 * t2))
    }

    /// φ(z) with z² split exactly into two doubles, so e^(−z²/2) carries no rounding of z².
    static func exactDensity(_ z: Double) -> Double {
        let square = z * z
        let low = (-square).addingProduct(z, z)  // fma: z² − square, exactly
        return exp(-0.5 * square) * exp(-0.5 * low) / (2 * Double.pi).squareRoot()
    }
}
