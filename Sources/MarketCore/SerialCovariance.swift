/// The sample covariance of consecutive price changes on one tape, cov(Δp_t, Δp_{t−1}), kept up
/// to date in O(1) per trade (the Roll model's running estimate).
///
/// Over the n pairs (x_i, y_i) = (Δp_{i+1}, Δp_{i+2}) seen so far it is
/// Ĉ = (1/n)·Σ (x_i − x̄)(y_i − ȳ), the definition `PooledSerialCovariance` pools over many tapes
/// (means of the lagged and the leading change taken separately, divisor n). It is the
/// exact sample covariance of every pair so far, not a window or a decayed average: each pair
/// updates the means and the co-moment S = n·Ĉ by Welford's recurrence
/// S_n = S_{n−1} + (x_n − x̄_{n−1})·(y_n − ȳ_n), which equals the two-pass sum in exact arithmetic
/// and avoids its cancellation in floating point. One pair gives Ĉ = 0 whatever the changes (each
/// deviation from its own mean is 0), so the covariance is reported from two pairs on.
public struct SerialCovariance: Equatable, Sendable {
    /// The pairs of consecutive price changes so far.
    public private(set) var pairs = 0
    /// The mean of the earlier change of each pair, x̄.
    public private(set) var meanLag = 0.0
    /// The mean of the later change of each pair, ȳ.
    public private(set) var meanLead = 0.0
    /// S = Σ (x_i − x̄)(y_i − ȳ).
    private var comoment = 0.0
    /// The latest price change, which becomes the earlier one of the next pair.
    public private(set) var lastChange: Double?

    public init() {}

    /// The smallest number of pairs at which Ĉ is reported.
    public static let minimumPairs = 2

    /// Ĉ, or nil before `minimumPairs` pairs.
    public var covariance: Double? {
        pairs >= Self.minimumPairs ? comoment / Double(pairs) : nil
    }

    /// Takes the next price change Δp_t: with the previous one it forms a pair.
    public mutating func add(change: Double) {
        if let x = lastChange {
            pairs += 1
            let n = Double(pairs)
            let dx = x - meanLag
            meanLag += dx / n
            meanLead += (change - meanLead) / n
            comoment += dx * (change - meanLead)
        }
        lastChange = change
    }
}

/// Roll's (1984) spread estimate from a serial covariance: 2·√(−cov), defined only when cov < 0.
public enum RollEstimator {
    /// 2·√(−cov), or nil when cov ≥ 0 (no real root: the estimator is undefined).
    @inlinable
    public static func spread(covariance: Double) -> Double? {
        covariance < 0 ? 2 * (-covariance).squareRoot() : nil
    }
}
