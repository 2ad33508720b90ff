import MarketCore
import Testing

// Roll's estimator on small series worked by hand: both covariances (the running one for one tape,
// the pooled one for many) against the same hand-computed Ĉ = (1/n)·Σ(x − x̄)(y − ȳ).

/// Changes 1, 0, 1, 0, 1: pairs (x, y) = (1, 0), (0, 1), (1, 0), (0, 1); x̄ = ȳ = ½; every
/// (x − x̄)(y − ȳ) is −¼, so Ĉ = −¼ and Roll's spread is 2·√¼ = 1. Every figure is dyadic: exact.
private let changes = [1.0, 0, 1, 0, 1]

@Test func theRunningCovarianceOfAHandSeriesIsMinusAQuarter() throws {
    var running = SerialCovariance()
    for c in changes { running.add(change: c) }
    #expect(running.pairs == 4)
    #expect(running.meanLag == 0.5 && running.meanLead == 0.5)
    let cov = try #require(running.covariance)
    #expect(cov == -0.25)
    #expect(RollEstimator.spread(covariance: cov) == 1)
}

@Test func thePooledCovarianceOfTheSameSeriesIsTheSame() {
    // One tape's sums: Σxy = 0 (every pair has a 0), Σ(xy)² = 0, Σy = 2, Σx = 2.
    var pooled = PooledSerialCovariance(range: 1, changes: 5)
    pooled.add(pairs: 4, products: 0, productSquares: 0, leads: 2, lags: 2)
    #expect(pooled.covariance == -0.25)
    #expect(pooled.rollSpread == 1)
    #expect(pooled.standardError == 0)
}

@Test func thePooledCovarianceMergesTapesExactly() {
    // Two tapes: (1, 0), (0, 1) and (1, 0), (0, 1), each Σxy = 0, Σy = 1, Σx = 1; together they
    // are the hand series above.
    var first = PooledSerialCovariance(range: 1, changes: 5)
    var second = first
    first.add(pairs: 2, products: 0, productSquares: 0, leads: 1, lags: 1)
    second.add(pairs: 2, products: 0, productSquares: 0, leads: 1, lags: 1)
    var both = first
    both.merge(second)
    #expect(both.pairs == 4 && both.covariance == -0.25)
    var reversed = second
    reversed.merge(first)
    #expect(reversed == both)
}

@Test func thePooledStandardErrorIsTheProductsSpreadOverRootN() {
    // Products −1, −1, 1, −1: mean −½, mean square 1, variance (1 − ¼) = ¾; s²/(n − 1) = ¼, SE ½.
    var pooled = PooledSerialCovariance(range: 1, changes: 10)
    pooled.add(pairs: 4, products: -2, productSquares: 4, leads: 0, lags: 0)
    #expect(pooled.covariance == -0.5)
    #expect(pooled.standardError == 0.5)
    // Roll's spread: 2·√½ = √2.
    #expect(pooled.rollSpread == 2.0.squareRoot())
}

@Test func rollIsUndefinedWithoutANegativeCovariance() {
    var pooled = PooledSerialCovariance(range: 1, changes: 3)
    #expect(pooled.covariance == nil && pooled.rollSpread == nil && pooled.standardError == nil)
    // One pair (1, 1): Ĉ = 1·1 − 1·1 = 0, not negative.
    pooled.add(pairs: 1, products: 1, productSquares: 1, leads: 1, lags: 1)
    #expect(pooled.covariance == 0 && pooled.rollSpread == nil)
}
