import Testing
@testable import MarketModel

/// Properties over random parameters and random order sequences (issue 6).
struct PropertyTests {
    /// A random valid parameter set: values, prior, μ, α, uninformed probabilities, tolerance.
    private func parameters(_ rng: inout Xoshiro256) -> Parameters {
        var p = Parameters()
        p.low = 50 + 50 * rng.nextUnit()
        p.high = p.low + 0.5 + 20 * rng.nextUnit()
        p.prior = 0.05 + 0.9 * rng.nextUnit()
        p.mu = 0.95 * rng.nextUnit()
        p.alpha = 0.05 + 0.95 * rng.nextUnit()
        p.epsBuy = 0.05 + 0.45 * rng.nextUnit()
        p.epsSell = 0.05 + 0.45 * rng.nextUnit()
        p.tolerance = rng.nextUnit() < 0.3 ? 0.2 + 3 * rng.nextUnit() : .infinity
        return p
    }

    /// Undoing every order of a random sequence walks back through exactly the beliefs it came
    /// through, bit for bit, to the opening.
    @Test func undoRestoresBitForBit() throws {
        var rng = Xoshiro256(seed: 2026)
        for _ in 0..<200 {
            var market = Market(parameters: parameters(&rng))
            var path = [(market.belief, market.time)]
            for _ in 0..<(1 + Int(rng.nextUnit() * 60)) {
                let wanted = [Order.buy, .sell, .none][Int(rng.nextUnit() * 3)]
                guard (try? market.observe(wanted, from: .unknown, truth: .good)) != nil else { continue }
                path.append((market.belief, market.time))
            }
            for (belief, time) in path.reversed().dropFirst() {
                market.rewind(to: belief, time: time)
                #expect(market.belief == belief && market.time == time)
            }
            #expect(market.belief == Belief(opening: market.parameters))
        }
    }

    /// 10^7 buys in a row (the belief update the market makes, in a tight loop): no NaN, no
    /// infinity, the probabilities sum to one and the quotes stay inside [low, high].
    @Test func tenMillionBuys() throws {
        var p = Parameters()
        p.low = 100; p.high = 104; p.mu = 0.3
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
