import Foundation

/// Bayes' rule on the step-function posterior: multiply by P(order | z), renormalise, keep the
/// window of live cells (see `NormalPosterior`).
extension NormalPosterior {
    /// Below this ℓ a cell at the window's edge leaves the window: e^−800 is 0 as a Double.
    static let deadBelow = -800.0
    /// Above this ℓ a side outside the window rejoins it (a margin, so that a cell does not go
    /// back and forth).
    static let liveAbove = -780.0

    /// Multiplies the density by a step function and renormalises.
    ///
    /// - Parameters:
    ///   - cuts: the step function's breaks in z, increasing (one or two; ±∞ for a side with no quote).
    ///   - logFactors: its logarithm on each of the cuts.count + 1 pieces, from the left;
    ///     −∞ for a factor 0.
    /// - Returns: log Σ_j p_j·f_j, the log probability of the order. The caller makes sure it is
    ///   positive (`NormalMarket` refuses an order of probability 0 before it gets here); when it
    ///   is not, −∞ comes back and the distribution is unchanged (its cells may have been split).
    @discardableResult
    mutating func multiply(cuts: [Double], logFactors: [Double]) -> Double {
        if logFactors.allSatisfy({ $0 == logFactors[0] }) { return logFactors[0] }
        let resolution = mergeResolution * standardVariance.squareRoot()
        // Splitting cells leaves the distribution as it was, so it may come before the check.
        for cut in cuts { insert(cut) }
        let pieces = self.pieces(cuts)
        var top = -Double.infinity
        for (piece, range) in pieces.enumerated() where logFactors[piece] > -.infinity {
            for j in range.clamped(to: window) { top = max(top, storedLogMasses[j]) }
        }
        guard top > -.infinity else { return top }
        for (piece, range) in pieces.enumerated() {
            let f = logFactors[piece]
            if range.contains(0), window.lowerBound > 0 { addToLeft(f) }
            if range.contains(cells.count - 1), window.upperBound < cells.count { addToRight(f) }
            for j in range.clamped(to: window) { storedLogMasses[j] += f }
        }
        // Σ e^ℓ is now P(order), at least the smallest factor (a factor 0: no bound, no merge).
        mergeNarrowCells(around: cuts, width: resolution, total: exp(logFactors.min() ?? 0))
        var logEvidence = normalise()
        while reviveSides() { logEvidence += normalise() }
        retireEdges()
        return logEvidence
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

    /// Splits the cell containing z at z (nothing when z is already a break or infinite); a cell
    /// outside the window first brings its side back into it.
    private mutating func insert(_ z: Double) {
        guard z.isFinite else { return }
        var j = cellIndex(z)
        if j < window.lowerBound {
            reviveLeft()
            j = cellIndex(z)
        }
        if j >= window.upperBound { reviveRight() }
        let cell = cells[j]
        if z == cell.lower { return }
        let left = TruncatedNormal(cell.lower, z)
        let right = TruncatedNormal(z, cell.upper)
        let l = storedLogMasses[j]
        breaks.insert(z, at: j)
        cells[j] = left
        cells.insert(right, at: j + 1)
        storedLogMasses[j] = l + left.logMassRatio(to: cell)
        storedLogMasses.insert(l + right.logMassRatio(to: cell), at: j + 1)
        masses.insert(0, at: j + 1)
        window = window.lowerBound..<(window.upperBound + 1)
        // One more cell: the sums grow by one entry (the window's are rewritten by `normalise`).
        upperMass.append(0)
        upperMoment.append(0)
        lowerMass.append(0)
        lowerMoment.append(0)
    }

    /// Adds log factor f to every cell left of the window: to the offset, or, for a factor 0, to
    /// each cell (an offset of −∞ could not be taken off again).
    private mutating func addToLeft(_ f: Double) {
        guard f == -.infinity else {
            leftOffset += f
            return
        }
        for j in 0..<window.lowerBound { storedLogMasses[j] = -.infinity }
        leftTop = -.infinity
    }

    /// The same for every cell right of the window.
    private mutating func addToRight(_ f: Double) {
        guard f == -.infinity else {
            rightOffset += f
            return
        }
        for j in window.upperBound..<cells.count { storedLogMasses[j] = -.infinity }
        rightTop = -.infinity
    }

    /// Brings every cell left of the window into it, with its true ℓ.
    private mutating func reviveLeft() {
        for j in 0..<window.lowerBound { storedLogMasses[j] += leftOffset }
        window = 0..<window.upperBound
        leftOffset = 0
        leftTop = -.infinity
    }

    /// Brings every cell right of the window into it, with its true ℓ.
    private mutating func reviveRight() {
        for j in window.upperBound..<cells.count { storedLogMasses[j] += rightOffset }
        window = window.lowerBound..<cells.count
        rightOffset = 0
        rightTop = -.infinity
    }

    /// Revives a side whose largest ℓ is above `liveAbove`; true when one was.
    private mutating func reviveSides() -> Bool {
        var revived = false
        if leftTop + leftOffset > Self.liveAbove {
            reviveLeft()
            revived = true
        }
        if rightTop + rightOffset > Self.liveAbove {
            reviveRight()
            revived = true
        }
        return revived
    }

    /// Moves edge cells below `deadBelow` out of the window (their p is already 0).
    private mutating func retireEdges() {
        while window.count > 1, storedLogMasses[window.lowerBound] < Self.deadBelow {
            let j = window.lowerBound
            storedLogMasses[j] -= leftOffset
            leftTop = max(leftTop, storedLogMasses[j])
            window = (j + 1)..<window.upperBound
        }
        while window.count > 1, storedLogMasses[window.upperBound - 1] < Self.deadBelow {
            let j = window.upperBound - 1
            storedLogMasses[j] -= rightOffset
            rightTop = max(rightTop, storedLogMasses[j])
            window = window.lowerBound..<j
        }
    }

    /// Rescales ℓ in the window (and both offsets) so that Σ e^ℓ = 1 there, and rebuilds p, the
    /// sums, E[Z] and Var[Z]; returns the log normaliser. Cells outside the window add nothing:
    /// their p is below e^−780 of the total.
    mutating func normalise() -> Double {
        let (w0, w1) = (window.lowerBound, window.upperBound)
        var top = -Double.infinity
        for j in w0..<w1 { top = max(top, storedLogMasses[j]) }
        var total = 0.0
        for j in w0..<w1 {
            let d = storedLogMasses[j] - top
            let e = d > -746 ? exp(d) : 0
            masses[j] = e
            total += e
        }
        let logTotal = top + log(total)
        let scale = 1 / total
        leftOffset -= logTotal
        rightOffset -= logTotal
        lowerMass[w0] = 0
        lowerMoment[w0] = 0
        var mass = 0.0
        var moment = 0.0
        for j in w0..<w1 {
            storedLogMasses[j] -= logTotal
            masses[j] *= scale
            mass += masses[j]
            moment += masses[j] * cells[j].mean
            lowerMass[j + 1] = mass
            lowerMoment[j + 1] = moment
        }
        mass = 0
        moment = 0
        upperMass[w1] = 0
        upperMoment[w1] = 0
        for j in stride(from: w1 - 1, through: w0, by: -1) {
            mass += masses[j]
            moment += masses[j] * cells[j].mean
            upperMass[j] = mass
            upperMoment[j] = moment
        }
        var variance = 0.0
        for j in w0..<w1 where masses[j] > 0 {
            let d = cells[j].mean - moment
            variance += masses[j] * (cells[j].variance + d * d)
        }
        standardMean = moment
        standardVariance = variance
        return logTotal
    }
}
