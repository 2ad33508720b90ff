import Foundation

/// The market maker's belief about v: the prior N(m, σ²) times a step function, normalised.
///
/// Every order multiplies the density by a step function with breaks at the quotes it met
/// (`NormalLikelihood`), so after any tape the posterior is, in z = (v − m)/σ,
///
///     g(z) = Σ_j p_j · φ(z)·1{z ∈ C_j} / (Φ(u_j) − Φ(l_j)),   C_j = [l_j, u_j),
///
/// with the cells C_j cut at the sorted breaks and p_j the posterior probability of cell j. Every
/// probability and moment is a finite sum of Φ and φ terms: P(Z > x) = Σ_(j above x) p_j plus the
/// share of x's own cell above x, E[Z·1{Z > x}] the same sum weighted by each piece's mean
/// (`TruncatedNormal`), E[Z] = Σ p_j·e_j, Var[Z] = Σ p_j·(v_j + (e_j − E[Z])²).
///
/// The p_j are kept as logarithms ℓ_j (normalised, Σ e^ℓ_j = 1) so that 10⁵ orders one way neither
/// underflow nor lose a cell that later orders bring back; suffix and prefix sums of p_j and
/// p_j·e_j make P(Z > x), E[Z·1{Z > x}] and their lower-tail twins O(log K) for K breaks.
///
/// Only the cells of a window [w₀, w₁) around the mass are live: a cell at the window's edge with
/// ℓ < −800 (e^−800 is below the smallest Double, so it adds exactly nothing to any sum) leaves it,
/// and the ℓ of every cell left of the window (right of it) is kept up to one shared offset, since
/// an order adds the same log factor to all of them. When a side's largest ℓ climbs back above
/// −780 that side rejoins the window. An update (`multiply`, in NormalPosterior+Update.swift) thus
/// costs O(window) plus one move of the arrays to insert its breaks. A cell narrower than 10⁻⁵ of
/// the belief's sd is merged into a neighbour (NormalPosterior+Merge.swift, with the
/// error bound), so the breaks stay few even when the quotes walk over the same prices for 10⁶ orders.
public struct NormalPosterior: Equatable, Sendable {
    /// m, the prior mean.
    public let priorMean: Double
    /// σ, the prior standard deviation.
    public let sigma: Double
    /// The breaks in z, increasing; cell j is [breaks[j−1], breaks[j]) with ±∞ at the ends.
    internal(set) var breaks: [Double] = []
    /// The standard normal on each cell.
    internal(set) var cells: [TruncatedNormal] = [TruncatedNormal(-.infinity, .infinity)]
    /// ℓ_j = log p_j, normalised so that Σ e^ℓ_j = 1; outside the window, up to its side's offset.
    internal(set) var storedLogMasses: [Double] = [0]
    /// p_j = e^ℓ_j in the window, 0 outside.
    internal(set) var masses: [Double] = [1]
    /// The live cells [w₀, w₁).
    internal(set) var window = 0..<1
    /// What to add to a stored ℓ left (right) of the window, and the largest stored ℓ there.
    var leftOffset = 0.0, rightOffset = 0.0
    var leftTop = -Double.infinity, rightTop = -Double.infinity
    /// upperMass[j] = Σ_(i ≥ j) p_i and upperMoment[j] = Σ_(i ≥ j) p_i·e_i, for j in w₀ … w₁
    /// (K + 2 entries; upperMass[w₁] = 0).
    var upperMass: [Double] = [1, 0]
    var upperMoment: [Double] = [0, 0]
    /// lowerMass[j] = Σ_(i < j) p_i and lowerMoment[j] = Σ_(i < j) p_i·e_i, for j in w₀ … w₁
    /// (lowerMass[w₀] = 0).
    var lowerMass: [Double] = [0, 1]
    var lowerMoment: [Double] = [0, 0]
    /// ρ: after an order, a cell beside its cuts narrower than ρ·sd[Z] joins a neighbour
    /// (NormalPosterior+Merge.swift); 0 keeps every break (the exact belief the tests compare with).
    public var mergeResolution = NormalPosterior.defaultMergeResolution
    /// E[Z] and Var[Z] under the posterior.
    public internal(set) var standardMean: Double = 0
    public internal(set) var standardVariance: Double = 1

    /// The prior itself, N(m, σ²).
    public init(mean: Double, sigma: Double) {
        priorMean = mean
        self.sigma = sigma
    }

