/// Kyle's cubic for one auction, in the share of the insider's edge that the auction leaves.
///
/// Theorem 2 of Kyle (1985) ties auction n's price impact λ_n to the next auction's α_n (the
/// insider's value function after auction n is α_n·(v − p_n)² + δ_n) by the cubic
///
///     2·λ_n²·σ_u²·Δt·(1 − α_n·λ_n) / Σ_n = 1 − 2·α_n·λ_n,
///
/// which comes from β_n·Δt = (1 − 2α_nλ_n)/(2λ_n(1 − α_nλ_n)) and λ_n = β_n·Σ_n/σ_u². Written in
/// w_n = 1 − 2·α_n·λ_n, the cubic loses its units: with K_n = σ_u²·Δt/(Σ_n·α_n²) it reads
/// 2·K_n·q²·(1 − q) = 1 − 2q for q = α_nλ_n, and α_{n−1} = 1/(4λ_n(1 − α_nλ_n)),
/// Σ_{n−1} = 2(1 − α_nλ_n)·Σ_n give K_{n−1} = 4·w_n. So, with a = w_{n+1},
///
///     h(w) = a·(1 − w)²·(1 + w) − w = 0,   0 < w < 1,
///
/// and w_N = 1 because α_N = 0. h(0) = a > 0, h(1) = −1 and h′(w) = −a·(1 − w)·(1 + 3w) − 1 ≤ −1 on
/// [0, 1], so the root is unique and well conditioned (an error ε in h moves w by at most ε).
/// It does not depend on Σ_N, σ_u or Σ₀: the whole sequence w_N, …, w₁ is a function of N alone.
public enum InsiderCubic {
    /// h(w) for a = w_{n+1}.
    public static func residual(_ w: Double, next a: Double) -> Double {
        a * (1 - w) * (1 - w) * (1 + w) - w
    }

    /// The root of h in (0, 1) for a = w_{n+1} ∈ (0, 1]: Newton's method from a/(1 + a) (the root
    /// of h's tangent at 0), replaced by bisection whenever a step leaves the bracket, until the
    /// bracket or a step is below a few Doubles at w.
    public static func root(next a: Double) -> Double {
        precondition(a > 0 && a <= 1, "w_{n+1} lies in (0, 1]")
        var low = 0.0
        var high = 1.0
        var w = a / (1 + a)
        for _ in 0..<200 {
            let h = residual(w, next: a)
            if h == 0 { return w }
            // h falls through its root: h > 0 left of it, h < 0 right of it.
            if h > 0 { low = w } else { high = w }
            let slope = -a * (1 - w) * (1 + 3 * w) - 1
            var next = w - h / slope
            if !(next > low && next < high) { next = 0.5 * (low + high) }
            let step = abs(next - w)
            w = next
            if step <= 2 * w.ulp || high - low <= 2 * w.ulp { break }
        }
        return w
    }
}
