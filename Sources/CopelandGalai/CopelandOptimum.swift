/// The dealer's profit-maximising half-spread and what it earns, or the fact that no half-spread
/// earns anything and the market shuts.
///
/// The derivation (Π, R and L as in `SideProfit.swift`). On [0, min(w, C)],
/// Π(x) = −A·x² + B·x − D with A = (1 − π)/(2C) + π/(4w), B = (1 − π)/2 + π/2 = ½, D = πw/4.
/// A > 0, so Π is concave there, and Π′(x) = ½ − 2A·x is linear: the first-order condition gives
/// x* = 1/(4A) = C·w / (2w(1 − π) + π·C), and Π(x*) = B²/(4A) − D = (x* − π·w)/4.
///
/// Over every x ≥ 0: at x ≥ C no liquidity trader pays, so Π = −L ≤ 0; a positive profit lies in
/// [0, C), where Π is concave (R is a concave parabola there, −L is concave everywhere) and smooth.
/// - C ≤ 2w ⇔ x* ≤ w. If also x* ≤ C, x* is where the true Π′ vanishes: the maximum (`interior`).
///   If x* > C (only when C < w), Π rises all the way to C, where Π(C) = −L(C) ≤ 0: shut.
/// - C > 2w ⇔ x* > w: past w the informed never buy and Π = R, largest at x = C/2 > w, where
///   Π = (1 − π)·½·½·C/2 = (1 − π)·C/8 (`informedPricedOut`). At C = 2w both give x = w.
///
/// The market is open iff the best Π is positive. In the interior, x* > πw ⇔
/// C > π(2w(1 − π) + πC) ⇔ C(1 − π)(1 + π) > 2πw(1 − π) ⇔ (π < 1) π·(2w − C) < C. So it shuts iff
/// π = 1 or π·(2w − C) ≥ C: from π̄ = C/(2w − C) on when C < w, and only at π = 1 when C ≥ w
/// (then π(2w − C) < 2w − C ≤ C for every π < 1). x* > C needs π > w/(2w − C) > π̄: already shut.
/// At π = π̄ the best profit is exactly 0, at x* = π̄·w: the dealer is indifferent, and no half-spread
/// earns a positive profit, so the market counts as shut.
public enum CopelandOptimum: Equatable, Sendable {
    /// x* = Cw/(2w(1 − π) + πC) ≤ min(w, C): both liquidity and informed traders meet the ask.
    case interior(halfSpread: Double, sideProfit: Double)
    /// C > 2w: the ask m + C/2 is above every value, informed traders never trade, and the dealer
    /// prices for liquidity traders alone.
    case informedPricedOut(halfSpread: Double, sideProfit: Double)
    /// No half-spread earns a positive profit: the dealer posts no quotes. `threshold` is π̄, the
    /// smallest π at which the market shuts for these w and C (1 when C ≥ w).
    case shut(threshold: Double)

    /// The half-spread the dealer posts; nil when the market is shut.
    public var halfSpread: Double? {
        switch self {
        case .interior(let x, _), .informedPricedOut(let x, _): x
        case .shut: nil
        }
    }

    /// Π at the posted half-spread, per arrival on one side; 0 when the market is shut.
    public var sideProfit: Double {
        switch self {
        case .interior(_, let profit), .informedPricedOut(_, let profit): profit
        case .shut: 0
        }
    }

    /// Whether the dealer posts no quotes.
    public var isShut: Bool {
        if case .shut = self { true } else { false }
    }
}

extension CopelandParameters {
    /// x* = C·w / (2w(1 − π) + π·C), where the textbook formula's derivative vanishes.
    ///
    /// The denominator is at least min(2w, C) > 0. x* is the optimum only when x* ≤ min(w, C).
    public var firstOrderHalfSpread: Double {
        premium * width / (2 * width * (1 - pi) + pi * premium)
    }

    /// π̄ = C/(2w − C) when C < w: the share of informed arrivals from which the market shuts; 1 when
    /// C ≥ w (then only π = 1 shuts it).
    public var shutThreshold: Double {
        premium < width ? premium / (2 * width - premium) : 1
    }

    /// Whether no half-spread earns a positive profit: π = 1 or π·(2w − C) ≥ C (no division, so the
    /// boundary is decided exactly when the product is exact).
    public var isShut: Bool {
        pi >= 1 || pi * (2 * width - premium) >= premium
    }

    /// The dealer's best half-spread for these parameters (the derivation is on `CopelandOptimum`).
    public var optimum: CopelandOptimum {
        if isShut { return .shut(threshold: shutThreshold) }
        if premium > 2 * width {
            let x = premium / 2
            return .informedPricedOut(halfSpread: x, sideProfit: (1 - pi) * premium / 8)
        }
        let x = firstOrderHalfSpread
        return .interior(halfSpread: x, sideProfit: (x - pi * width) / 4)
    }
}