    /// E[v] = m + σ·E[Z].
    public var mean: Double { priorMean + sigma * standardMean }
    /// sd[v] = σ·√Var[Z].
    public var standardDeviation: Double { sigma * standardVariance.squareRoot() }
    /// Whether the posterior is still the prior normal (no informative order yet), so that the
    /// inverse Mills ratio gives its tails.
    public var isNormal: Bool { breaks.isEmpty }
    /// The quotes met so far, in v, increasing: where the density jumps.
    public var breakpoints: [Double] { breaks.map(value) }

    /// How many cells are live (in the window).
    public var liveCells: Int { window.count }

    /// ℓ_j = log P(cell j), also outside the window.
    func logMass(ofCell j: Int) -> Double {
        storedLogMasses[j] + (j < window.lowerBound ? leftOffset : (j >= window.upperBound ? rightOffset : 0))
    }

    /// z = (v − m)/σ.
    @inline(__always)
    public func standardised(_ v: Double) -> Double { (v - priorMean) / sigma }
    /// v = m + σ·z.
    @inline(__always)
    public func value(_ z: Double) -> Double { priorMean + sigma * z }

    /// The cell containing z: the number of breaks ≤ z.
    @inline(__always)
    func cellIndex(_ z: Double) -> Int {
        var low = 0
        var high = breaks.count
        while low < high {
            let middle = (low + high) >> 1
            if breaks[middle] <= z { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// (P(Z > z), E[Z·1{Z > z}]).
    func upper(_ z: Double) -> (probability: Double, moment: Double) {
        if z == .infinity { return (0, 0) }
        let j = cellIndex(z)
        if j < window.lowerBound { return (upperMass[window.lowerBound], upperMoment[window.lowerBound]) }
        if j >= window.upperBound { return (0, 0) }
        let cell = cells[j]
        if z == cell.lower { return (upperMass[j], upperMoment[j]) }
        let part = TruncatedNormal(z, cell.upper)
        let p = masses[j] * exp(part.logMassRatio(to: cell))
        return (p + upperMass[j + 1], p * part.mean + upperMoment[j + 1])
    }

    /// (P(Z < z), E[Z·1{Z < z}]).
    func lower(_ z: Double) -> (probability: Double, moment: Double) {
        if z == -.infinity { return (0, 0) }
        let j = cellIndex(z)
        if j < window.lowerBound { return (0, 0) }
        if j >= window.upperBound { return (lowerMass[window.upperBound], lowerMoment[window.upperBound]) }
        let cell = cells[j]
        if z == cell.lower { return (lowerMass[j], lowerMoment[j]) }
        let part = TruncatedNormal(cell.lower, z)
        let p = masses[j] * exp(part.logMassRatio(to: cell))
        return (lowerMass[j] + p, lowerMoment[j] + p * part.mean)
    }

    /// The posterior density of Z at z: p_j·φ(z)/mass_j for z's cell, with mass_j = φ(a)·e^r for its
    /// anchor a, so φ(z)/mass_j = e^(−(z − a)(z + a)/2 − r).
    func density(_ z: Double) -> Double {
        guard z.isFinite else { return 0 }
        let j = cellIndex(z)
        let cell = cells[j]
        return masses[j] * exp(-0.5 * (z - cell.anchor) * (z + cell.anchor) - cell.logRelativeMass)
    }

    /// P(v > x).
    public func probability(above x: Double) -> Double { upper(standardised(x)).probability }
    /// P(v < x).
    public func probability(below x: Double) -> Double { lower(standardised(x)).probability }
    /// P(x ≤ v ≤ y), as 1 − P(v < x) − P(v > y) summed from the tails inward.
    public func probability(from x: Double, to y: Double) -> Double {
        max(0, 1 - lower(standardised(x)).probability - upper(standardised(y)).probability)
    }

    /// E[v | v > x], or nil when P(v > x) = 0.
    public func mean(above x: Double) -> Double? {
        let (p, moment) = upper(standardised(x))
        return p > 0 ? value(moment / p) : nil
    }

    /// E[v | v < x], or nil when P(v < x) = 0.
    public func mean(below x: Double) -> Double? {
        let (p, moment) = lower(standardised(x))
        return p > 0 ? value(moment / p) : nil
    }

    /// The posterior density of v at x, g(z)/σ.
    public func density(at x: Double) -> Double { density(standardised(x)) / sigma }
}
