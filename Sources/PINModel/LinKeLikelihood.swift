import Foundation

/// The days of a sample, prepared for evaluating the log-likelihood many times.
///
/// The log-likelihood is the *full* one, ln Π P(B, S) including −Σ ln(B!·S!), in the factorisation
/// of Lin and Ke (2011): with x_b = ε_b/(μ + ε_b) and x_s = ε_s/(μ + ε_s),
///     ln P(B, S) = −ε_b − ε_s + B·ln(μ + ε_b) + S·ln(μ + ε_s) − ln(B!·S!)
///                  + ln[ (1−α)·x_b^B·x_s^S + αδ·e^{−μ}·x_b^B + α(1−δ)·e^{−μ}·x_s^S ],
/// the bracket taken as a log-sum-exp of ln(weight) + e_k around its largest term, where
/// e_none = B·ln x_b + S·ln x_s, e_bad = −μ + B·ln x_b, e_good = −μ + S·ln x_s. Only differences
/// ≤ 0 are exponentiated, so no count overflows or underflows it (Easley, Hvidkjaer and O'Hara's
/// 2010 form pulls out x^M instead, and can overflow when μ is large against ε).
public struct PINSample: Sendable {
    /// The days' counts, shared with the `TradingDays` they came from (no copy).
    let buys: [UInt32]
    let sells: [UInt32]
    /// Σ ln(B!) + ln(S!) over the days: the constant of the full log-likelihood.
    public let logFactorials: Double
    public let totalBuys: Double
    public let totalSells: Double

    public init(_ days: TradingDays) {
        buys = days.buys
        sells = days.sells
        let (b, s) = days.totals
        totalBuys = Double(b)
        totalSells = Double(s)
        // ln k! from a table below 1024 (most days), lgamma above.
        let table = (0..<1024).map { logFactorial($0) }
        func lf(_ k: UInt32) -> Double { k < 1024 ? table[Int(k)] : logFactorial(Int(k)) }
        var sum = 0.0
        for i in buys.indices { sum = sum + lf(buys[i]) + lf(sells[i]) }
        logFactorials = sum
    }

    public init(_ days: [TradingDay]) { self.init(TradingDays(days)) }

    /// The number of days.
    public var count: Int { buys.count }

    /// The full log-likelihood at a parameter point (−∞ where some day is impossible).
    public func logLikelihood(_ p: PINParameters) -> Double {
        accumulate(LinKeTerms(p), derivatives: false).logLikelihood
    }

    /// One pass over the days: the log-likelihood and, if asked, the sums its derivatives need.
    ///
    /// `shouldStop` is asked every 65 536 days; when it says stop the sums are marked `stopped`.
    func accumulate(_ t: LinKeTerms, derivatives: Bool, shouldStop: () -> Bool = { false }) -> DaySums {
        var sums = DaySums()
        var total = 0.0
        // r_k·(1, B, S) and c_kj·(1, B, S, B², BS, S²) summed in registers.
        var r0 = SIMD4<Double>()
        var r1 = SIMD4<Double>()
        var r2 = SIMD4<Double>()
        var c00 = SIMD8<Double>()
        var c01 = SIMD8<Double>()
        var c02 = SIMD8<Double>()
        var c11 = SIMD8<Double>()
        var c12 = SIMD8<Double>()
        var c22 = SIMD8<Double>()
        buys.withUnsafeBufferPointer { bs in
            sells.withUnsafeBufferPointer { ss in
                for i in 0..<bs.count {
                    if i & 0xFFFF == 0xFFFF, shouldStop() {
                        sums.stopped = true
                        break
                    }
                    let b = Double(bs[i])
                    let s = Double(ss[i])
                    // ln(weight) + e_k for none, bad, good.
                    let w0 = t.a.0 + b * t.lb + s * t.ls
                    let w1 = t.a.1 + b * t.lb
                    let w2 = t.a.2 + s * t.ls
                    let top = max(w0, max(w1, w2))
                    let e0 = relative(w0 - top)
                    let e1 = relative(w1 - top)
                    let e2 = relative(w2 - top)
                    let sum = e0 + e1 + e2
                    total += top + log(sum)
                    guard derivatives else { continue }
                    let inverse = 1 / sum
                    let (p0, p1, p2) = (e0 * inverse, e1 * inverse, e2 * inverse)
                    let m3 = SIMD4<Double>(1, b, s, 0)
                    r0 += p0 * m3
                    r1 += p1 * m3
                    r2 += p2 * m3
                    let m6 = SIMD8<Double>(1, b, s, b * b, b * s, s * s, 0, 0)
                    c00 += (p0 * (1 - p0)) * m6
                    c01 -= (p0 * p1) * m6
                    c02 -= (p0 * p2) * m6
                    c11 += (p1 * (1 - p1)) * m6
                    c12 -= (p1 * p2) * m6
                    c22 += (p2 * (1 - p2)) * m6
                }
            }
        }
        if derivatives {
            let c = [c00, c01, c02, c11, c12, c22]
            for (k, r) in [r0, r1, r2].enumerated() {
                for m in 0..<3 { sums.values[k * 3 + m] = r[m] }
            }
            for pair in 0..<6 {
                for m in 0..<6 { sums.values[9 + pair * 6 + m] = c[pair][m] }
            }
        }
        sums.logLikelihood =
            total + Double(count) * t.common + totalBuys * t.buyCommon + totalSells * t.sellCommon - logFactorials
        return sums
    }
}

