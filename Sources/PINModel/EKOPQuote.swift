/// The market maker's zero-profit quotes in EKOP's continuous-time model, from beliefs over the
/// day types (DESIGN §2's formulas with Poisson rates in place of per-arrival probabilities).
///
/// A buy arriving at rate ε_b on no-news and bad days and μ + ε_b on good days:
///     ask = Σ P(type)·rate_buy(type)·V(type) / Σ P(type)·rate_buy(type)
///     bid = Σ P(type)·rate_sell(type)·V(type) / Σ P(type)·rate_sell(type)
/// At the opening P = (1 − α, αδ, α(1 − δ)); with δ = ½ and ε_b = ε_s the spread is PIN·(V_H − V_L).
public struct EKOPQuote: Equatable, Sendable {
    /// P(no news), P(bad), P(good) the quotes come from.
    public let beliefs: [Double]
    /// E[V] under the beliefs.
    public let mean: Double
    public let bid: Double
    public let ask: Double

    public var spread: Double { ask - bid }

    /// The quotes from beliefs in `DayType.allCases` order (nil when no buy or no sell can arrive).
    public init?(beliefs: [Double], parameters p: PINParameters) {
        guard beliefs.count == DayType.allCases.count else { return nil }
        var (buyMass, buyValue, sellMass, sellValue, mean) = (0.0, 0.0, 0.0, 0.0, 0.0)
        for (type, belief) in zip(DayType.allCases, beliefs) {
            let (lb, ls) = p.rates(type)
            let v = p.value(type)
            buyMass += belief * lb
            buyValue += belief * lb * v
            sellMass += belief * ls
            sellValue += belief * ls * v
            mean += belief * v
        }
        guard buyMass > 0, sellMass > 0 else { return nil }
        self.beliefs = beliefs
        self.mean = mean
        ask = buyValue / buyMass
        bid = sellValue / sellMass
    }

    /// The opening quotes: beliefs are the priors 1 − α, αδ, α(1 − δ).
    public static func opening(_ p: PINParameters) -> EKOPQuote? {
        EKOPQuote(beliefs: DayType.allCases.map { p.prior($0) }, parameters: p)
    }

    /// The quotes at the close of a day: beliefs are the day's posterior.
    public static func closing(_ step: DayBayes, _ p: PINParameters) -> EKOPQuote? {
        EKOPQuote(beliefs: step.rows.map(\.posterior), parameters: p)
    }
}
