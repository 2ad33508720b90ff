import Foundation

/// One side's break-even condition when uninformed demand is elastic (GM 1985 §3), in the
/// distance x of the price from E[V] (x = a − E for the ask, E − b for the bid).
///
/// Per arrival, the market maker's expected profit at x is
///
///     Π(x) = K·f(x)·(x − x_u) − I·(x_i − x),   f(x) = min(1, max(0, 1 − x/C)),
///
/// with K = ε·Σ_s π_s·P(uninformed | s) (ε_b·[π_N + (1−μ)(π_B + π_G)] on the ask), I = μ·π_G the
/// informed buyers (μ·π_B the sellers), x_u the distance at which an uninformed trade breaks even
/// (c − (E − E_u), E_u = E[V | uninformed trader]; just c when α = 1) and x_i the distance at which
/// an informed trade would (V_H − E + c; E − V_L + c on the bid). Informed traders trade only while
/// x < V_H − E (`informedLimit`). On 0 ≤ x ≤ C, Π(x) = 0 is the quadratic
///
///     (K/C)·x² − (K·(1 + x_u/C) + I)·x + (K·x_u + I·x_i) = 0,
///
/// which with α = 1 and c = 0 is K·x²/C − (K + θμ)·x + θμ·(V_H − E) = 0. Π(0) < 0 and Π is concave
/// there, so the quote is the smaller root (the lowest price that does not lose); when none lies
/// in [0, min(C, V_H − E)), the side can still be quoted where informed traders stay out
/// (x ≥ V_H − E) and some uninformed still trade (x < C) at no loss (x ≥ x_u); failing both, no
/// price breaks even and the side is withdrawn.
public struct ElasticSide: Equatable, Sendable {
    /// K, the uninformed traders who want this side, weighted by the belief.
    public let uninformed: Double
    /// I, the informed traders who trade on this side, weighted by the belief.
    public let informed: Double
    /// C.
    public let scale: Double
    /// x_u: the distance at which an uninformed trade breaks even.
    public let uninformedBreakEven: Double
    /// x_i: the distance at which an informed trade would break even.
    public let informedBreakEven: Double
    /// V_H − E (E − V_L): informed traders trade only at a distance below it.
    public let informedLimit: Double
}

extension ElasticSide {
    /// The side of `belief`'s quote on `side` under `parameters`, with C = `scale`.
    public init(_ side: Side, belief: Belief, parameters p: Parameters, scale: Double) {
        let pr = belief.probability
        let values = p.values
        let weight = pr.noEvent + (1 - p.mu) * (pr.bad + pr.good)
        // V_H − E and E − V_L as sums of positive terms (no cancellation when E is near a bound);
        // E − E_u = (V_H − E_u) − (V_H − E), with E_u = [π_N·V* + (1−μ)(π_B·V_L + π_G·V_H)] / weight
        // (zero to rounding when α = 1).
        let fromHigh = pr.noEvent * (p.high - values.noEvent) + pr.bad * (p.high - p.low)
        let uninformedFromHigh =
            (pr.noEvent * (p.high - values.noEvent) + (1 - p.mu) * pr.bad * (p.high - p.low)) / weight
        let uninformedLead = uninformedFromHigh - fromHigh
        let fromLow = pr.noEvent * (values.noEvent - p.low) + pr.good * (p.high - p.low)
        if side == .ask {
            self.init(
                uninformed: p.epsBuy * weight, informed: p.mu * pr.good, scale: scale,
                uninformedBreakEven: p.cost - uninformedLead, informedBreakEven: fromHigh + p.cost,
                informedLimit: fromHigh)
        } else {
            self.init(
                uninformed: p.epsSell * weight, informed: p.mu * pr.bad, scale: scale,
                uninformedBreakEven: p.cost + uninformedLead, informedBreakEven: fromLow + p.cost,
                informedLimit: fromLow)
        }
    }

    /// f(x): the share of uninformed traders who still trade at distance x.
    public func participation(at x: Double) -> Double {
        Elasticity.participation(distance: x, scale: scale)
    }

