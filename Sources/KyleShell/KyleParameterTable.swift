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
    var row: KyleParameterRow {
        switch self {
        case .mean:
            KyleParameterRow(
                name: self, symbol: "p₀", meaning: "the prior mean of v, and the opening price",
                accepted: Interval(-1e9, 1e9), accepts: "a number from -1e9 to 1e9")
        case .sigma:
            KyleParameterRow(
                name: self, symbol: "√Σ₀", meaning: "the prior standard deviation of v (σ_v)",
                accepted: Interval(1e-6, 1e6), accepts: "a number from 1e-6 to 1e6")
        case .noiseSD:
            KyleParameterRow(
                name: self, symbol: "σ_u", meaning: "sd of the noise traders' flow over the whole day",
                accepted: Interval(1e-6, 1e6), accepts: "a number from 1e-6 to 1e6")
        case .auctions:
            KyleParameterRow(
                name: self, symbol: "N", meaning: "auctions in the day (1 is the one-shot model)",
                accepted: Interval(1, Double(maximumAuctions)), accepts: "a whole number from 1 to \(maximumAuctions)",
                whole: true)
        }
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
        guard row.accepted.contains(value), !row.whole || value == value.rounded() else { return nil }
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

/// One parameter of the Kyle model as `set`, `params`, `help`, completion and errors show it.
struct KyleParameterRow: Sendable {
    let name: KyleParameterName
    let symbol: String
    let meaning: String
    let accepted: Interval
    let accepts: String
    var whole = false
}

/// The Kyle model's parameters in the order `params` lists them.
let kyleParameterRows: [ParameterRow] = KyleParameterName.allCases.map { name in
    let row = name.row
    return ParameterRow(
        name: name.rawValue, symbol: row.symbol, meaning: row.meaning, accepts: row.accepts, restartsMarket: true,
        words: [:])
}
