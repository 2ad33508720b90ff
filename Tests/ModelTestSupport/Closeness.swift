// The comparisons the model tests share: one definition, one default tolerance. A test that
// needs a looser one names it (`tol: 1e-9` for the normal model's Φ/φ sums).

/// The tolerance a comparison uses unless the test names its own.
public let defaultTolerance = 1e-12

/// |actual − expected| ≤ tol·max(1, |expected|): absolute for probabilities, relative for prices.
public func isClose(_ actual: Double?, _ expected: Double, tol: Double = defaultTolerance) -> Bool {
    guard let actual, actual.isFinite else { return false }
    return abs(actual - expected) <= tol * max(1, abs(expected))
}

/// |actual − expected| ≤ tol·|expected|: relative, for numbers far from 1.
public func isRelativelyClose(_ actual: Double?, _ expected: Double, tol: Double = defaultTolerance) -> Bool {
    guard let actual, actual.isFinite else { return false }
    return abs(actual - expected) <= tol * abs(expected)
}
