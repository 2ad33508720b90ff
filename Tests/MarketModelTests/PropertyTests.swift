import Testing

@testable import MarketModel

/// Properties of long order sequences (issue 6); undo's property lives with `Session.undo`, in
/// TeachingShellTests' UndoPropertyTests.
struct PropertyTests {
    /// 10^7 buys in a row (the belief update the market makes, in a tight loop): no NaN, no
    /// infinity, the probabilities sum to one and the quotes stay inside [low, high].
    @Test func tenMillionBuys() throws {
        var p = Parameters()
        p.low = 100
        p.high = 104
        p.mu = 0.3
        let buy = p.likelihood(of: .buy)
        var belief = Belief(opening: p)
        for _ in 0..<10_000_000 {
            belief = try #require(belief.conditioned(on: buy)).posterior
        }
        let probability = belief.probability
        #expect(probability.noEvent.isFinite && probability.bad.isFinite && probability.good.isFinite)
        #expect(abs(probability.sum - 1) < 1e-12)
        // log P(V_L) falls by log(13/7) a buy: after 10^7 buys it is about −6.19·10^6, still finite.
        #expect(belief.logProbability.bad.isFinite && belief.logProbability.bad < -6e6)
        let quote = Quote(belief: belief, parameters: p)
        for price in [quote.bid.price, quote.ask.price] {
            let value = try #require(price)
            #expect(value.isFinite && value >= p.low && value <= p.high)
        }
    }
}
