import Foundation

/// Box and Muller's (1958) transform: two uniforms in, a standard normal draw out.
///
/// With u₁ uniform on (0, 1] and u₂ uniform on [0, 1), Z = √(−2·log u₁)·cos(2π·u₂) is N(0, 1):
/// R² = −2·log u₁ is exponential with mean 2 (a χ² with two degrees of freedom) and 2π·u₂ a uniform
/// angle, so (R·cos, R·sin) is a pair of independent standard normals. Every model takes the cosine
/// half of the pair, so each draw costs two uniforms; that is what fixes every seeded output.
public enum BoxMuller {
    /// R = √(−2·log u₁), the radius, for u₁ ∈ (0, 1].
    @inlinable
    public static func radius(_ u1: Double) -> Double { (-2 * log(u1)).squareRoot() }

    /// cos(2π·u₂), the direction's first coordinate.
    @inlinable
    public static func direction(_ u2: Double) -> Double { cos(2 * Double.pi * u2) }

    /// Z = √(−2·log u₁)·cos(2π·u₂).
    @inlinable
    public static func standardNormal(_ u1: Double, _ u2: Double) -> Double { radius(u1) * direction(u2) }
}

extension RandomNumberGenerator {
    /// A standard normal draw by `BoxMuller`, from two uniforms: u₁ = 1 − `nextUnit()` ∈ (0, 1]
    /// first, then u₂ = `nextUnit()`.
    @inlinable
    public mutating func nextStandardNormal() -> Double {
        let u1 = 1 - nextUnit()
        let u2 = nextUnit()
        return BoxMuller.standardNormal(u1, u2)
    }

    /// A draw from N(mean, sd²) from the same two uniforms, evaluated as mean + (sd·R)·cos(2π·u₂):
    /// the order in which the normal model has always multiplied, which fixes its seeded values to
    /// the last bit (mean + sd·Z can differ from it there).
    @inlinable
    public mutating func nextNormal(mean: Double, standardDeviation sd: Double) -> Double {
        let u1 = 1 - nextUnit()
        let u2 = nextUnit()
        return mean + sd * BoxMuller.radius(u1) * BoxMuller.direction(u2)
    }
}
