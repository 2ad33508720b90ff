/// An uninformed arrival's three choices: buy with ε_b, sell with ε_s, stay out with 1 − ε_b − ε_s,
/// with "the uninformed always trade" (ε_b + ε_s = 1) decided exactly for the numbers a person types.
///
/// In Doubles 1 − 0.58 − 0.42 is 4.7e-17, not 0, and a no-trade of that probability would be
/// accepted and would move beliefs, although the typed shares rule it out. So the remainder
/// r = 1 − ε_b − ε_s is compared with a margin, chosen from what typed input can be:
/// - a typed decimal or fraction is stored within half a unit in the last place of itself
///   (at most 2⁻⁵⁴ for a share below 1), so r comes out within about 3·2⁻⁵³ ≈ 3.4e-16 of the exact
///   remainder of the typed numbers;
/// - two shares typed with at most 12 digits after the point (or as fractions whose denominators
///   multiply to at most 10¹²) have an exact remainder of 0 or of at least 10⁻¹².
///
/// A computed |r| below `margin` = 5·10⁻¹³, halfway between, is therefore exactly the typed
/// remainder 0 for every such input, and a larger one is exactly not 0. Shares typed with more
/// digits than that whose remainder is below 5·10⁻¹³ are taken as always trading. The same margin
/// decides whether ε_b + ε_s exceeds 1 (refused) and whether γ = ε_b is shown. (`set gamma` was
/// always exact: it stores ε_s = fl(1 − γ), and 1 − ε_b − ε_s is evaluated as fl(1 − γ) − ε_s = 0.)
public enum UninformedShares {
    /// Half the smallest nonzero remainder of two shares typed with at most 12 decimals.
    public static let margin = 5e-13

    /// Whether ε_b + ε_s = 1 for the typed shares: every uninformed arrival trades.
    public static func alwaysTrade(buy: Double, sell: Double) -> Bool {
        abs(1 - buy - sell) < margin
    }

    /// Whether ε_b + ε_s exceeds 1 for the typed shares (not a probability).
    public static func exceedOne(buy: Double, sell: Double) -> Bool {
        buy + sell - 1 >= margin
    }

    /// 1 − ε_b − ε_s, exactly 0 when the uninformed always trade.
    public static func stayOut(buy: Double, sell: Double) -> Double {
        alwaysTrade(buy: buy, sell: sell) ? 0 : max(0, 1 - buy - sell)
    }

    /// The choice a uniform draw u ∈ [0, 1) makes: buy below ε_b, sell below ε_b + ε_s, else stay
    /// out; never stay out when the uninformed always trade (ε_b + ε_s can round to 1 − 2⁻⁵³).
    public static func choice(_ u: Double, buy: Double, sell: Double) -> Order {
        if u < buy { return .buy }
        return alwaysTrade(buy: buy, sell: sell) || u < buy + sell ? .sell : .none
    }
}
