/// Nature's side of the market: which state is true, and who arrives each period.
public enum Truth: String, CaseIterable, Sendable {
    case high, low, none

    /// The market state this truth corresponds to.
    public var state: MarketState {
        switch self {
        case .high: .good
        case .low: .bad
        case .none: .noEvent
        }
    }
}

/// One arrival drawn by nature: who it is and what it wants to do.
public struct Arrival: Equatable, Sendable {
    public let trader: Trader
    public let wanted: Order

    public init(trader: Trader, wanted: Order) { (self.trader, self.wanted) = (trader, wanted) }

    /// An informed trader trades toward the true value when the price pays: buys after good news if
    /// V_H > ask, sells after bad news if V_L < bid, and otherwise does not trade (an indifferent one
    /// neither). Without an event there are no informed traders.
    public static func informed(truth: Truth, at quote: Quote) -> Arrival? {
        switch truth {
        case .high: Arrival(trader: .informed, wanted: quote.ask.informedTrade ? .buy : .none)
        case .low: Arrival(trader: .informed, wanted: quote.bid.informedTrade ? .sell : .none)
        case .none: nil
        }
    }

    /// An uninformed trader buys with ε_b, sells with ε_s and stays out otherwise; with elastic
    /// demand it buys with ε_b·f and sells with ε_s·g at the quote it meets (the rest stay out).
    public static func uninformed(
        _ parameters: Parameters, at quote: Quote, using rng: inout some RandomNumberGenerator
    ) -> Arrival {
        let u = rng.nextUnit()
        let buy = parameters.epsBuy * quote.ask.participation
        let sell = parameters.epsSell * quote.bid.participation
        return Arrival(trader: .uninformed, wanted: UninformedShares.choice(u, buy: buy, sell: sell))
    }

    /// Nature's draw for one period at the quote the arrival meets: informed with probability μ when
    /// an event occurred.
    public static func draw(
        _ parameters: Parameters, truth: Truth, at quote: Quote, using rng: inout some RandomNumberGenerator
    ) -> Arrival {
        if let informed = informed(truth: truth, at: quote), rng.nextUnit() < parameters.mu {
            return informed
        }
        return uninformed(parameters, at: quote, using: &rng)
    }
}
