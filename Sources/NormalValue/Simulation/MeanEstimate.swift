/// A running mean with its standard error, by Welford's update (no cancellation in the variance).
///
/// After x₁ … x_n: mean x̄ = Σx/n, s² = Σ(x − x̄)²/(n − 1), standard error s/√n.
public struct MeanEstimate: Equatable, Sendable {
    /// n, the number of observations.
    public private(set) var count = 0
    /// x̄ (0 before the first observation).
    public private(set) var mean = 0.0
    /// Σ(x − x̄)².
    private var squares = 0.0

    public init() {}

    /// Adds one observation: δ = x − x̄, x̄ += δ/n, Σ(x − x̄)² += δ·(x − x̄_new).
    public mutating func add(_ x: Double) {
        count += 1
        let delta = x - mean
        mean += delta / Double(count)
        squares += delta * (x - mean)
    }

    /// s² = Σ(x − x̄)²/(n − 1), or nil below two observations.
    public var variance: Double? { count > 1 ? squares / Double(count - 1) : nil }

    /// s/√n, or nil below two observations.
    public var standardError: Double? { variance.map { ($0 / Double(count)).squareRoot() } }
}
