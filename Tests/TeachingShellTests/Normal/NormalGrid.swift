import Foundation

/// An independent check of the normal model's Φ/φ sums: plain Simpson integration of a density
/// given as prior φ times a step function, over [−12σ, 12σ] cut at the steps.
struct NormalGrid {
    let mean: Double
    let sigma: Double
    /// The step function's breaks (in v) and the factor on each of the cells they make
    /// (breaks.count + 1 factors, left to right).
    var breaks: [Double] = []
    var factors: [Double] = [1]

    /// ∫ f(v)·g(v) dv over [lower, upper] ∩ the support, g the unnormalised density.
    func integral(_ f: (Double) -> Double, from lower: Double = -.infinity, to upper: Double = .infinity) -> Double {
        let edges = [mean - 12 * sigma] + breaks + [mean + 12 * sigma]
        var total = 0.0
        for cell in 0..<(edges.count - 1) {
            let a = max(edges[cell], lower)
            let b = min(edges[cell + 1], upper)
            guard b > a else { continue }
            total +=
                factors[cell]
                * Self.simpson(a, b) { v in
                    let z = (v - mean) / sigma
                    return f(v) * exp(-0.5 * z * z) / (sigma * (2 * Double.pi).squareRoot())
                }
        }
        return total
    }

    /// Simpson's rule with 20 000 intervals.
    static func simpson(_ a: Double, _ b: Double, _ f: (Double) -> Double) -> Double {
        let n = 20_000
        let h = (b - a) / Double(n)
        var sum = f(a) + f(b)
        for i in 1..<n { sum += f(a + Double(i) * h) * (i % 2 == 1 ? 4 : 2) }
        return sum * h / 3
    }

    var mass: Double { integral { _ in 1 } }
    var expectedValue: Double { integral { $0 } / mass }
    var standardDeviation: Double {
        let m = expectedValue
        return (integral { ($0 - m) * ($0 - m) } / mass).squareRoot()
    }

    /// The ask: the root of a − [μ·∫_{v>a} v g + K·E[v]·M] / [μ·∫_{v>a} g + K·M] − c, K = (1−μ)ε_b,
    /// found by bisection on [E[v], E[v] + 12σ].
    func ask(mu: Double, eps: Double, cost: Double = 0) -> Double {
        let m = mass
        let e = expectedValue
        let k = (1 - mu) * eps
        func residual(_ a: Double) -> Double {
            let n = mu * integral({ $0 }, from: a) + k * e * m
            let d = mu * integral({ _ in 1 }, from: a) + k * m
            return a - n / d - cost
        }
        var low = e
        var high = e + 12 * sigma
        for _ in 0..<60 {
            let middle = 0.5 * (low + high)
            if residual(middle) < 0 { low = middle } else { high = middle }
        }
        return 0.5 * (low + high)
    }

    /// The bid, by the same search for −v.
    func bid(mu: Double, eps: Double, cost: Double = 0) -> Double {
        let mirrored = NormalGrid(
            mean: -mean, sigma: sigma, breaks: breaks.reversed().map { -$0 },
            factors: factors.reversed())
        return -mirrored.ask(mu: mu, eps: eps, cost: cost)
    }
}
