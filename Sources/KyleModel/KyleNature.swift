import Foundation

/// Nature's value v: a number the teacher sets, or a draw from the prior N(p₀, Σ₀).
public enum KyleTruth: Equatable, Sendable {
    case value(Double)
    case drawn

    /// The value for a new day: the number itself, or p₀ + σ_v·Z with Z standard normal.
    public func resolve(_ parameters: KyleParameters, using rng: inout some RandomNumberGenerator) -> Double {
        switch self {
        case .value(let v): v
        case .drawn: parameters.mean + parameters.sigma * KyleNature.standardNormal(using: &rng)
        }
    }
}

/// Nature's draws in Kyle's market: the insider's order from v and the noise traders' order.
public enum KyleNature {
    /// Auction n's flow: x_n = β_n·(v − p_{n−1})·Δt and u_n = σ_u·√Δt·Z.
    public static func flow(
        _ plan: KyleAuctionPlan, parameters: KyleParameters, value v: Double, price: Double,
        using rng: inout some RandomNumberGenerator
    ) -> FlowSplit {
        let insider = plan.beta * (v - price) * parameters.interval
        let noise = parameters.noiseVariancePerAuction.squareRoot() * standardNormal(using: &rng)
        return FlowSplit(insider: insider, noise: noise)
    }

    /// Z = √(−2·log u₁)·cos(2π·u₂) (Box–Muller, one of the pair), u₁ ∈ (0, 1].
    public static func standardNormal(using rng: inout some RandomNumberGenerator) -> Double {
        let u1 = 1 - rng.nextUnit()
        let u2 = rng.nextUnit()
        return (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
    }
}
