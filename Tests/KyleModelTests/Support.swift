import KyleModel

/// Kyle parameters with the model's defaults except where named.
func kyle(mean: Double = 100, sigma: Double = 4, noiseSD: Double = 8, auctions: Int = 4) -> KyleParameters {
    KyleParameters(mean: mean, sigma: sigma, noiseSD: noiseSD, auctions: auctions)
}
