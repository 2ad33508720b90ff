import Foundation

/// Bounding the breaks: a cell narrower than the quotes' resolution joins a neighbour.
///
/// Every order cuts the belief at the quotes it met, so a long tape holds one break per order. When
/// few orders are informed (μ = 0.001) the quotes walk back and forth over nearly the same prices and
/// the breaks pile up in clusters a few 10⁻¹⁰ of the belief's sd wide (`glosten-bench --normal-run`
/// prints their spacing): without a bound, `run 40000` held 40 000 cells. Merged, about 3 orders in
/// 100 still add a break at μ = 0.001 (10⁶ orders: 29 000 breaks), which the tree of cells
/// (`PosteriorCells`) updates in O(log K) an order.
///
/// After an update, a cell next to a cut it just made that is narrower than ρ·sd[Z] (ρ =
/// `mergeResolution`, sd[Z] the belief's before the order) joins the neighbour whose density is
/// closer to its own, when that moves at most τ = 10⁻⁹ of probability (below). The joined cell [l, u) keeps the two cells' total probability, now spread as
/// φ over [l, u); so the merge moves probability
///
///     e = M_C·M_N/(M_C + M_N)·|h_C − h_N|,   h = p/M  (M = Φ(u) − Φ(l) of each cell),
///
/// within [l, u) and nowhere else. Hence (a) every P(Z > x) and P(Z < x) changes by at most e;
/// (b) E[Z], E[Z·1{Z > x}] and E[Z·1{Z < x}] change by at most e·(u − l); (c) every quote's
/// fixed-point equation F(x) = (x − κ)·D(x) − N(x) changes by at most (μ + K)·e·(u − l), since
/// x·ΔP − ΔE[Z·1{Z > x}] only weighs the moved mass by its distance to x inside [l, u) (the same
/// for the bid), so with F′ ≥ D ≥ K the quote moves by at most (1 + μ/K)·e·(u − l) in z, with
/// e ≤ τ and u − l the joined cell's width. MergeTests checks one merge against this bound, and
/// seeded paths of 2 000 orders against the exact, unmerged belief (`mergeResolution = 0`): every
/// quote, E[v] and sd the same at the printed 4 decimals and within 10⁻⁷σ. The bounds hold for each
/// merge; later orders act on the merged belief, so over a long tape they add up (at most τ per
/// merge in probability, far less in the quotes).
extension NormalPosterior {
    /// ρ: cells narrower than this share of the belief's sd are merged.
    public static let defaultMergeResolution = 1e-5
    /// τ: the most probability one merge may move (a narrow cell between very different densities,
    /// as when μ is large, is left alone).
    static let mergeTolerance = 1e-9

    /// Joins a cell narrower than `width` next to each cut to a neighbour; returns the mass moved.
    ///
    /// The neighbour is the one whose density is closer to its own (e, the mass moved, smaller).
    /// `total` is a lower bound on Σ e^ℓ (the smallest factor of the update relative to the
    /// largest, since ℓ was normalised before it), so e/total bounds what `normalise` leaves of a
    /// move; a merge is made only when that is at most τ.
    @discardableResult
    mutating func mergeNarrowCells(around cuts: [Double], width: Double, total: Double = 1) -> Double {
        guard width > 0 else { return 0 }
        var moved = 0.0
        for cut in cuts where cut.isFinite {
            // Each merge removes a break, so this ends; two merges at most (one each side).
            for _ in 0..<2 {
                guard let (key, e) = narrowMerge(at: cut, width: width), e <= Self.mergeTolerance * total else { break }
                tree.joinToPrevious(key)
                moved += e
            }
        }
        return moved
    }

    /// The merge to make next to `cut`: the lower end of the right cell of the pair (the break
    /// that goes) and the mass it moves; nil when no cell next to `cut` is narrower than `width`.
    private func narrowMerge(at cut: Double, width: Double) -> (Double, Double)? {
        let containing = tree.cell(containing: cut)
        // The cells touching the cut: the one containing it, and the one before if the cut is a break.
        var touching = [containing]
        if containing.cell.lower == cut, let before = neighbour(before: containing.cell) {
            touching.insert(before, at: 0)
        }
        for c in touching where c.cell.upper - c.cell.lower <= width {
            var best: (Double, Double)?
            if let n = neighbour(before: c.cell) { best = (c.cell.lower, movedMass(c, n)) }
            if let n = neighbour(after: c.cell) {
                let e = movedMass(c, n)
                if e < (best?.1 ?? .infinity) { best = (n.cell.lower, e) }
            }
            if let best { return best }
        }
        return nil
    }

    /// The cell just left of `cell` with its ℓ, nil at −∞.
    private func neighbour(before cell: TruncatedNormal) -> (cell: TruncatedNormal, logMass: Double)? {
        cell.lower == -.infinity ? nil : tree.cell(containing: cell.lower.nextDown)
    }

    /// The cell just right of `cell` with its ℓ, nil at +∞.
    private func neighbour(after cell: TruncatedNormal) -> (cell: TruncatedNormal, logMass: Double)? {
        cell.upper == .infinity ? nil : tree.cell(containing: cell.upper)
    }

    /// e for joining cells a and b: M_a·M_b/(M_a + M_b)·|h_a − h_b| with h = p/M, from their ℓ
    /// (normalised up to one shared constant, which `normalise` then takes out: e is relative to
    /// the total).
    func movedMass(
        _ a: (cell: TruncatedNormal, logMass: Double), _ b: (cell: TruncatedNormal, logMass: Double)
    ) -> Double {
        // log M_b − log M_a, and each cell's share of the pair's prior mass.
        let logRatio = b.cell.logMassRatio(to: a.cell)
        let shareA = 1 / (1 + exp(logRatio))
        let shareB = 1 - shareA
        // p_a·M_b/(M_a + M_b) − p_b·M_a/(M_a + M_b).
        return abs(exp(a.logMass) * shareB - exp(b.logMass) * shareA)
    }
}
