import Foundation
import MarketCore

extension RandomNumberGenerator {
    /// A standard normal draw Z = √(−2·log u₁)·cos(2π·u₂) (Box–Muller, one of the pair), u₁ ∈ (0, 1].
    mutating func nextStandardNormal() -> Double {
        let u1 = 1 - nextUnit()
        let u2 = nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
