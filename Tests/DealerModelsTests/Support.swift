import MarketCore
import ModelTestSupport

/// A sample's mean and the standard error of that mean, from its own spread (two passes).
struct SampleMean {
    let mean: Double
    let standardError: Double

    init(_ values: [Double]) {
        (mean, standardError) = meanAndStandardError(values)
    }

    /// Whether `expected` lies within `k` standard errors of the mean.
    func agrees(with expected: Double, within k: Double = 4) -> Bool {
        abs(mean - expected) <= k * standardError
    }
}