    /// What the uninformed bring at distance x, K·f(x)·(x − x_u), per arrival.
    public func uninformedProfit(at x: Double) -> Double {
        uninformed * participation(at: x) * (x - uninformedBreakEven)
    }

    /// What the informed take at distance x, I·(x_i − x) while they trade, per arrival.
    public func informedLoss(at x: Double) -> Double {
        x < informedLimit ? informed * (informedBreakEven - x) : 0
    }

    /// Π(x), the market maker's expected profit per arrival at distance x.
    public func profit(at x: Double) -> Double { uninformedProfit(at: x) - informedLoss(at: x) }

    /// The quadratic's coefficients (A, B, D) of A·x² − B·x + D = 0.
    public var quadratic: (a: Double, b: Double, d: Double) {
        let k = uninformed
        return (
            k / scale, k * (1 + uninformedBreakEven / scale) + informed,
            k * uninformedBreakEven + informed * informedBreakEven
        )
    }

    /// B² − 4AD: negative when Π(x) = 0 has no root.
    public var discriminant: Double {
        let (a, b, d) = quadratic
        return b * b - 4 * a * d
    }

    /// The break-even distance, or why there is none.
    public enum Solution: Equatable, Sendable {
        /// The quote sits at distance x; `informedTrade` says whether informed traders trade there.
        case quoted(x: Double, informedTrade: Bool)
        /// No price breaks even: `best` is the distance where Π is largest while anyone trades, and
        /// Π(best) < 0 there.
        case withdrawn(best: Double)
    }

    /// The lowest distance at which the market maker does not lose (see the type's summary).
    public var solution: Solution {
        let (a, b, d) = quadratic
        let top = min(scale, informedLimit)
        if d <= 0, uninformed + informed > 0 {
            // At or inside E[V] every uninformed trader trades: Π is linear, (K + I)·x − D.
            let x = d / (uninformed + informed)
            if x < informedLimit || informed == 0 { return .quoted(x: x, informedTrade: x < informedLimit) }
        } else if d > 0, b > 0 {
            let disc = b * b - 4 * a * d
            if disc >= 0 {
                // The smaller root, in the form that stays exact as A → 0 (C → ∞).
                let x = 2 * d / (b + disc.squareRoot())
                if x <= scale, x < informedLimit {
                    return .quoted(x: x, informedTrade: x < informedLimit)
                }
            }
        }
        // No uninformed trader wants this side: only informed ones could trade, and not at V_H (V_L).
        if uninformed == 0 { return .quoted(x: informedLimit, informedTrade: false) }
        let abstain = max(informedLimit, uninformedBreakEven)
        if abstain < scale { return .quoted(x: abstain, informedTrade: false) }
        return .withdrawn(best: bestDistance(within: top))
    }

    /// Where Π is largest on [0, top]: the parabola's vertex B/(2A), kept inside.
    private func bestDistance(within top: Double) -> Double {
        let (a, b, _) = quadratic
        guard a > 0, top > 0 else { return 0 }
        return min(top, max(0, b / (2 * a)))
    }
}

/// A side quoted against elastic uninformed demand: its break-even condition and solution.
public struct ElasticQuote: Equatable, Sendable {
    public let condition: ElasticSide
    public let solution: ElasticSide.Solution

    public init(condition: ElasticSide, solution: ElasticSide.Solution) {
        self.condition = condition
        self.solution = solution
    }

    /// Whether some price breaks even (false: the side is withdrawn for want of one).
    public var hasBreakEven: Bool {
        if case .quoted = solution { return true }
        return false
    }

    /// The distance of the quoted price from E[V]: the break-even one, or for a withdrawn side the
    /// nearest at which nothing trades, max(V_H − E, C) (max(E − V_L, C) on the bid).
    public var distance: Double {
        switch solution {
        case .quoted(let x, _): x
        case .withdrawn: max(condition.informedLimit, condition.scale)
        }
    }

    /// f at the quoted price: the share of uninformed traders wanting this side who trade there.
    public var participation: Double { condition.participation(at: distance) }
}
