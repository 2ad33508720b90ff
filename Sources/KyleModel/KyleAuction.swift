/// Who sent one auction's order flow, as nature drew it.
///
/// The market maker sees only the total.
public struct FlowSplit: Equatable, Sendable {
    /// x_n = β_n·(v − p_{n−1})·Δt, the insider's order.
    public let insider: Double
    /// u_n ~ N(0, σ_u²·Δt), the noise traders' order.
    public let noise: Double

    public init(insider: Double, noise: Double) { (self.insider, self.noise) = (insider, noise) }

    /// y_n = x_n + u_n.
    public var total: Double { insider + noise }
}

/// One auction's clearing, carrying every number the shell prints.
///
/// The market maker believes v ~ N(p_{n−1}, Σ_{n−1}) and that the insider sends
/// x_n = β_n·(v − p_{n−1})·Δt, so y_n is normal with Cov(v, y_n) = β_n·Δt·Σ_{n−1} and
/// Var(y_n) = β_n²·Δt²·Σ_{n−1} + σ_u²·Δt. Her posterior mean is the regression
///
///     E[v | y_n] = p_{n−1} + λ_n·y_n,   λ_n = Cov/Var = β_n·Σ_n/σ_u²,
///
/// and, the model being normal, her posterior variance Σ_n = (1 − β_nλ_nΔt)·Σ_{n−1} does not depend
/// on y_n. She sets the price to that mean (zero expected profit).
public struct KyleAuction: Equatable, Sendable {
    /// The auction's coefficients.
    public let plan: KyleAuctionPlan
    /// Δt = 1/N.
    public let interval: Double
    /// σ_u², the noise variance per unit of time.
    public let noiseVariance: Double
    /// p_{n−1}, the price before the auction.
    public let priceBefore: Double
    /// y_n, the net order flow the market maker saw.
    public let flow: Double
    /// The insider's and the noise traders' parts, when nature drew them (hidden from the market
    /// maker); nil when the flow was typed.
    public let split: FlowSplit?
    /// Nature's v, known to the teacher only (nil when the flow was typed and v was not set).
    public let trueValue: Double?

    public var n: Int { plan.n }
    public var lambda: Double { plan.lambda }
    public var beta: Double { plan.beta }
    /// Σ_{n−1}.
    public var sigma2Before: Double { plan.sigma2Before }
    /// Σ_n, the market maker's variance of v after the auction.
    public var sigma2: Double { plan.sigma2 }

    /// p_n = E[v | y_n] = p_{n−1} + λ_n·y_n.
    public var price: Double { priceBefore + lambda * flow }

    /// λ_n·y_n, the price move.
    public var priceMove: Double { lambda * flow }

    /// Cov(v, y_n) = β_n·Δt·Σ_{n−1}, as the market maker reckons it.
    public var covariance: Double { beta * interval * sigma2Before }

    /// Var(y_n) = β_n²·Δt²·Σ_{n−1} + σ_u²·Δt.
    public var flowVariance: Double { beta * beta * interval * interval * sigma2Before + noiseVariance * interval }

    /// The insider's profit on this auction, x_n·(v − p_n), when nature drew x_n and v.
    public var insiderProfit: Double? {
        guard let split, let trueValue else { return nil }
        return split.insider * (trueValue - price)
    }
}
