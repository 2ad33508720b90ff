import MarketCore

/// A sample's mean and the standard error of that mean, from its own spread (two passes).
struct SampleMean {
    let mean: Double
    let standardError: Double

    init(_ values: [Double]) {
        let n = Double(values.count)
        let m = values.reduce(0, +) / n
        mean = m
        let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
        standardError = (variance / n).squareRoot()
    }

    /// Whether `expected` lies within `k` standard errors of the mean.
    func agrees(with expected: Double, within k: Double = 4) -> Bool {
        abs(mean - expected) <= k * standardError
    }
}
