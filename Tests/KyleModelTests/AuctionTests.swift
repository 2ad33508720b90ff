import Foundation
import ModelTestSupport
import Testing

@testable import KyleModel

@Test func oneAuctionIsTheNormalRegression() throws {
    // E[v | y] = p + λy with λ = Cov(v, y)/Var(y), and the posterior variance
    // Σ_{n−1} − Cov²/Var(y) (normal updating), for the plan's β: both equal the plan's λ_n and Σ_n.
    var market = KyleMarket(parameters: kyle())
    for flow in [3.5, -12.0, 0.25, 7.0] {
        let before = market.price
        let auction = try market.clear(flow: flow)
        let cov = auction.beta * auction.interval * auction.sigma2Before
        let varY = pow(auction.beta * auction.interval, 2) * auction.sigma2Before + 64 * auction.interval
        #expect(isRelativelyClose(auction.lambda, cov / varY, tol: 1e-13))
        #expect(isRelativelyClose(auction.sigma2, auction.sigma2Before - cov * cov / varY, tol: 1e-13))
        #expect(auction.price == before + auction.lambda * flow)
        #expect(market.price == auction.price && market.variance == auction.sigma2)
    }
    #expect(market.isOver && market.time == 4)
}

@Test func anAuctionAfterTheLastIsRefusedAndChangesNothing() throws {
    var market = KyleMarket(parameters: kyle(auctions: 1))
    _ = try market.clear(flow: 2)
    let closed = market
    #expect(throws: KyleMarketError.dayOver(auctions: 1)) { try market.clear(flow: 1) }
    var rng = Xoshiro256(seed: 1)
    #expect(throws: KyleMarketError.dayOver(auctions: 1)) { try market.play(value: 101, using: &rng) }
    #expect(market == closed)
    var open = KyleMarket(parameters: kyle())
    #expect(throws: KyleMarketError.flowNotFinite) { try open.clear(flow: .infinity) }
    #expect(throws: KyleMarketError.flowNotFinite) { try open.clear(flow: .nan) }
    #expect(open == KyleMarket(parameters: kyle()))
}

@Test func natureSendsTheInsidersOrderPlusNoise() throws {
    // x_n = β_n(v − p_{n−1})Δt; the flow is x + u; the insider's profit is x(v − p_n).
    var market = KyleMarket(parameters: kyle())
    var rng = Xoshiro256(seed: 7)
    let v = 106.0
    let priceBefore = market.price
    let auction = try market.play(value: v, using: &rng)
    let split = try #require(auction.split)
    #expect(isClose(split.insider, auction.beta * (v - priceBefore) * 0.25, tol: 1e-15))
    #expect(auction.flow == split.insider + split.noise)
    #expect(auction.insiderProfit == split.insider * (v - auction.price))
    // The same seed repeats the same noise.
    var again = KyleMarket(parameters: kyle())
    var rng2 = Xoshiro256(seed: 7)
    #expect(try again.play(value: v, using: &rng2) == auction)
}

@Test func manySeededDaysAgreeWithThePlan() throws {
    // Over many days with v drawn from the prior, within 4 standard errors:
    // - the insider's mean realised profit Σ x_n(v − p_n) is the plan's α₀Σ₀ + δ₀;
    // - p_n − p₀ has mean 0 and variance Σ₀ − Σ_n (p_n = E[v | flows], so Var(v) = Var(p_n) + Σ_n);
    // - (v − p_N)² has mean Σ_N.
    for p in [kyle(auctions: 1), kyle(auctions: 4), kyle(mean: 10, sigma: 2, noiseSD: 1, auctions: 25)] {
        let plan = KylePlan(p)
        var rng = Xoshiro256(seed: 2026)
        var profits: [Double] = []
        var squaredMoves: [Double] = []
        var squaredErrors: [Double] = []
        for _ in 0..<20_000 {
            let v = KyleTruth.drawn.resolve(p, using: &rng)
            let day = KyleDay(p, value: v, using: &rng)
            let close = try #require(day.closingPrice)
            profits.append(day.insiderProfit)
            squaredMoves.append((close - p.mean) * (close - p.mean))
            squaredErrors.append((v - close) * (v - close))
        }
        let profit = meanAndStandardError(profits)
        let move = meanAndStandardError(squaredMoves)
        let error = meanAndStandardError(squaredErrors)
        #expect(abs(profit.mean - plan.expectedProfit) < 4 * profit.standardError)
        #expect(abs(move.mean - (p.priorVariance - plan.finalVariance)) < 4 * move.standardError)
        #expect(abs(error.mean - plan.finalVariance) < 4 * error.standardError)
        // The profit check has power: the one-shot model's profit σ_uσ_v/2 is more than 8 standard
        // errors away whenever N > 1.
        if p.auctions > 1 {
            let oneShot = KylePlan(KyleParameters(mean: p.mean, sigma: p.sigma, noiseSD: p.noiseSD, auctions: 1))
            #expect(abs(oneShot.expectedProfit - plan.expectedProfit) > 8 * profit.standardError)
        }
    }
}
