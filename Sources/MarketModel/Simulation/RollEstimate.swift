/// Roll's (1984) spread estimator on the simulated trade prices, beside the spread actually quoted.
///
/// Roll reads the transitory part of price changes, the part the next trade reverses: if trades hit
/// a fixed bid and ask with order signs that are uncorrelated and carry no information, successive
/// changes are negatively correlated and 2·√(−cov(Δp_t, Δp_{t−1})) is the spread. In Glosten–Milgrom
/// a trade price is E[V | orders so far] + c·q_t (q_t = ±1, the order's sign). With c = 0 and the
/// truth drawn from the market maker's prior that is a martingale: its changes are uncorrelated and
/// Roll sees none of the adverse-selection spread. With c > 0 the cost is transitory, but Roll reads
/// about 2c only when order signs are uncorrelated and uninformative; GM orders are neither (each
/// moves E[V] its own way, informed orders run one way), so it reads more or less than 2c. With the
/// truth fixed by the plan the prices are not a martingale under nature's draws and their changes
/// can be correlated either way even at c = 0. `SimulationVerdicts` words this from the figures.
///
/// Δp runs over consecutive trades within a session (no-trades skipped); the covariance pools the
/// pairs (Δp_{t−1}, Δp_t) of all sessions: mean(Δp_t·Δp_{t−1}) − mean(Δp_t)·mean(Δp_{t−1}).
public struct RollEstimate: Equatable, Sendable {
    /// Trades.
    public private(set) var trades = 0
    /// Trades with both sides open, at which the quoted spread was averaged (a withdrawn side has
    /// no price, so no spread).
    public private(set) var quotedTrades = 0
    /// The pooled covariance of consecutive changes, and Roll's spread from it.
    private var changes: PooledSerialCovariance
    private var quotedSpread: FixedPointSum

    /// `range` bounds one price change (V_H − V_L + 2c); `arrivals` is N.
    init(range: Double, arrivals: Int) {
        changes = PooledSerialCovariance(range: range, changes: arrivals)
        quotedSpread = FixedPointSum(bound: Double(max(arrivals, 1)) * range)
    }

    /// Pairs of consecutive price changes.
    public var pairs: Int { changes.pairs }

    /// cov(Δp_t, Δp_{t−1}), pooled over all sessions.
    public var autocovariance: Double? { changes.covariance }

    /// The standard error of `autocovariance`, treating the products Δp_t·Δp_{t−1} as uncorrelated
    /// (true for martingale differences, and nearly so for the bounce).
    public var autocovarianceStandardError: Double? { changes.standardError }

    /// 2·√(−cov): Roll's spread; nil when the covariance is not negative (the estimator is undefined).
    public var spread: Double? { changes.rollSpread }

    /// The mean quoted spread ask − bid at the moments trades happened: what Roll tries to estimate.
    /// Trades met with a side withdrawn are left out (`quotedTrades` counts the rest).
    public var meanQuotedSpread: Double? { quotedTrades > 0 ? quotedSpread.value / Double(quotedTrades) : nil }

    /// One session's sums, kept by the session loop.
    struct SessionSums {
        var product = 0.0, productSquares = 0.0, quotedSpread = 0.0
        var trades = 0, quotedTrades = 0
        /// The first two trade prices and the last two (Σ of the changes telescopes to these).
        var first = 0.0, second = 0.0, beforeLast = 0.0, last = 0.0
    }

    mutating func record(_ s: SessionSums) {
        trades &+= s.trades
        quotedTrades &+= s.quotedTrades
        quotedSpread.add(s.quotedSpread)
        guard s.trades >= 3 else { return }
        // Σ Δp_t over t = 3…T is p_T − p_2; Σ Δp_{t−1} is p_{T−1} − p_1.
        changes.add(
            pairs: s.trades - 2, products: s.product, productSquares: s.productSquares,
            leads: s.last - s.second, lags: s.beforeLast - s.first)
    }

    mutating func merge(_ other: RollEstimate) {
        trades &+= other.trades
        quotedTrades &+= other.quotedTrades
        changes.merge(other.changes)
        quotedSpread.merge(other.quotedSpread)
    }
}
