/// One side's quote when uninformed demand is elastic (GM 1985 §3): the fixed point with the
/// uninformed share depending on the quote.
///
/// In y = z for the ask (y = −z for the bid), with κ = c/σ, f(y) = max(0, 1 − σ·(y − E[Y])/C) the
/// share of uninformed buyers who still buy, K = (1−μ)ε_b, D(y) = μ·P(Y > y) + K·f(y) and
/// N(y) = μ·E[Y·1{Y > y}] + K·f(y)·E[Y], the market maker's profit per arrival at the price is
/// σ·F(y) with F(y) = (y − κ)·D(y) − N(y) = μ·P(Y > y)·(y − κ − E[Y | Y > y]) + K·f(y)·(y − κ − E[Y]).
/// The first term (what informed traders take) is negative and rising; the second (what the
/// uninformed bring) is zero at y = E[Y] + κ and at y = E[Y] + C/σ, where none are left. Since
/// f ≤ 1, F lies below the inelastic equation's, so the quote is at or above the inelastic root
/// y₀ (where F ≤ 0) and below E[Y] + C/σ (where F < 0). The search scans that interval on 512
/// points for the first F ≥ 0 and bisects the cell it falls in to a few Doubles; when no point
/// has F ≥ 0 it refines the largest by golden section, and if F is still negative there no
/// price breaks even: the side is withdrawn, with that best price to show why.
enum ElasticFixedPoint {
    /// The quote, or the best (still losing) price when none breaks even.
    enum Outcome {
        case quoted(FixedPoint)
        case withdrawn(NoQuote)
    }

    static func solve(
        _ side: Side, posterior: NormalPosterior, parameters p: NormalParameters, scale: Double,
        inelastic: FixedPoint
    ) -> Outcome {
        let sign: Double = side == .ask ? 1 : -1
        let sigma = posterior.sigma
        let mean = sign * posterior.standardMean
        let kappa = p.cost / sigma
        let k = (1 - p.mu) * (side == .ask ? p.epsBuy : p.epsSell)
        func participation(_ y: Double) -> Double { Elasticity.participation(distance: sigma * (y - mean), scale: scale) }
        /// F(y), and D(y) for the residual.
        func equation(_ y: Double) -> (f: Double, d: Double) {
            var (probability, moment) = side == .ask ? posterior.upper(y) : posterior.lower(-y)
            moment *= sign
            let share = k * participation(y)
            let d = p.mu * probability + share
            return ((y - kappa) * d - (p.mu * moment + share * mean), d)
        }
        let start = sign * posterior.standardised(inelastic.price)
        let end = scale > 0 ? mean + scale / sigma : mean
        var trials: [FixedPoint.Trial] = []
        func record(_ y: Double, _ e: (f: Double, d: Double)) {
            let residual = e.d > 0 ? -sign * sigma * e.f / e.d : .nan
            trials.append(FixedPoint.Trial(price: posterior.value(sign * y), residual: residual))
        }
        func bisect(_ low: Double, _ high: Double) -> FixedPoint {
            var (lo, hi) = (low, high)
            let width = 1e-15 * posterior.standardVariance.squareRoot()
            while hi - lo > max(width, 2 * hi.magnitude.ulp) {
                let mid = 0.5 * (lo + hi)
                let e = equation(mid)
                record(mid, e)
                if e.f >= 0 { hi = mid } else { lo = mid }
            }
            let f = participation(hi)
            let scaled = p.participating(buy: side == .ask ? f : 1, sell: side == .bid ? f : 1)
            let price = posterior.value(sign * hi)
            let ends = [posterior.value(sign * lo), price].sorted()
            return FixedPoint(
                equation: QuoteEquation(side, at: price, posterior: posterior, parameters: scaled),
                trials: trials, bracket: ends[0]...ends[1], participation: f, scale: scale)
        }
        guard k > 0, end > start else { return .withdrawn(.noBreakEven(best: inelastic.price, profit: 0, scale: scale)) }
        let points = 512
        var best = (y: start, f: -Double.infinity)
        var previous = start
        for i in 0...points {
            let y = start + (end - start) * Double(i) / Double(points)
            let e = equation(y)
            if e.f >= 0 { return .quoted(bisect(previous, y)) }
            if e.f > best.f { best = (y, e.f) }
            previous = y
        }
        // Golden section on the cells either side of the best point.
        let step = (end - start) / Double(points)
        var (a, b) = (max(start, best.y - step), min(end, best.y + step))
        let ratio = (5.0.squareRoot() - 1) / 2
        for _ in 0..<80 {
            let c = b - ratio * (b - a)
            let d = a + ratio * (b - a)
            if equation(c).f > equation(d).f { b = d } else { a = c }
        }
        let top = 0.5 * (a + b)
        let peak = equation(top)
        if peak.f >= 0 { return .quoted(bisect(max(start, best.y - step), top)) }
        return .withdrawn(.noBreakEven(best: posterior.value(sign * top), profit: sigma * peak.f, scale: scale))
    }
}
