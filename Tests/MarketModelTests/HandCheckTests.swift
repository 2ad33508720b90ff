import Testing
@testable import MarketModel

/// DESIGN §2's check anyone can do by hand.
@Test func designHandCheck() throws {
    var p = Parameters()
    p.low = 100; p.high = 104; p.prior = 0.5; p.mu = 0.3
    var market = Market(parameters: p)
    let q = market.quote
    // Opening: P(buy|H) = 0.3 + 0.7·0.5 = 0.65, P(buy|L) = 0.35; ask = 0.65·104 + 0.35·100 = 102.6.
    #expect(abs(q.ask.price! - 102.6) < 1e-12)
    #expect(abs(q.bid.price! - 101.4) < 1e-12)
    let step = try market.observe(.buy, from: .unknown, truth: .good)
    #expect(abs(step.posterior.pHigh - 0.65) < 1e-12)
    // After a buy: bid = E[V | sell] with π = (0.35, 0.65): (0.65·0.35·104 + 0.35·0.65·100)/(2·0.65·0.35) = 102.
    #expect(abs(market.quote.bid.price! - 102) < 1e-12)
    // ask = (0.65·0.65·104 + 0.35·0.35·100)/(0.65² + 0.35²) = 56.19/0.545 = 11238/109.
    #expect(abs(market.quote.ask.price! - 11238.0 / 109.0) < 1e-12)
    #expect(abs(step.pInformed - 0.3) < 1e-12)
}
