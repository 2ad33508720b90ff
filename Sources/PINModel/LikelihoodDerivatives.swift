/// The gradient and Hessian of the full log-likelihood, analytic, in θ = (α, δ, μ, ε_b, ε_s).
///
/// Each day's log-likelihood is c + B·c_b + S·c_s + ln Σ_k exp(u_k) with u_k = a_k + B·b_k + S·s_k
/// (Lin–Ke's terms, `LinKeTerms`). With r_k = P(type k | day) the chain rule gives
///     ∇ = ∇c + B∇c_b + S∇c_s + Σ_k r_k ∇u_k,
///     ∇² = ∇²c + B∇²c_b + S∇²c_s + Σ_k r_k ∇²u_k + Σ_kj r_k(1{k=j} − r_j) ∇u_k ∇u_jᵀ,
/// and summed over days only Σ r_k·{1, B, S} and Σ c_kj·{1, B, S, B², BS, S²} are needed (`DaySums`).
/// The tests check both against central finite differences.
struct LikelihoodDerivatives {
    let logLikelihood: Double
    /// True when the pass over the days stopped part-way: nothing here is the likelihood's.
    let stopped: Bool
    /// ∂ ln L / ∂θ_i.
    let gradient: [Double]
    /// ∂² ln L / ∂θ_i ∂θ_j, row-major 5 × 5.
    let hessian: [Double]

    init(sums: DaySums, jets t: TermJets, days: Double, totalBuys: Double, totalSells: Double) {
        var g = [Double](repeating: 0, count: 5)
        var h = [Double](repeating: 0, count: 25)
        func add(_ jet: Jet, _ weight: Double) {
            guard weight != 0 else { return }
            for i in 0..<5 { g[i] += weight * jet.g[i] }
            for i in 0..<25 { h[i] += weight * jet.h[i] }
        }
        add(t.common, days)
        add(t.buyCommon, totalBuys)
        add(t.sellCommon, totalSells)
        // v[k·3 + a] = ∇(a_k, b_k, s_k)[a]; the covariance part is Σ M[(k,a),(j,b)]·v_ka·v_jbᵀ.
        let v = (0..<3).flatMap { t.parts($0) }
        for (index, jet) in v.enumerated() { add(jet, sums.r(index / 3, index % 3)) }
        for x in 0..<9 {
            let gx = v[x].g
            guard gx.contains(where: { $0 != 0 }) else { continue }
            for y in 0..<9 {
                let weight = sums.c(x / 3, y / 3, x % 3, y % 3)
                guard weight != 0 else { continue }
                let gy = v[y].g
                for i in 0..<5 where gx[i] != 0 {
                    let wi = weight * gx[i]
                    for j in 0..<5 { h[i * 5 + j] += wi * gy[j] }
                }
            }
        }
        // The two halves differ in the last bits only (sums taken in another order): make it exact.
        for x in 0..<5 {
            for y in (x + 1)..<5 {
                let mean = 0.5 * (h[x * 5 + y] + h[y * 5 + x])
                h[x * 5 + y] = mean
                h[y * 5 + x] = mean
            }
        }
        logLikelihood = sums.logLikelihood
        stopped = sums.stopped
        gradient = g
        hessian = h
    }
}

/// A scalar function of θ = (α, δ, μ, ε_b, ε_s) at one point: its gradient and Hessian (row-major).
struct Jet {
    var g = [Double](repeating: 0, count: 5)
    var h = [Double](repeating: 0, count: 25)

    mutating func set(_ i: Int, _ j: Int, _ value: Double) {
        h[i * 5 + j] = value
        h[j * 5 + i] = value
    }
}

/// The derivatives of Lin and Ke's coefficients (see `LinKeTerms`) at one point.
///
/// Indices: 0 α, 1 δ,
/// 2 μ, 3 ε_b, 4 ε_s. α and 1 − α (δ and 1 − δ) come in apart, so points near a bound keep digits.
struct TermJets {
    let common: Jet
    let buyCommon: Jet
    let sellCommon: Jet
    /// a_k, b_k, s_k for k = none, bad, good.
    let a: [Jet]
    let b: [Jet]
    let s: [Jet]

    func parts(_ k: Int) -> [Jet] { [a[k], b[k], s[k]] }

    init(alpha: Double, alphaBar: Double, delta: Double, deltaBar: Double, mu: Double, epsBuy: Double, epsSell: Double)
    {
        var common = Jet()
        common.g[3] = -1
        common.g[4] = -1
        self.common = common
        // ln(μ + ε): ∂ = 1/(μ + ε) in μ and ε; ∂² = −1/(μ + ε)².
        func logSum(_ eps: Double, _ i: Int) -> Jet {
            let q = 1 / (mu + eps)
            var jet = Jet()
            jet.g[2] = q
            jet.g[i] = q
            jet.set(2, 2, -q * q)
            jet.set(2, i, -q * q)
            jet.set(i, i, -q * q)
            return jet
        }
        buyCommon = logSum(epsBuy, 3)
        sellCommon = logSum(epsSell, 4)
        // ln x = ln ε − ln(μ + ε).
        func logShare(_ eps: Double, _ i: Int) -> Jet {
            let q = 1 / (mu + eps)
            var jet = Jet()
            jet.g[2] = -q
            jet.g[i] = mu / (eps * (mu + eps))
            jet.set(2, 2, q * q)
            jet.set(2, i, q * q)
            jet.set(i, i, -mu * (2 * eps + mu) / (eps * eps * (mu + eps) * (mu + eps)))
            return jet
        }
        let lb = logShare(epsBuy, 3)
        let ls = logShare(epsSell, 4)
        var none = Jet()  // ln(1 − α)
        none.g[0] = -1 / alphaBar
        none.set(0, 0, -1 / (alphaBar * alphaBar))
        var bad = Jet()  // ln α + ln δ − μ
        bad.g[0] = 1 / alpha
        bad.g[1] = 1 / delta
        bad.g[2] = -1
        bad.set(0, 0, -1 / (alpha * alpha))
        bad.set(1, 1, -1 / (delta * delta))
        var good = Jet()  // ln α + ln(1 − δ) − μ
        good.g[0] = 1 / alpha
        good.g[1] = -1 / deltaBar
        good.g[2] = -1
        good.set(0, 0, -1 / (alpha * alpha))
        good.set(1, 1, -1 / (deltaBar * deltaBar))
        a = [none, bad, good]
        b = [lb, lb, Jet()]
        s = [ls, Jet(), ls]
    }
}
