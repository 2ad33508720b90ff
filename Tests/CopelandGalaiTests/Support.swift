import CopelandGalai

/// A parameter set built field by field from the model's defaults (m = 100, w = 2, π = 0.2, C = 1),
/// so a test states each value it relies on.
func copeland(
    mean: Double = CopelandParameters().mean, width: Double = CopelandParameters().width,
    pi: Double = CopelandParameters().pi, premium: Double = CopelandParameters().premium
) -> CopelandParameters {
    CopelandParameters(mean: mean, width: width, pi: pi, premium: premium)
}

/// A generator that hands out the given uniforms in order, so a test chooses nature's draws:
/// `nextUnit()` returns each exactly when it is a multiple of 2⁻⁵³ in [0, 1).
struct ScriptedUnits: RandomNumberGenerator {
    private let units: [Double]
    private(set) var used = 0

    init(_ units: [Double]) { self.units = units }

    mutating func next() -> UInt64 {
        defer { used += 1 }
        return UInt64(units[used] * 0x1p53) << 11
    }
}

/// A sample's mean and the standard error of that mean, from its own spread (two passes).
struct SampleMean {
    let count: Int
    let mean: Double
    let standardError: Double

    init(_ values: [Double]) {
        count = values.count
        let n = Double(values.count)
        let m = values.reduce(0, +) / n
        mean = m
        let variance = values.reduce(0) { $0 + ($1 - m) * ($1 - m) } / (n - 1)
        standardError = (variance / n).squareRoot()
    }

    /// Whether `expected` lies within `k` of the sample's standard errors of the mean.
    func agrees(with expected: Double, within k: Double = 4) -> Bool {
        abs(mean - expected) <= k * standardError
    }
}
