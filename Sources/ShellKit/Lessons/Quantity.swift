import MarketModel

/// A number a lesson can expect or ask the learner to predict, read off the market.
public enum Quantity: String, CaseIterable, Sendable {
    case bid, ask, mid, spread
    case pHigh = "p_high"
    case pLow = "p_low"
    case pEvent = "p_event"
    case pInformed = "p_informed"
    case expectedValue = "value"
    /// The normal model's posterior standard deviation of v.
    case sd
    case t
    /// The last price: Kyle's auction price p_n, Roll's or the inventory dealer's last trade.
    case price
    /// The Kyle model's last auction's λ_n and β_n, the market maker's Σ_n, and the insider's
    /// expected profit for the day.
    case lambda, beta, sigma2
    case expectedProfit = "expected_profit"
    /// Roll: the last price change Δp.
    case change
    /// Roll: the running serial covariance of price changes, and 2√(−cov).
    case covariance
    case rollSpread = "roll_spread"
    /// The inventory dealer's inventory I and reservation price r.
    case inventory, reservation
    /// The inventory dealer's expected change of I next period, E[ΔI], under nature's customers.
    case drift
    /// The PIN model's PIN from the parameters, PIN from the last estimate, the last day's
    /// posterior of bad and of good news, and the last estimate's log-likelihood.
    case pin
    case pinHat = "pin_hat"
    case pBad = "p_bad"
    case pGood = "p_good"
    case loglik

    /// How the learner reads it in a question.
    public var phrase: String {
        switch self {
        case .bid: "the bid"
        case .ask: "the ask"
        case .mid: "the mid"
        case .spread: "the spread"
        case .pHigh: "P(V = high)"
        case .pLow: "P(V = low)"
        case .pEvent: "P(event)"
        case .pInformed: "P(trader informed | order)"
        case .expectedValue: "E[V]"
        case .sd: "the standard deviation of the belief about v"
        case .t: "t"
        case .price: "the price"
        case .lambda: "λ of the last auction"
        case .beta: "β of the last auction"
        case .sigma2: "the market maker's variance of v (Σ)"
        case .expectedProfit: "the insider's expected profit"
        case .change: "the last price change Δp"
        case .covariance: "the serial covariance cov(Δp_t, Δp_{t−1})"
        case .rollSpread: "Roll's estimate 2√(−cov)"
        case .inventory: "the dealer's inventory I"
        case .reservation: "the reservation price r"
        case .drift: "the expected change of inventory E[ΔI]"
        case .pin: "PIN = αμ/(αμ + ε_b + ε_s)"
        case .pinHat: "the estimated PIN"
        case .pBad: "P(bad news | the day's counts)"
        case .pGood: "P(good news | the day's counts)"
        case .loglik: "the maximised log-likelihood"
        }
    }

    /// The value now, given the last order's Bayes step (for `p_informed`); nil when undefined (a
    /// side with no quote, or a quantity the model does not have).
    package func value(in session: ModelSession, lastStep: (any ModelStep)?) -> Double? {
        self == .pInformed ? lastStep?.informedProbability ?? nil : session.value(of: self)
    }
}
