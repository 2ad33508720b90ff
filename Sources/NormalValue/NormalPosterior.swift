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
/// p_j·e_j make P(Z > x), E[Z·1{Z > x}] and their lower-tail twins O(log K) for K breaks. An
/// update inserts at most two breaks and costs O(K).
public struct NormalPosterior: Equatable, Sendable {
    /// m, the prior mean.
    public let priorMean: Double
    /// σ, the prior standard deviation.
    public let sigma: Double
    /// The breaks in z, increasing; cell j is [breaks[j−1], breaks[j]) with ±∞ at the ends.
    private(set) var breaks: [Double] = []
    /// The standard normal on each cell.
    private(set) var cells: [TruncatedNormal] = [TruncatedNormal(-.infinity, .infinity)]
    /// ℓ_j = log p_j, normalised so that Σ e^ℓ_j = 1.
    private(set) var logMasses: [Double] = [0]
    /// p_j = e^ℓ_j.
    private(set) var masses: [Double] = [1]
    /// upperMass[j] = Σ_(i ≥ j) p_i and upperMoment[j] = Σ_(i ≥ j) p_i·e_i (K + 2 entries, last 0).
    private var upperMass: [Double] = [1, 0]
    private var upperMoment: [Double] = [0, 0]
    /// lowerMass[j] = Σ_(i < j) p_i and lowerMoment[j] = Σ_(i < j) p_i·e_i (K + 2 entries, first 0).
    private var lowerMass: [Double] = [0, 1]
    private var lowerMoment: [Double] = [0, 0]
    /// E[Z] and Var[Z] under the posterior.
    public private(set) var standardMean: Double = 0
    public private(set) var standardVariance: Double = 1

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

    /// z = (v − m)/σ.
    @inline(__always)
    public func standardised(_ v: Double) -> Double { (v - priorMean) / sigma }
    /// v = m + σ·z.
    @inline(__always)
    public func value(_ z: Double) -> Double { priorMean + sigma * z }

    /// The cell containing z: the number of breaks ≤ z.
    @inline(__always)
    func cellIndex(_ z: Double) -> Int {
        var low = 0, high = breaks.count
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

    /// Multiplies the density by a step function and renormalises.
    ///
    /// - Parameters:
    ///   - cuts: the step function's breaks in z, increasing (one or two).
    ///   - logFactors: its logarithm on each of the cuts.count + 1 pieces, from the left;
    ///     −∞ for a factor 0.
    /// - Returns: log Σ_j p_j·f_j, the log probability of the order. The caller makes sure it is
    ///   positive (`NormalMarket` refuses an order of probability 0 before it gets here); when it
    ///   is not, the posterior is left as it was.
    @discardableResult
    mutating func multiply(cuts: [Double], logFactors: [Double]) -> Double {
        if logFactors.allSatisfy({ $0 == logFactors[0] }) { return logFactors[0] }
        // Splitting cells leaves the distribution as it was, so it may come before the check.
        for cut in cuts { insert(cut) }
        let pieces = self.pieces(cuts)
        var top = -Double.infinity
        for (piece, range) in pieces.enumerated() where logFactors[piece] > -.infinity {
            for j in range { top = max(top, logMasses[j]) }
        }
        guard top > -.infinity else { return top }
        for (piece, range) in pieces.enumerated() {
            let f = logFactors[piece]
            for j in range { logMasses[j] += f }
        }
        return normalise()
    }

    /// The cells on each piece of a step function whose cuts are already breaks (or ±∞).
    private func pieces(_ cuts: [Double]) -> [Range<Int>] {
        var starts = [0]
        for cut in cuts {
            let start = cut == .infinity ? cells.count : (cut == -.infinity ? 0 : cellIndex(cut))
            starts.append(max(starts[starts.count - 1], start))
        }
        starts.append(cells.count)
        return (0..<(starts.count - 1)).map { starts[$0]..<starts[$0 + 1] }
    }

    /// Splits the cell containing z at z (nothing when z is already a break or infinite).
    private mutating func insert(_ z: Double) {
        guard z.isFinite else { return }
        let j = cellIndex(z)
        let cell = cells[j]
        if z == cell.lower { return }
        let left = TruncatedNormal(cell.lower, z), right = TruncatedNormal(z, cell.upper)
        let l = logMasses[j]
        breaks.insert(z, at: j)
        cells[j] = left
        cells.insert(right, at: j + 1)
        logMasses[j] = l + left.logMassRatio(to: cell)
        logMasses.insert(l + right.logMassRatio(to: cell), at: j + 1)
        masses.insert(0, at: j + 1)
    }

    /// Rescales ℓ so that Σ e^ℓ = 1 and rebuilds p, the sums, E[Z] and Var[Z]; returns the log
    /// normaliser. A cell more than 745 nats below the largest has p = 0 (e^ℓ underflows) but keeps
    /// its ℓ, so later orders can bring it back.
    private mutating func normalise() -> Double {
        let top = logMasses.max() ?? -.infinity
        let n = cells.count
        var total = 0.0
        for j in 0..<n {
            let d = logMasses[j] - top
            let e = d > -746 ? exp(d) : 0
            masses[j] = e
            total += e
        }
        let logTotal = top + log(total)
        let scale = 1 / total
        upperMass.removeAll(keepingCapacity: true)
        upperMoment.removeAll(keepingCapacity: true)
        upperMass.append(contentsOf: repeatElement(0, count: n + 1))
        upperMoment.append(contentsOf: repeatElement(0, count: n + 1))
        lowerMass.removeAll(keepingCapacity: true)
        lowerMoment.removeAll(keepingCapacity: true)
        lowerMass.append(0)
        lowerMoment.append(0)
        var mass = 0.0, moment = 0.0
        for j in 0..<n {
            logMasses[j] -= logTotal
            masses[j] *= scale
            mass += masses[j]
            moment += masses[j] * cells[j].mean
            lowerMass.append(mass)
            lowerMoment.append(moment)
        }
        mass = 0
        moment = 0
        for j in stride(from: n - 1, through: 0, by: -1) {
            mass += masses[j]
            moment += masses[j] * cells[j].mean
            upperMass[j] = mass
            upperMoment[j] = moment
        }
        let m = moment
        var variance = 0.0
        for j in 0..<n where masses[j] > 0 {
            let d = cells[j].mean - m
            variance += masses[j] * (cells[j].variance + d * d)
        }
        standardMean = m
        standardVariance = variance
        return logTotal
    }
}
