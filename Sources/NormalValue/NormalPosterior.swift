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
/// underflow nor lose a cell that later orders bring back. The cells live in a balanced tree
/// (`PosteriorCells`) whose subtrees carry their log probability, mean and variance: an order's
/// update (`multiply`, in NormalPosterior+Update.swift), E[Z], Var[Z], P(Z > x), E[Z·1{Z > x}] and
/// their lower-tail twins each cost O(log K) for K breaks. A cell narrower than 10⁻⁵ of the belief's
/// sd is merged into a neighbour (NormalPosterior+Merge.swift, with the error bound), so the breaks
/// stay few even when the quotes walk over the same prices for 10⁶ orders.
public struct NormalPosterior: Equatable, Sendable {
    /// m, the prior mean.
    public let priorMean: Double
    /// σ, the prior standard deviation.
    public let sigma: Double
    /// The cells, their ℓ (normalised: the root's log probability is 0) and subtree summaries.
    var tree = PosteriorCells()
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
    public var isNormal: Bool { tree.count == 1 }
    /// How many breaks the belief holds (cells − 1).
    public var breakCount: Int { tree.count - 1 }
    /// The quotes met so far, in v, increasing: where the density jumps (O(K)).
    public var breakpoints: [Double] { tree.ordered.dropFirst().map { value($0.cell.lower) } }

    /// The cells from the left (O(K)).
    var cells: [TruncatedNormal] { tree.ordered.map(\.cell) }
    /// ℓ_j = log P(cell j) for every cell from the left (O(K)).
    var logMasses: [Double] { tree.ordered.map(\.logMass) }

    /// z = (v − m)/σ.
    @inline(__always)
    public func standardised(_ v: Double) -> Double { (v - priorMean) / sigma }
    /// v = m + σ·z.
    @inline(__always)
    public func value(_ z: Double) -> Double { priorMean + sigma * z }

    /// (P(Z > z), E[Z·1{Z > z}]).
    func upper(_ z: Double) -> (probability: Double, moment: Double) { tree.upper(z) }

    /// (P(Z < z), E[Z·1{Z < z}]).
    func lower(_ z: Double) -> (probability: Double, moment: Double) { tree.lower(z) }

    /// The posterior density of Z at z: p_j·φ(z)/mass_j for z's cell, with mass_j = φ(a)·e^r for its
    /// anchor a, so φ(z)/mass_j = e^(−(z − a)(z + a)/2 − r).
    func density(_ z: Double) -> Double {
        guard z.isFinite else { return 0 }
        let (cell, l) = tree.cell(containing: z)
        return exp(l) * exp(-0.5 * (z - cell.anchor) * (z + cell.anchor) - cell.logRelativeMass)
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
