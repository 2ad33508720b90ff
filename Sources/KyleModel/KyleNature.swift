import Foundation
import MarketCore

/// Nature's value v: a number the teacher sets, or a draw from the prior N(p₀, Σ₀).
public typealias KyleTruth = ValueTruth

extension ValueTruth {
    /// The value for a new day: the number itself, or p₀ + σ_v·Z with Z standard normal.
    public func resolve(_ parameters: KyleParameters, using rng: inout some RandomNumberGenerator) -> Double {
        resolve { parameters.mean + parameters.sigma * rng.nextStandardNormal() }
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
        let noise = parameters.noiseVariancePerAuction.squareRoot() * rng.nextStandardNormal()
        return FlowSplit(insider: insider, noise: noise)
    }
}
