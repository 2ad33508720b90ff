import MarketCore

/// The primitives of Roll's (1984) market: where the efficient price starts, how it moves, the
/// half-spread, and how trade signs fall.
///
/// m_t = m_{t−1} + e_t with e_t ~ N(0, σ²); each trade is a buy (q_t = +1) with probability γ or a
/// sell (q_t = −1), independent of everything before, at p_t = m_t + c·q_t. The defaults (m₀ = 100,
/// σ = 0.25, c = 0.5, γ = ½) put the spread 2c = 1 well above the step of the efficient price, so
/// the bounce shows within a few dozen trades.
public struct RollParameters: Equatable, Sendable {
    /// m₀, the efficient price at the opening.
    public var mean: Double = 100
    /// σ, the standard deviation of one step of the efficient price.
    public var sigma: Double = 0.25
    /// c, the half-spread: buys pay m + c, sells get m − c.
    public var halfSpread: Double = 0.5
    /// γ, the probability that a trade is a buy.
    public var gamma: Double = 0.5

    public init() {}

    /// Var(q_t) = 4γ(1 − γ): 1 at γ = ½.
    public var signVariance: Double { 4 * gamma * (1 - gamma) }

    /// The population covariance Cov(Δp_t, Δp_{t−1}) = −c²·Var(q) = −4γ(1−γ)c²: −c² at γ = ½.
    public var serialCovariance: Double { -halfSpread * halfSpread * signVariance }

    /// What Roll's estimate tends to on a long tape: 2√(c²·Var q) = 2c·√(4γ(1−γ)); 2c only at γ = ½.
    public var estimateLimit: Double { 2 * halfSpread * signVariance.squareRoot() }

    /// The expected sample covariance Ĉ over n pairs (`SerialCovariance`), −c²·Var(q) − (n−1)σ²/n².
    ///
    /// E[(1/n)Σ x_i·y_i] is the population covariance (the changes have mean 0), and E[x̄·ȳ] =
    /// (1/n²)·Σ_{i,j} Cov(x_i, y_j) counts n − 1 pairs at lag 0 (Var Δp = σ² + 2c²·Var q) and 2n − 2
    /// at lag ±1 (−c²·Var q): (n − 1)·σ²/n². With σ = 0 the sample covariance is unbiased.
    public func expectedSampleCovariance(pairs n: Int) -> Double {
        let n = Double(n)
        return serialCovariance - (n - 1) * sigma * sigma / (n * n)
    }
}

/// The name of a Roll-model parameter (the seed lives elsewhere).
public enum RollParameterName: String, CaseIterable, Sendable {
    case mean, sigma
    case halfSpread = "half_spread"
    case gamma
}

extension RollParameters: ParameterSet {
    /// A parameter's row of the table.
    ///
    /// Every change restarts the market at t = 0: the running covariance is read against one c,
    /// one σ and one γ, so it never mixes two of them.
    public static func row(_ name: RollParameterName) -> ParameterTableRow<RollParameterName> {
        let (symbol, meaning, accepted, accepts): (String, String, Interval, String) =
            switch name {
            case .mean: ("m₀", "the efficient price at the opening", Interval(-1e9, 1e9), "a number from -1e9 to 1e9")
            case .sigma:
                ("σ", "standard deviation of one step of the efficient price", Interval(0, 1e6), "a number from 0 to 1e6")
            case .halfSpread:
                ("c", "half-spread: a buy pays m + c, a sell gets m − c", Interval(0, 1e6), "a number from 0 to 1e6")
            case .gamma:
                ("γ", "probability that a trade is a buy (signs independent)", Interval(0, 1), "a probability from 0 to 1")
            }
        return ParameterTableRow(
            name, symbol: symbol, meaning: meaning, accepted: accepted, accepts: accepts, restartsMarket: true)
    }

    public static func field(_ name: RollParameterName) -> WritableKeyPath<RollParameters, Double> {
        switch name {
        case .mean: \.mean
        case .sigma: \.sigma
        case .halfSpread: \.halfSpread
        case .gamma: \.gamma
        }
    }
}

/// The Roll model's parameter table, in the order `params` lists it.
public let rollParameterTable = RollParameters.table