/// e^x for x ≤ 0: 1 at the largest term without a call, and 0 below −60 (e^{−60} ≈ 10⁻²⁶ is lost
/// when added to 1, so the sum and the responsibilities are the same to the last bit).
@inline(__always)
private func relative(_ x: Double) -> Double {
    x == 0 ? 1 : (x < -60 ? 0 : exp(x))
}

/// The parameter-dependent coefficients of Lin and Ke's form at one point.
struct LinKeTerms {
    /// ln(1 − α), ln(αδ) − μ, ln(α(1 − δ)) − μ.
    let a: (Double, Double, Double)
    /// ln x_b = −ln(1 + μ/ε_b) and ln x_s = −ln(1 + μ/ε_s).
    let lb: Double
    let ls: Double
    /// −ε_b − ε_s, ln(μ + ε_b), ln(μ + ε_s).
    let common: Double
    let buyCommon: Double
    let sellCommon: Double

    init(_ p: PINParameters) {
        self.init(
            alpha: p.alpha, alphaBar: 1 - p.alpha, delta: p.delta, deltaBar: 1 - p.delta, mu: p.mu,
            epsBuy: p.epsBuy, epsSell: p.epsSell)
    }

    /// From α and 1 − α given apart, so that a point near α = 1 keeps its digits.
    init(alpha: Double, alphaBar: Double, delta: Double, deltaBar: Double, mu: Double, epsBuy: Double, epsSell: Double)
    {
        a = (log(alphaBar), log(alpha * delta) - mu, log(alpha * deltaBar) - mu)
        lb = -log1p(mu / epsBuy)
        ls = -log1p(mu / epsSell)
        common = -epsBuy - epsSell
        buyCommon = log(mu + epsBuy)
        sellCommon = log(mu + epsSell)
    }
}

/// The sums over days of the responsibilities r_k = P(type k | day) and of the covariance terms
/// c_kj = r_k·(1{k = j} − r_j), weighted by 1, B, S, B², BS and S²: all the gradient and the
/// Hessian need from the days (`LikelihoodDerivatives`).
struct DaySums {
    var logLikelihood = 0.0
    /// True when the pass stopped part-way (`shouldStop`): the sums are not those of every day.
    var stopped = false
    /// r(k, m) at k·3 + m: Σ r_k·m for m ∈ {1, B, S}; then c(pair, moment) at 9 + pair·6 + moment for
    /// pairs (0,0) (0,1) (0,2) (1,1) (1,2) (2,2) and moments 1, B, S, B², BS, S².
    var values = [Double](repeating: 0, count: 45)

    /// Σ r_k·m_a (a ∈ {0: 1, 1: B, 2: S}).
    func r(_ k: Int, _ a: Int) -> Double { values[k * 3 + a] }

    /// Σ c_kj·m_a·m_b.
    func c(_ k: Int, _ j: Int, _ a: Int, _ b: Int) -> Double {
        values[9 + Self.symmetricIndex(k, j) * 6 + Self.symmetricIndex(a, b)]
    }

    /// The index of an unordered pair of {0, 1, 2}: (0,0) 0, (0,1) 1, (0,2) 2, (1,1) 3, (1,2) 4, (2,2) 5.
    static func symmetricIndex(_ x: Int, _ y: Int) -> Int {
        let (lo, hi) = (min(x, y), max(x, y))
        return lo == 0 ? hi : (lo == 1 ? 2 + hi : 5)
    }
}
