/// The coefficients of one auction in Kyle's equilibrium.
public struct KyleAuctionPlan: Equatable, Sendable {
    /// The auction's number, 1 … N.
    public let n: Int
    /// λ_n, the price impact: p_n = p_{n−1} + λ_n·y_n.
    public let lambda: Double
    /// β_n, the insider's trading intensity in Kyle's units: x_n = β_n·(v − p_{n−1})·Δt.
    public let beta: Double
    /// Σ_{n−1}, the variance of v given the flows before this auction.
    public let sigma2Before: Double
    /// Σ_n, the variance of v given the flows up to and including this auction.
    public let sigma2: Double
    /// α_n: after this auction the insider expects α_n·(v − p_n)² + δ_n more (α_N = 0).
    public let alpha: Double
    /// δ_n (δ_N = 0).
    public let delta: Double
    /// w_n = 1 − 2·α_n·λ_n, the root of this auction's cubic (`InsiderCubic`); w_N = 1.
    public let w: Double

    /// β_n·Δt·λ_n = w_n/(1 + w_n), the share of Σ_{n−1} this auction's price reveals.
    public var revealedShare: Double { w / (1 + w) }
}

/// Kyle's (1985) N-auction equilibrium (Theorem 2), solved exactly by its backward recursion.
///
/// The conditions, with Δt = 1/N and α_N = δ_N = 0:
///
///     β_n·Δt = (1 − 2α_nλ_n)/(2λ_n(1 − α_nλ_n)),   λ_n = β_n·Σ_n/σ_u²,
///     Σ_n = (1 − β_nλ_nΔt)·Σ_{n−1},   α_{n−1} = 1/(4λ_n(1 − α_nλ_n)),
///     δ_{n−1} = δ_n + α_nλ_n²σ_u²Δt.
///
/// The usual way solves them backward from a guess of Σ_N, one cubic per auction, and adjusts Σ_N
/// until the Σ₀ it implies is the prior's. Here the cubics come first: in w_n = 1 − 2α_nλ_n they
/// do not involve Σ_N at all (`InsiderCubic`), and Σ_{n−1} = (1 + w_n)·Σ_n, so the Σ₀ implied by a
/// terminal Σ_N is Σ_N·∏(1 + w_n) — linear in Σ_N — and the Σ_N that meets Σ₀ is
/// Σ₀/∏(1 + w_n), exactly. Then, with Σ_n = Σ₀/∏_{k ≤ n}(1 + w_k):
///
///     λ_n = √(w_n·Σ_n/((1 + w_n)·σ_u²·Δt)),   β_n = λ_n·σ_u²/Σ_n,   α_n = (1 − w_n)/(2λ_n),
///
/// and δ runs backward. The insider's expected profit over the day is α₀·Σ₀ + δ₀, and auction n's
/// share of it is E[x_n·(v − p_n)] = β_n·Δt·Σ_n.
public struct KylePlan: Equatable, Sendable {
    public let parameters: KyleParameters
    /// Auctions 1 … N in order.
    public let auctions: [KyleAuctionPlan]
    /// α₀ and δ₀: before the day the insider expects α₀·(v − p₀)² + δ₀.
    public let alpha0: Double
    public let delta0: Double

    /// Solves the equilibrium for `parameters` (which must be valid).
    public init(_ parameters: KyleParameters) {
        precondition(parameters.isValid, "Kyle parameters must be finite with σ_v, σ_u > 0 and N ≥ 1")
        self.parameters = parameters
        let count = parameters.auctions
        // The cubics, backward: w_N = 1, w_n = root(w_{n+1}).
        var w = [Double](repeating: 1, count: count)
        for index in stride(from: count - 2, through: 0, by: -1) {
            w[index] = InsiderCubic.root(next: w[index + 1])
        }
        // Σ_n forward from Σ₀: Σ_n = Σ_{n−1}/(1 + w_n).
        var before = [Double](repeating: 0, count: count)
        var after = [Double](repeating: 0, count: count)
        var sigma2 = parameters.priorVariance
        for index in 0..<count {
            before[index] = sigma2
            sigma2 /= 1 + w[index]
            after[index] = sigma2
        }
        // λ, β, α, δ backward.
        let noisePerAuction = parameters.noiseVariancePerAuction
        var plans: [KyleAuctionPlan] = []
        plans.reserveCapacity(count)
        var delta = 0.0
        var alphaBefore = 0.0
        for index in stride(from: count - 1, through: 0, by: -1) {
            let lambda = (w[index] * after[index] / ((1 + w[index]) * noisePerAuction)).squareRoot()
            let alpha = index == count - 1 ? 0 : (1 - w[index]) / (2 * lambda)
            plans.append(
                KyleAuctionPlan(
                    n: index + 1, lambda: lambda, beta: lambda * parameters.noiseVariance / after[index],
                    sigma2Before: before[index], sigma2: after[index], alpha: alpha, delta: delta, w: w[index]))
            // δ_{n−1} = δ_n + α_nλ_n²σ_u²Δt; α_{n−1} = 1/(4λ_n(1 − α_nλ_n)) = 1/(2λ_n(1 + w_n)).
            delta += alpha * lambda * lambda * noisePerAuction
            alphaBefore = 1 / (2 * lambda * (1 + w[index]))
        }
        auctions = plans.reversed()
        alpha0 = alphaBefore
        delta0 = delta
    }

    /// The insider's expected profit over the day, α₀·Σ₀ + δ₀.
    public var expectedProfit: Double { alpha0 * parameters.priorVariance + delta0 }

    /// Σ_N, the variance of v left after the last auction.
    public var finalVariance: Double { auctions[auctions.count - 1].sigma2 }

    /// Auction n's expected share of the insider's profit, E[x_n·(v − p_n)] = β_n·Δt·Σ_n.
    public func expectedProfit(ofAuction n: Int) -> Double {
        let a = auctions[n - 1]
        return a.beta * parameters.interval * a.sigma2
    }
}
