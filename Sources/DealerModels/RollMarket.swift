import MarketCore

/// Roll's (1984) market: an efficient price that walks, and trades that bounce between m − c and
/// m + c.
///
/// Each trade moves the efficient price by nature's step e_t, then prints at p_t = m_t + c·q_t.
/// The price change Δp_t = e_t + c·(q_t − q_{t−1}) has a permanent part (e_t) and a transitory one
/// (the bounce), which the next trade reverses half the time; that reversal is the negative serial
/// covariance Roll reads the spread from.
public struct RollMarket: Equatable, Sendable {
    public let parameters: RollParameters
    /// Trades so far.
    public private(set) var time = 0
    /// m_t, the efficient price after the latest trade (m₀ before any).
    public private(set) var efficientPrice: Double
    /// The latest trade's price and sign; nil before the first trade.
    public private(set) var lastPrice: Double?
    public private(set) var lastSign: TradeSign?
    /// The running sample covariance of consecutive price changes.
    public private(set) var covariance = SerialCovariance()

    /// A market at its opening: t = 0, m = m₀, no trades.
    public init(parameters: RollParameters = RollParameters()) {
        self.parameters = parameters
        efficientPrice = parameters.mean
    }

    /// The bid and ask around the current efficient price, m − c and m + c.
    public var quote: (bid: Double, ask: Double) {
        (efficientPrice - parameters.halfSpread, efficientPrice + parameters.halfSpread)
    }

    /// Nature's step of the efficient price, e ~ N(0, σ²).
    public func drawStep(using rng: inout some RandomNumberGenerator) -> Double {
        parameters.sigma * rng.nextStandardNormal()
    }

    /// Nature's trade sign: a buy with probability γ (one uniform draw).
    public func drawSign(using rng: inout some RandomNumberGenerator) -> TradeSign {
        rng.nextUnit() < parameters.gamma ? .buy : .sell
    }

    /// A trade of sign `sign` after the efficient price moves by `step`: the value carries every
    /// number the shell prints.
    @discardableResult
    public mutating func trade(_ sign: TradeSign, step: Double) -> RollTrade {
        let before = efficientPrice
        efficientPrice = before + step
        let price = efficientPrice + parameters.halfSpread * sign.q
        let previousChange = covariance.lastChange
        let change = lastPrice.map { price - $0 }
        let bounce = lastSign.map { parameters.halfSpread * (sign.q - $0.q) }
        let previousPrice = lastPrice
        let previousSign = lastSign
        if let change { covariance.add(change: change) }
        lastPrice = price
        lastSign = sign
        time += 1
        return RollTrade(
            time: time, sign: sign, step: step, efficientBefore: before, efficientPrice: efficientPrice,
            price: price, previousPrice: previousPrice, previousSign: previousSign, bounce: bounce, change: change,
            previousChange: change == nil ? nil : previousChange,
            pairs: covariance.pairs, covariance: covariance.covariance, halfSpread: parameters.halfSpread)
    }

    /// A trade whose step nature draws: the typed `buy` and `sell`.
    @discardableResult
    public mutating func trade(_ sign: TradeSign, using rng: inout some RandomNumberGenerator) -> RollTrade {
        trade(sign, step: drawStep(using: &rng))
    }

    /// A noise trade: nature draws the sign, then the step.
    @discardableResult
    public mutating func noise(using rng: inout some RandomNumberGenerator) -> RollTrade {
        let sign = drawSign(using: &rng)
        return trade(sign, step: drawStep(using: &rng))
    }
}

/// One trade in Roll's market, with every number the shell prints about it.
public struct RollTrade: Equatable, Sendable {
    /// The trade's number, 1 for the first.
    public let time: Int
    public let sign: TradeSign
    /// e_t, nature's step of the efficient price.
    public let step: Double
    /// m_{t−1} and m_t.
    public let efficientBefore: Double
    public let efficientPrice: Double
    /// p_t = m_t + c·q_t.
    public let price: Double
    /// p_{t−1}; nil at the first trade.
    public let previousPrice: Double?
    /// q_{t−1}'s trade; nil at the first trade.
    public let previousSign: TradeSign?
    /// c·(q_t − q_{t−1}), the transitory part of the change; nil at the first trade.
    public let bounce: Double?
    /// Δp_t = p_t − p_{t−1} = e_t + bounce; nil at the first trade.
    public let change: Double?
    /// Δp_{t−1}, the change this one pairs with; nil until there are two changes.
    public let previousChange: Double?
    /// Pairs of consecutive changes so far, and their sample covariance (nil before two pairs).
    public let pairs: Int
    public let covariance: Double?
    /// c, the true half-spread.
    public let halfSpread: Double

    /// The true spread 2c.
    public var trueSpread: Double { 2 * halfSpread }

    /// Roll's estimate 2√(−cov); nil while the covariance is missing or not negative.
    public var estimate: Double? { covariance.flatMap(RollEstimator.spread) }
}
