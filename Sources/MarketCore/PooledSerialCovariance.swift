/// The covariance of consecutive price changes pooled over many tapes (Monte Carlo sessions), held
/// in fixed-point sums so that tapes added or merged in any order give the same bits.
///
/// Over the n pairs (x_i, y_i) = (Δp_{t−1}, Δp_t) of all tapes it is
/// Ĉ = Σx_i·y_i/n − (Σy_i/n)·(Σx_i/n), the same Ĉ = (1/n)·Σ (x_i − x̄)(y_i − ȳ) that
/// `SerialCovariance` keeps for one tape. This one-pass form loses digits when the changes sit far
/// from zero (price changes do not), but unlike Welford's recurrence it merges exactly, which a
/// result that must not depend on the number of threads needs. A tape adds its own sums: a session
/// loop keeps them in registers and hands them over once.
public struct PooledSerialCovariance: Equatable, Sendable {
    /// Pairs of consecutive changes, n.
    public private(set) var pairs = 0
    private var product: FixedPointSum
    private var productSquares: FixedPointSum
    private var lead: FixedPointSum
    private var lag: FixedPointSum

    /// Empty sums for tapes of at most `changes` price changes, each at most `range` in magnitude.
    public init(range: Double, changes: Int) {
        let n = Double(max(changes, 1))
        product = FixedPointSum(bound: n * range * range)
        productSquares = FixedPointSum(bound: n * range * range * range * range)
        lead = FixedPointSum(bound: range)
        lag = FixedPointSum(bound: range)
    }

    /// Adds one tape's `pairs` pairs: Σx·y, Σ(x·y)², Σy (the later changes) and Σx (the earlier).
    public mutating func add(
        pairs count: Int, products: Double, productSquares squares: Double, leads: Double, lags: Double
    ) {
        pairs &+= count
        product.add(products)
        productSquares.add(squares)
        lead.add(leads)
        lag.add(lags)
    }

    /// Ĉ = Σxy/n − (Σy/n)·(Σx/n); nil before the first pair.
    public var covariance: Double? {
        guard pairs > 0 else { return nil }
        let n = Double(pairs)
        return product.value / n - (lead.value / n) * (lag.value / n)
    }

    /// The standard error of `covariance`, treating the products x·y as uncorrelated (true for
    /// martingale differences, and nearly so for the bounce): √((Σ(xy)²/n − (Σxy/n)²)/(n − 1)).
    public var standardError: Double? {
        guard pairs > 1 else { return nil }
        let n = Double(pairs)
        let mean = product.value / n
        return (max(0, productSquares.value / n - mean * mean) / (n - 1)).squareRoot()
    }

    /// Roll's spread 2·√(−Ĉ); nil when Ĉ is undefined or not negative.
    public var rollSpread: Double? { covariance.flatMap(RollEstimator.spread) }

    /// Adds the tapes of other sums with the same bounds.
    public mutating func merge(_ other: PooledSerialCovariance) {
        pairs &+= other.pairs
        product.merge(other.product)
        productSquares.merge(other.productSquares)
        lead.merge(other.lead)
        lag.merge(other.lag)
    }
}
