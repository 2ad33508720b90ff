import MarketModel

/// A number a lesson can expect or ask the learner to predict, read off the market.
public enum Quantity: String, CaseIterable, Sendable {
    case bid, ask, mid, spread
    case pHigh = "p_high"
    case pLow = "p_low"
    case pEvent = "p_event"
    case pInformed = "p_informed"
    case expectedValue = "value"
    case t

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
        case .t: "t"
        }
    }

    /// The value now, given the last record (for `p_informed`); nil when undefined.
    func value(in session: Session, record: Record?) -> Double? {
        let market = session.market
        let quote = market.quote
        switch self {
        case .bid: return quote.bid.price
        case .ask: return quote.ask.price
        case .mid: return quote.mid
        case .spread: return quote.spread
        case .pHigh: return market.belief.pHigh
        case .pLow: return market.belief.pLow
        case .pEvent: return market.belief.pEvent
        case .pInformed: return record?.pInformed
        case .expectedValue: return quote.expectedValue
        case .t: return Double(market.time)
        }
    }
}
