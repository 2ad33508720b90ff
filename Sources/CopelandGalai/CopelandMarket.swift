/// One Copeland–Galai market: nature's value, drawn once, and the arrivals at the dealer's quotes.
///
/// The dealer posts m ± x for the whole market (by default her best x, `CopelandOptimum`; none
/// when the market is shut); V stays fixed while arrivals come one at a time. Averaged over V and
/// the arrivals, one arrival earns the dealer 2·Π(x); for a given V it earns
/// (1 − π)·(1 − x/C)⁺·x − π·(|V − m| − x)⁺, since the liquidity trader's V − m averages out over
/// her two sides.
public struct CopelandMarket: Equatable, Sendable {
    public let parameters: CopelandParameters
    /// V, nature's value for this market.
    public let value: Double
    /// x, the half-spread posted on both sides; nil when the dealer posts no quotes.
    public let halfSpread: Double?
    /// Arrivals so far, trades among them, and the dealer's realised profit on them.
    public private(set) var time = 0
    public private(set) var trades = 0
    public private(set) var profit = 0.0

    /// A market with a given value and half-spread (nil: no quotes), or why one is refused.
    public init(parameters: CopelandParameters, value: Double, halfSpread: Double?) throws(CopelandError) {
        try parameters.validate()
        let range = parameters.valueRange
        guard range.contains(value) else { throw .valueOutOfRange(value: value, accepted: range) }
        if let x = halfSpread, !CopelandError.acceptedHalfSpread.contains(x) {
            throw .halfSpreadOutOfRange(value: x, accepted: CopelandError.acceptedHalfSpread)
        }
        self.parameters = parameters
        self.value = value
        self.halfSpread = halfSpread
    }

    /// A market with a given value where the dealer posts her best half-spread.
    public init(parameters: CopelandParameters, value: Double) throws(CopelandError) {
        try self.init(parameters: parameters, value: value, halfSpread: parameters.optimum.halfSpread)
    }

    /// A market whose value nature draws (one uniform), with the dealer's best half-spread.
    public init(parameters: CopelandParameters, using rng: inout some RandomNumberGenerator) throws(CopelandError) {
        try self.init(parameters: parameters, value: Self.drawValue(parameters, using: &rng))
    }

    /// V = m − w + 2w·U with U ~ U[0, 1): uniform on [m − w, m + w).
    public static func drawValue(
        _ parameters: CopelandParameters, using rng: inout some RandomNumberGenerator
    ) -> Double {
        parameters.mean - parameters.width + 2 * parameters.width * rng.nextUnit()
    }

    /// The bid and ask, m − x and m + x; nil when the market is shut.
    public var quote: (bid: Double, ask: Double)? {
        halfSpread.map { (parameters.mean - $0, parameters.mean + $0) }
    }

    /// Nature's next arrival: exactly three uniforms (`CopelandDraw`).
    public func draw(using rng: inout some RandomNumberGenerator) -> CopelandDraw {
        let informed = rng.nextUnit() < parameters.pi
        let wantsToBuy = rng.nextUnit() < 0.5
        let reservation = parameters.premium * rng.nextUnit()
        return CopelandDraw(informed: informed, wantsToBuy: wantsToBuy, reservation: reservation)
    }

    /// One arrival whose draw is given: she trades or not at the posted quotes.
    @discardableResult
    public mutating func arrive(_ draw: CopelandDraw) -> CopelandArrival {
        let wanted: Order
        let order: Order
        if draw.informed {
            wanted = quote.map { value > $0.ask ? .buy : value < $0.bid ? .sell : .none } ?? .none
            order = wanted
        } else {
            wanted = draw.wantsToBuy ? .buy : .sell
            order = halfSpread.map { draw.reservation >= $0 ? wanted : .none } ?? .none
        }
        let fill: (price: Double, profit: Double)? =
            switch (order, quote) {
            case (.buy, let quote?): (quote.ask, quote.ask - value)
            case (.sell, let quote?): (quote.bid, value - quote.bid)
            default: nil
            }
        time += 1
        if let fill {
            trades += 1
            profit += fill.profit
        }
        return CopelandArrival(
            time: time, draw: draw, value: value, halfSpread: halfSpread, wanted: wanted, order: order,
            price: fill?.price, profit: fill?.profit ?? 0)
    }

    /// One arrival that nature draws.
    @discardableResult
    public mutating func arrive(using rng: inout some RandomNumberGenerator) -> CopelandArrival {
        arrive(draw(using: &rng))
    }
}
