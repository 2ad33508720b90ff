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

    public init(trader: Trader, wanted: Order) {
        self.trader = trader
        self.wanted = wanted
    }

    /// An informed trader trades toward the true value: buys after good news, sells after bad.
    /// Without an event there are no informed traders.
    public static func informed(truth: Truth) -> Arrival? {
        switch truth {
        case .high: Arrival(trader: .informed, wanted: .buy)
        case .low: Arrival(trader: .informed, wanted: .sell)
        case .none: nil
        }
    }

    /// An uninformed trader buys with ε_b, sells with ε_s and stays out otherwise.
    public static func uninformed(_ parameters: Parameters, using rng: inout some RandomNumberGenerator) -> Arrival {
        let u = rng.nextUnit()
        let wanted: Order = u < parameters.epsBuy ? .buy : (u < parameters.epsBuy + parameters.epsSell ? .sell : .none)
        return Arrival(trader: .uninformed, wanted: wanted)
    }

    /// Nature's draw for one period: informed with probability μ when an event occurred.
    public static func draw(
        _ parameters: Parameters, truth: Truth, using rng: inout some RandomNumberGenerator
    ) -> Arrival {
        if let informed = informed(truth: truth), rng.nextUnit() < parameters.mu {
            return informed
        }
        return uninformed(parameters, using: &rng)
    }
}
