import Foundation

/// Nature's value v: a number the teacher sets, or a draw from the prior N(m, σ²).
public typealias NormalTruth = ValueTruth

extension ValueTruth {
    /// The value for a new session: the number itself, or m + σ·Z with Z standard normal.
    public func resolve(_ parameters: NormalParameters, using rng: inout some RandomNumberGenerator) -> Double {
        resolve { NormalArrival.drawValue(parameters, using: &rng) }
    }
}

/// One arrival drawn by nature: who it is and what it wants to do.
public struct NormalArrival: Equatable, Sendable {
    public let trader: Trader
    public let wanted: Order

    public init(trader: Trader, wanted: Order) { (self.trader, self.wanted) = (trader, wanted) }

    /// An informed trader knows v: buys iff v > ask, sells iff v < bid, stays out otherwise (an
    /// indifferent one, v equal to a quote, does not trade; nor does one facing a side with no quote).
    public static func informed(value v: Double, quote: NormalQuote) -> NormalArrival {
        if let ask = quote.ask.price, v > ask { return NormalArrival(trader: .informed, wanted: .buy) }
        if let bid = quote.bid.price, v < bid { return NormalArrival(trader: .informed, wanted: .sell) }
        return NormalArrival(trader: .informed, wanted: .none)
    }

    /// An uninformed trader buys with ε_b, sells with ε_s and stays out otherwise (one uniform draw);
    /// with elastic demand it buys with ε_b·f and sells with ε_s·g at the quote it meets.
    public static func uninformed(
        _ p: NormalParameters, quote: NormalQuote, using rng: inout some RandomNumberGenerator
    ) -> NormalArrival {
        let u = rng.nextUnit()
        let buy = p.epsBuy * (p.elastic == .off ? 1 : quote.ask.participation)
        let sell = p.epsSell * (p.elastic == .off ? 1 : quote.bid.participation)
        return NormalArrival(trader: .uninformed, wanted: UninformedShares.choice(u, buy: buy, sell: sell))
    }

    /// Nature's draw for one period: informed with probability μ, else uninformed.
    public static func draw(
        _ p: NormalParameters, value v: Double, quote: NormalQuote, using rng: inout some RandomNumberGenerator
    ) -> NormalArrival {
        rng.nextUnit() < p.mu ? informed(value: v, quote: quote) : uninformed(p, quote: quote, using: &rng)
    }

    /// v = m + σ·Z, Z standard normal by Box–Muller (`nextNormal`).
    public static func drawValue(_ p: NormalParameters, using rng: inout some RandomNumberGenerator) -> Double {
        rng.nextNormal(mean: p.mean, standardDeviation: p.sigma)
    }
}
