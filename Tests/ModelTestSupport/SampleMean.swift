/// The mean of `xs` and its standard error s/√n (s from the sample's own spread, two passes): what a
/// test over many seeded runs compares with a closed form, within a few standard errors.
public func meanAndStandardError(_ xs: [Double]) -> (mean: Double, standardError: Double) {
    let n = Double(xs.count)
    let mean = xs.reduce(0, +) / n
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
}
