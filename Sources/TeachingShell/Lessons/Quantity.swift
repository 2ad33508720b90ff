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
        case .pin: "PIN = αμ/(αμ + ε_b + ε_s)"
        case .pinHat: "the estimated PIN"
        case .pBad: "P(bad news | the day's counts)"
        case .pGood: "P(good news | the day's counts)"
        case .loglik: "the maximised log-likelihood"
        }
    }

    /// The value now, given the last order's Bayes step (for `p_informed`); nil when undefined (a
    /// side with no quote, or a quantity the model does not have).
    func value(in session: ModelSession, lastStep: (any ModelStep)?) -> Double? {
        self == .pInformed ? lastStep?.informedProbability ?? nil : session.value(of: self)
    }
}
