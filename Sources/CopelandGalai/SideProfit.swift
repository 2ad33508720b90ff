/// The dealer's expected profit from one arrival on one side of her book, and its two parts.
///
/// Quote the ask at m + x (x ≥ 0). On the ask side an arrival brings:
/// - a liquidity buyer with probability (1 − π)·½ (a liquidity trader, who wants to buy), who
///   accepts with probability P(u ≥ x) = (1 − x/C)⁺ and pays m + x for an asset worth V, independent
///   of her: E[ask − V] = x. Liquidity revenue R(x) = (1 − π)·½·(1 − x/C)⁺·x.
/// - an informed buyer with probability π·P(V > m + x), who takes V − ask from the dealer:
///   E[(V − m − x)⁺] = ∫ₓʷ (t − x)/(2w) dt = (w − x)²/(4w) for 0 ≤ x ≤ w, and 0 for x ≥ w.
///   Informed loss L(x) = π·((w − x)⁺)²/(4w).
///
/// Π(x) = R(x) − L(x). Where 0 ≤ x ≤ min(w, C) neither ⁺ binds and this is the textbook formula
/// Π(x) = (1 − π)·½·(1 − x/C)·x − π·(w − x)²/(4w). Beyond C no liquidity trader pays the ask
/// (R = 0); beyond w no value is above the ask (L = 0). The bid side at m − x is the mirror image
/// (V − m is symmetric), so one arrival is worth 2·Π(x) to a dealer quoting m ± x.
extension CopelandParameters {
    /// P(u ≥ x) = (1 − x/C)⁺, the chance a liquidity trader who wants this side pays the half-spread.
    public func liquidityAcceptance(halfSpread x: Double) -> Double {
        max(0, 1 - x / premium)
    }

    /// P(V > m + x) = (w − x)⁺/(2w), the chance an informed arrival buys at the ask (≤ ½).
    public func informedTradeProbability(halfSpread x: Double) -> Double {
        max(0, width - x) / (2 * width)
    }

    /// R(x) = (1 − π)·½·(1 − x/C)⁺·x, the expected liquidity revenue per arrival on one side.
    public func liquidityRevenue(halfSpread x: Double) -> Double {
        (1 - pi) * 0.5 * liquidityAcceptance(halfSpread: x) * x
    }

    /// L(x) = π·((w − x)⁺)²/(4w), the expected loss to informed traders per arrival on one side.
    public func informedLoss(halfSpread x: Double) -> Double {
        let reach = max(0, width - x)
        return pi * reach * reach / (4 * width)
    }

    /// Π(x) = R(x) − L(x), the expected profit per arrival on one side.
    public func sideProfit(halfSpread x: Double) -> Double {
        liquidityRevenue(halfSpread: x) - informedLoss(halfSpread: x)
    }

    /// 2·Π(x), the expected profit per arrival of a dealer quoting m ± x.
    public func arrivalProfit(halfSpread x: Double) -> Double {
        2 * sideProfit(halfSpread: x)
    }

    /// Π′(x) = (1 − π)·½·(1 − 2x/C) + π·(w − x)⁺/(2w) for x ≤ C; π·(w − x)⁺/(2w) for x > C.
    ///
    /// R′ jumps at x = C (from −(1 − π)/2 on the left to 0 on the right): there this is the left
    /// derivative, the textbook formula's. L′ is continuous (it reaches 0 at x = w).
    public func sideProfitSlope(halfSpread x: Double) -> Double {
        let liquidity = x <= premium ? (1 - pi) * 0.5 * (1 - 2 * x / premium) : 0
        return liquidity + pi * max(0, width - x) / (2 * width)
    }

    /// Whether 0 ≤ x ≤ min(w, C), where Π(x) is the textbook formula with no ⁺ binding.
    public func formulaHolds(halfSpread x: Double) -> Bool {
        x >= 0 && x <= min(width, premium)
    }
}

extension CopelandParameters {
    /// P(the arrival was informed | what she did) at quotes m ± x, by Bayes' rule; nil when neither
    /// kind of arrival does it (a trade at x ≥ max(w, C)).
    ///
    /// A buy: π·P(V > m + x) against (1 − π)·½·(1 − x/C)⁺ (the sell is the mirror image). No trade:
    /// an informed arrival passes when V ∈ [m − x, m + x], with probability min(1, x/w); a liquidity
    /// trader when u < x, with probability min(1, x/C).
    public func informedProbability(given order: Order, halfSpread x: Double) -> Double? {
        let (informed, liquidity): (Double, Double) =
            switch order {
            case .buy, .sell: (informedTradeProbability(halfSpread: x), 0.5 * liquidityAcceptance(halfSpread: x))
            case .none: (min(1, x / width), min(1, x / premium))
            }
        let total = pi * informed + (1 - pi) * liquidity
        return total > 0 ? pi * informed / total : nil
    }
}
