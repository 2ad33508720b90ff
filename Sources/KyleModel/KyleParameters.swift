/// The primitives of Kyle's (1985) market: the prior of v, the noise traders' order flow and the
/// number of auctions in the day.
///
/// v ~ N(p₀, Σ₀) with σ_v = √Σ₀. Noise traders send u_n ~ N(0, σ_u²·Δt) at each of N equally
/// spaced auctions, Δt = 1/N, so their flow over the whole day has standard deviation σ_u. N = 1
/// is the one-shot model. The defaults (p₀ = 100, σ_v = 4, σ_u = 8, N = 4) give the one-shot
/// λ = σ_v/(2σ_u) = ¼ and β = σ_u/σ_v = 2.
public struct KyleParameters: Equatable, Sendable {
    /// p₀, the prior mean of v and the opening price.
    public var mean: Double = 100
    /// σ_v = √Σ₀, the prior standard deviation of v.
    public var sigma: Double = 4
    /// σ_u, the standard deviation of the noise traders' flow over the day.
    public var noiseSD: Double = 8
    /// N, the number of auctions.
    public var auctions: Int = 4

    public init() {}

    public init(mean: Double = 100, sigma: Double = 4, noiseSD: Double = 8, auctions: Int = 4) {
        self.mean = mean
        self.sigma = sigma
        self.noiseSD = noiseSD
        self.auctions = auctions
    }

    /// Σ₀ = σ_v², the prior variance of v.
    public var priorVariance: Double { sigma * sigma }

    /// σ_u², the noise flow's variance per unit of time (the day lasts 1).
    public var noiseVariance: Double { noiseSD * noiseSD }

    /// Δt = 1/N, the time between auctions.
    public var interval: Double { 1 / Double(auctions) }

    /// σ_u²·Δt, the variance of one auction's noise flow.
    public var noiseVariancePerAuction: Double { noiseVariance * interval }

    /// Whether the numbers define a market: finite, σ_v > 0, σ_u > 0 and N ≥ 1.
    public var isValid: Bool {
        mean.isFinite && sigma.isFinite && sigma > 0 && noiseSD.isFinite && noiseSD > 0 && auctions >= 1
    }
}
