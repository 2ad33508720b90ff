import Foundation

@testable import NormalValue

/// The step-function posterior written plainly.
///
/// As the flat arrays did before the tree: a sorted
/// list of breaks in z and one normalised log probability per cell, every update and every sum a
/// loop over all cells (O(K)). The same merge rule, applied the way the old code applied it: after
/// the factors are added and before normalising, a cell beside a cut narrower than ρ·sd joins the
/// neighbour that moves the least probability, when that is at most τ·e^(f_min) (Σ e^ℓ is at least
/// the smallest factor then). Tests drive it beside `NormalPosterior` and compare.
struct ReferencePosterior {
    var breaks: [Double] = []
    var logMasses: [Double] = [0]
    /// The standard normal on each cell, [l, u) with ±∞ at the ends.
    var cells = [TruncatedNormal(-.infinity, .infinity)]
    var resolution: Double

    init(resolution: Double = NormalPosterior.defaultMergeResolution) { self.resolution = resolution }

    /// Cell j.
    func cell(_ j: Int) -> TruncatedNormal { cells[j] }

    var mean: Double {
        var sum = 0.0
        for j in 0...breaks.count { sum += exp(logMasses[j]) * cell(j).mean }
        return sum
    }

    var variance: Double {
        let m = mean
        var sum = 0.0
        for j in 0...breaks.count {
            let c = cell(j)
            sum += exp(logMasses[j]) * (c.variance + (c.mean - m) * (c.mean - m))
        }
        return sum
    }

    /// (P(Z > z), E[Z·1{Z > z}]): the cells above z and the part of z's own cell above it.
    func upper(_ z: Double) -> (probability: Double, moment: Double) {
        var p = 0.0
        var m = 0.0
        for j in 0...breaks.count {
            let c = cell(j)
            if c.upper <= z { continue }
            let part = z <= c.lower ? c : TruncatedNormal(z, c.upper)
            let q = exp(logMasses[j] + part.logMassRatio(to: c))
            p += q
            m += q * part.mean
        }
        return (p, m)
    }

    /// (P(Z < z), E[Z·1{Z < z}]).
    func lower(_ z: Double) -> (probability: Double, moment: Double) {
        var p = 0.0
        var m = 0.0
        for j in 0...breaks.count {
            let c = cell(j)
            if c.lower >= z { continue }
            let part = z >= c.upper ? c : TruncatedNormal(c.lower, z)
            let q = exp(logMasses[j] + part.logMassRatio(to: c))
            p += q
            m += q * part.mean
        }
        return (p, m)
    }

    /// Multiplies by a step function (cuts in z, log factors per piece) and normalises; returns
    /// log P(order).
    @discardableResult
    mutating func multiply(cuts: [Double], logFactors: [Double]) -> Double {
        if logFactors.allSatisfy({ $0 == logFactors[0] }) { return logFactors[0] }
        let width = resolution * variance.squareRoot()
        for cut in cuts where cut.isFinite && !breaks.contains(cut) {
            let j = breaks.filter { $0 < cut }.count
            let whole = cell(j)
            let l = logMasses[j]
            breaks.insert(cut, at: j)
            logMasses[j] = l + TruncatedNormal(whole.lower, cut).logMassRatio(to: whole)
            logMasses.insert(l + TruncatedNormal(cut, whole.upper).logMassRatio(to: whole), at: j + 1)
            cells[j] = TruncatedNormal(whole.lower, cut)
            cells.insert(TruncatedNormal(cut, whole.upper), at: j + 1)
        }
        for j in 0...breaks.count {
            let piece = cuts.filter { $0 <= cell(j).lower }.count
            logMasses[j] += logFactors[piece]
        }
        if width > 0 {
            let total = exp((logFactors.min() ?? 0))
            for cut in cuts where cut.isFinite {
                for _ in 0..<2 {
                    guard let (left, e) = narrowMerge(at: cut, width: width), e <= 1e-9 * total else { break }
                    let top = max(logMasses[left], logMasses[left + 1])
                    let joined =
                        top == -.infinity ? top : top + log(exp(logMasses[left] - top) + exp(logMasses[left + 1] - top))
                    logMasses[left] = joined
                    logMasses.remove(at: left + 1)
                    cells[left] = TruncatedNormal(cells[left].lower, cells[left + 1].upper)
                    cells.remove(at: left + 1)
                    breaks.remove(at: left)
                }
            }
        }
        let top = (logMasses.max() ?? 0)
        let logTotal = top + log(logMasses.reduce(0) { $0 + exp($1 - top) })
        logMasses = logMasses.map { $0 - logTotal }
        return logTotal
    }

    /// The left cell of the pair to join beside `cut` and the probability it moves.
    private func narrowMerge(at cut: Double, width: Double) -> (Int, Double)? {
        let i = breaks.filter { $0 <= cut }.count
        let touching = cell(i).lower == cut ? [i - 1, i] : [i]
        for c in touching where c >= 0 && cell(c).upper - cell(c).lower <= width {
            var best: (Int, Double)?
            for n in [c - 1, c + 1] where n >= 0 && n <= breaks.count {
                // M_c·M_n/(M_c + M_n)·|h_c − h_n| with h = p/M, i.e. |p_c·r − p_n|/(1 + r), r = M_n/M_c.
                let r = exp(cell(n).logMassRatio(to: cell(c)))
                let e = abs(exp(logMasses[c]) * r - exp(logMasses[n])) / (1 + r)
                if e < (best?.1 ?? .infinity) { best = (min(c, n), e) }
            }
            if let best { return best }
        }
        return nil
    }
}
