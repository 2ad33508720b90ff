import Foundation

/// Bayes' rule on the step-function posterior: multiply by P(order | z) and renormalise, in
/// O(log K) for K cells (see `PosteriorCells`).
extension NormalPosterior {
    /// Multiplies the density by a step function and renormalises.
    ///
    /// - Parameters:
    ///   - cuts: the step function's breaks in z, increasing (one or two; ±∞ for a side with no quote).
    ///   - logFactors: its logarithm on each of the cuts.count + 1 pieces, from the left;
    ///     −∞ for a factor 0.
    /// - Returns: log Σ_j p_j·f_j, the log probability of the order. The caller makes sure it is
    ///   positive (`NormalMarket` refuses an order of probability 0 before it gets here); when it
    ///   is not, −∞ comes back and the distribution is unchanged (its cells may have been split).
    ///
    /// Each piece's factor is taken relative to the largest, f − f_max ≤ 0, and added to the ℓ of
    /// the piece's cells: the same belief once normalised, one range of the tree per piece (none
    /// for the largest), and no ∞ − ∞ when a factor is 0.
    @discardableResult
    mutating func multiply(cuts: [Double], logFactors: [Double]) -> Double {
        if logFactors.allSatisfy({ $0 == logFactors[0] }) { return logFactors[0] }
        let resolution = mergeResolution * standardVariance.squareRoot()
        // Splitting cells leaves the distribution as it was, so it may come before the check.
        for cut in cuts where cut.isFinite && tree.cell(containing: cut).cell.lower != cut { tree.split(at: cut) }
        let ends = [-Double.infinity] + cuts + [.infinity]
        // Σ_pieces p·e^(f − f_max) = P(order)·e^(−f_max); −∞ when the order cannot happen.
        let top = logFactors.max() ?? 0
        guard top > -.infinity else { return top }
        var evidence = 0.0
        for (piece, f) in logFactors.enumerated() where f > -.infinity && ends[piece] < ends[piece + 1] {
            evidence += exp(f - top) * probability(ofPiece: ends[piece], ends[piece + 1])
        }
        guard evidence > 0 else { return -.infinity }
        for (piece, f) in logFactors.enumerated() where f < top && ends[piece] < ends[piece + 1] {
            tree.add(f - top, from: ends[piece], to: ends[piece + 1])
        }
        // Σ e^ℓ is now P(order)·e^(−f_max); relative to it, a merge may move at most τ·e^(f_min − f_max).
        mergeNarrowCells(around: cuts, width: resolution, total: exp((logFactors.min() ?? 0) - top))
        return top + normalise()
    }

    /// P(low ≤ Z < high) for two breaks (or ±∞) of the normalised belief.
    private func probability(ofPiece low: Double, _ high: Double) -> Double {
        if low == -.infinity { return high == .infinity ? 1 : tree.lower(high).probability }
        if high == .infinity { return tree.upper(low).probability }
        return max(0, tree.upper(low).probability - tree.upper(high).probability)
    }

    /// Rescales every ℓ so that Σ e^ℓ = 1 and reads E[Z] and Var[Z] off the root; returns the
    /// log normaliser.
    @discardableResult
    mutating func normalise() -> Double {
        let logTotal = tree.total.logMass
        tree.addToAll(-logTotal)
        let total = tree.total
        standardMean = total.mean
        standardVariance = total.variance
        return logTotal
    }
}
