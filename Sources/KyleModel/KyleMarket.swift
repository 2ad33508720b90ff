/// The market maker's side of Kyle's market through one day: the plan, the price and the clock.
public struct KyleMarket: Equatable, Sendable {
    public let plan: KylePlan
    /// The number of auctions cleared so far (0 at the opening, N at the end of the day).
    public private(set) var time: Int = 0
    /// p_n, the price after the last auction (p₀ at the opening).
    public private(set) var price: Double

    /// A day at its opening: no auction yet, price p₀.
    public init(parameters: KyleParameters) {
        plan = KylePlan(parameters)
        price = parameters.mean
    }

    public var parameters: KyleParameters { plan.parameters }

    /// Whether every auction of the day has cleared.
    public var isOver: Bool { time == plan.auctions.count }

    /// Σ_n, the market maker's variance of v now (Σ₀ at the opening).
    public var variance: Double { time == 0 ? parameters.priorVariance : plan.auctions[time - 1].sigma2 }

    /// The next auction's coefficients, or nil after the last.
    public var nextAuction: KyleAuctionPlan? { isOver ? nil : plan.auctions[time] }

    /// Clears the next auction at net flow `flow` (its parts, when nature drew them).
    public mutating func clear(
        flow: Double, split: FlowSplit? = nil, trueValue: Double? = nil
    ) throws(KyleMarketError) -> KyleAuction {
        guard let next = nextAuction else { throw .dayOver(auctions: plan.auctions.count) }
        guard flow.isFinite else { throw .flowNotFinite }
        let auction = KyleAuction(
            plan: next, interval: parameters.interval, noiseVariance: parameters.noiseVariance, priceBefore: price,
            flow: flow, split: split, trueValue: trueValue)
        guard auction.price.isFinite else { throw .flowNotFinite }
        price = auction.price
        time += 1
        return auction
    }

    /// Nature plays the next auction: the insider trades on `value`, noise is drawn.
    public mutating func play(
        value: Double, using rng: inout some RandomNumberGenerator
    ) throws(KyleMarketError) -> KyleAuction {
        guard let next = nextAuction else { throw .dayOver(auctions: plan.auctions.count) }
        let split = KyleNature.flow(next, parameters: parameters, value: value, price: price, using: &rng)
        return try clear(flow: split.total, split: split, trueValue: value)
    }

    /// Puts back the price and clock of an earlier auction (for `undo`).
    public mutating func rewind(to price: Double, time: Int) {
        self.price = price
        self.time = time
    }
}

/// Why an auction could not clear.
///
/// The market is left unchanged.
public enum KyleMarketError: Error, Equatable, Sendable {
    /// All N auctions of the day have cleared.
    case dayOver(auctions: Int)
    /// The flow, or the price it would make, is not a finite number.
    case flowNotFinite
}

/// One whole day played by nature, for studies and the tests.
public struct KyleDay: Equatable, Sendable {
    public let value: Double
    public let auctions: [KyleAuction]

    /// Plays every auction from the opening with v = `value`.
    public init(_ parameters: KyleParameters, value: Double, using rng: inout some RandomNumberGenerator) {
        var market = KyleMarket(parameters: parameters)
        var played: [KyleAuction] = []
        played.reserveCapacity(parameters.auctions)
        // A finite v and normal noise give finite flows, so `play` does not throw before the end.
        while !market.isOver, let auction = try? market.play(value: value, using: &rng) { played.append(auction) }
        self.value = value
        auctions = played
    }

    /// The insider's realised profit, Σ x_n·(v − p_n).
    public var insiderProfit: Double { auctions.reduce(0) { $0 + ($1.insiderProfit ?? 0) } }

    /// p_N, the closing price.
    public var closingPrice: Double? { auctions.last?.price }
}
