/// The dealer's expected profit at one half-spread x, with every number `profit X` prints about it.
///
/// All of it comes from the functions in `SideProfit.swift`, so the printed arithmetic is the
/// arithmetic that decides the optimum.
public struct CopelandProfit: Equatable, Sendable {
    /// x, the half-spread evaluated.
    public let halfSpread: Double
    /// m + x and m − x.
    public let ask: Double
    public let bid: Double
    /// P(u ≥ x) = (1 − x/C)⁺.
    public let liquidityAcceptance: Double
    /// R(x) = (1 − π)·½·(1 − x/C)⁺·x, per arrival on one side.
    public let liquidityRevenue: Double
    /// P(V > m + x) = (w − x)⁺/(2w).
    public let informedTradeProbability: Double
    /// L(x) = π·((w − x)⁺)²/(4w), per arrival on one side.
    public let informedLoss: Double
    /// Π(x) = R(x) − L(x), per arrival on one side.
    public let sideProfit: Double
    /// Π′(x) (the left derivative at x = C).
    public let slope: Double
    /// Whether 0 ≤ x ≤ min(w, C), where Π is the textbook formula with no ⁺ binding.
    public let formulaHolds: Bool
    /// The dealer's best choice, to compare against.
    public let optimum: CopelandOptimum

    /// 2·Π(x), per arrival at quotes m ± x.
    public var arrivalProfit: Double { 2 * sideProfit }

    /// How much Π(x) falls short of the best positive profit (0 at the optimum); when the market is
    /// shut the best is 0, never earned, and this is −Π(x) ≥ 0.
    public var shortfall: Double { optimum.sideProfit - sideProfit }
}

extension CopelandParameters {
    /// The expected profit at half-spread x, or why x is refused (negative, not finite, above 1e9).
    public func profit(halfSpread x: Double) throws(CopelandError) -> CopelandProfit {
        let accepted = CopelandError.acceptedHalfSpread
        guard accepted.contains(x) else { throw .halfSpreadOutOfRange(value: x, accepted: accepted) }
        return CopelandProfit(
            halfSpread: x, ask: mean + x, bid: mean - x,
            liquidityAcceptance: liquidityAcceptance(halfSpread: x), liquidityRevenue: liquidityRevenue(halfSpread: x),
            informedTradeProbability: informedTradeProbability(halfSpread: x),
            informedLoss: informedLoss(halfSpread: x),
            sideProfit: sideProfit(halfSpread: x), slope: sideProfitSlope(halfSpread: x),
            formulaHolds: formulaHolds(halfSpread: x), optimum: optimum)
    }
}
