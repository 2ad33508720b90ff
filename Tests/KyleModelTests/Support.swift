import KyleModel

/// Kyle parameters with the model's defaults except where named.
func kyle(mean: Double = 100, sigma: Double = 4, noiseSD: Double = 8, auctions: Int = 4) -> KyleParameters {
    KyleParameters(mean: mean, sigma: sigma, noiseSD: noiseSD, auctions: auctions)
}

/// The mean of `xs` and its standard error s/√n.
func meanAndStandardError(_ xs: [Double]) -> (mean: Double, standardError: Double) {
    let n = Double(xs.count)
    let mean = xs.reduce(0, +) / n
    let variance = xs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
    return (mean, (variance / n).squareRoot())
}
