import KyleModel
import ShellKit

/// The name of a Kyle-model parameter (nature's truth and the seed live elsewhere).
enum KyleParameterName: String, CaseIterable, Sendable {
    case mean, sigma
    case noiseSD = "noise_sd"
    case auctions

    /// This parameter's row: the one place its symbol, meaning and accepted values are written.
    ///
    /// Every change defines a new equilibrium, so every one restarts the day at t = 0.
    var row: ParameterTableRow<KyleParameterName> {
        let (symbol, meaning): (String, String) =
            switch self {
            case .mean: ("p₀", "the prior mean of v, and the opening price")
            case .sigma: ("√Σ₀", "the prior standard deviation of v (σ_v)")
            case .noiseSD: ("σ_u", "sd of the noise traders' flow over the whole day")
            case .auctions: ("N", "auctions in the day (1 is the one-shot model)")
            }
        let (accepted, accepts): (Interval, String) =
            switch self {
            case .mean: (Interval(-1e9, 1e9), "a number from -1e9 to 1e9")
            case .sigma, .noiseSD: (Interval(1e-6, 1e6), "a number from 1e-6 to 1e6")
            case .auctions: (Interval(1, Double(maximumAuctions)), "a whole number from 1 to \(maximumAuctions)")
            }
        return ParameterTableRow(
            self, symbol: symbol, meaning: meaning, accepted: accepted, accepts: accepts, restartsMarket: true,
            whole: self == .auctions)
    }

    /// The value of this parameter in `p`.
    func value(in p: KyleParameters) -> Double {
        switch self {
        case .mean: p.mean
        case .sigma: p.sigma
        case .noiseSD: p.noiseSD
        case .auctions: Double(p.auctions)
        }
    }

    /// A copy of `p` with this parameter set to `value`, or nil when the row does not accept it.
    func setting(_ value: Double, in p: KyleParameters) -> KyleParameters? {
        guard row.admits(value) else { return nil }
        var copy = p
        switch self {
        case .mean: copy.mean = value
        case .sigma: copy.sigma = value
        case .noiseSD: copy.noiseSD = value
        case .auctions: copy.auctions = Int(value)
        }
        return copy
    }
}

/// The most auctions a day may have.
let maximumAuctions = 1000

/// The Kyle model's parameters in the order `params` lists them.
let kyleParameterRows: [ParameterRow] = KyleParameterName.allCases.map { ParameterRow($0.row) }
