import ModelTestSupport
import Testing

@testable import CopelandGalai

@Suite struct MarketTests {
    @Test func arrivalsByHand() throws {
        // m = 100, V = 101.5, x = ½: quotes 99.5 / 100.5.
        var market = try CopelandMarket(parameters: CopelandParameters(), value: 101.5, halfSpread: 0.5)
        #expect(market.quote! == (99.5, 100.5))
        // Informed: V = 101.5 > 100.5, she buys; the dealer gets 100.5 − 101.5 = −1.
        let informed = market.arrive(CopelandDraw(informed: true, wantsToBuy: false, reservation: 0))
        #expect(informed.trader == .informed && informed.wanted == .buy && informed.order == .buy)
        #expect(informed.price == 100.5 && informed.profit == -1)
        // A liquidity seller with u = 0.75 ≥ ½ sells at 99.5; the dealer holds V: 101.5 − 99.5 = 2.
        let seller = market.arrive(CopelandDraw(informed: false, wantsToBuy: false, reservation: 0.75))
        #expect(seller.trader == .uninformed && seller.order == .sell && seller.price == 99.5 && seller.profit == 2)
        #expect(!seller.declined)
        // A liquidity buyer with u = ¼ < ½ declines: no trade, nothing earned.
        let walker = market.arrive(CopelandDraw(informed: false, wantsToBuy: true, reservation: 0.25))
        #expect(walker.wanted == .buy && walker.order == .none && walker.price == nil && walker.profit == 0)
        #expect(walker.declined)
        // Totals: three arrivals, two trades, −1 + 2 + 0 = 1.
        #expect(market.time == 3 && market.trades == 2 && market.profit == 1)
        #expect(walker.time == 3)
    }

    @Test func theEdgesAreStrictForTheInformedAndInclusiveForLiquidityTraders() throws {
        // V at the ask (100.5) or the bid (99.5): an informed trader gains nothing and passes.
        var atAsk = try CopelandMarket(parameters: CopelandParameters(), value: 100.5, halfSpread: 0.5)
        #expect(atAsk.arrive(CopelandDraw(informed: true, wantsToBuy: true, reservation: 0)).order == .none)
        var atBid = try CopelandMarket(parameters: CopelandParameters(), value: 99.5, halfSpread: 0.5)
        #expect(atBid.arrive(CopelandDraw(informed: true, wantsToBuy: true, reservation: 0)).order == .none)
        // V = 98 < 99.5: she sells, the dealer loses 1.5.
        var low = try CopelandMarket(parameters: CopelandParameters(), value: 98, halfSpread: 0.5)
        let sale = low.arrive(CopelandDraw(informed: true, wantsToBuy: true, reservation: 0))
        #expect(sale.order == .sell && sale.profit == -1.5)
        // u = x exactly: she pays (u ≥ x, as P(u ≥ x) = 1 − x/C counts it).
        var exact = try CopelandMarket(parameters: CopelandParameters(), value: 100, halfSpread: 0.5)
        #expect(exact.arrive(CopelandDraw(informed: false, wantsToBuy: true, reservation: 0.5)).order == .buy)
    }

    @Test func aShutMarketPostsNoQuotesAndNobodyTrades() throws {
        // π = ½ ≥ π̄ = 1/3 (w = 2, C = 1): the dealer's best is no quote.
        let p = copeland(pi: 0.5)
        var market = try CopelandMarket(parameters: p, value: 101.9)
        #expect(market.halfSpread == nil && market.quote == nil)
        let informed = market.arrive(CopelandDraw(informed: true, wantsToBuy: true, reservation: 0))
        let liquidity = market.arrive(CopelandDraw(informed: false, wantsToBuy: true, reservation: 1))
        #expect(informed.order == .none && informed.wanted == .none)
        #expect(liquidity.order == .none && liquidity.wanted == .buy && !liquidity.declined)
        #expect(market.time == 2 && market.trades == 0 && market.profit == 0)
    }

    @Test func natureTakesOneUniformForTheValueAndThreeForEachArrival() throws {
        // V = m − w + 2w·U: U = ¼ gives 98 + 4·¼ = 99.
        var valueDraw = ScriptedUnits([0.25])
        #expect(CopelandMarket.drawValue(CopelandParameters(), using: &valueDraw) == 99)
        #expect(valueDraw.used == 1)
        // π = ¼, C = 1. U₁ = 0.125 < π: informed (U₂, U₃ still taken). U₁ = ¼: not (strict <),
        // U₂ = ¼ < ½: a buyer, u = C·¾. (Dyadic draws, so `ScriptedUnits` hands them out exactly.)
        let market = try CopelandMarket(parameters: copeland(pi: 0.25), value: 99)
        var first = ScriptedUnits([0.125, 0.75, 0.5])
        #expect(market.draw(using: &first) == CopelandDraw(informed: true, wantsToBuy: false, reservation: 0.5))
        #expect(first.used == 3)
        var second = ScriptedUnits([0.25, 0.25, 0.75])
        #expect(market.draw(using: &second) == CopelandDraw(informed: false, wantsToBuy: true, reservation: 0.75))
        #expect(second.used == 3)
    }

    @Test func theSameSeedRepeatsEveryMarketAndEveryArrival() throws {
        func tape(seed: UInt64) throws -> [CopelandArrival] {
            var rng = Xoshiro256(seed: seed)
            var market = try CopelandMarket(parameters: CopelandParameters(), using: &rng)
            return (0..<200).map { _ in market.arrive(using: &rng) }
        }
        let once = try tape(seed: 42)
        #expect(try tape(seed: 42) == once)
        #expect(try tape(seed: 43) != once)
        #expect(Set(once.map(\.value)).count == 1)  // V is drawn once per market
        // Each arrival advances the generator by exactly three words, whoever arrives.
        var rng = Xoshiro256(seed: 7)
        var market = try CopelandMarket(parameters: CopelandParameters(), using: &rng)
        for _ in 0..<50 {
            var expected = rng
            for _ in 0..<3 { _ = expected.next() }
            market.arrive(using: &rng)
            #expect(rng == expected)
        }
    }

    // The Monte Carlo checks. Tolerance: 4 standard errors of the sample mean, the standard error
    // taken from the sample's own spread (s/√n). For a correct model a miss has probability ≈ 6·10⁻⁵
    // per check (normal approximation, n = 10⁵ or more); the seeds are fixed, so each run repeats exactly.
    // The sample's standard error is itself checked against the exact one, from E[P²] below.

    @Test(arguments: [10.0 / 17, 0.25, 1.5])
    func overManyMarketsOneArrivalEarnsTwiceTheSideProfit(x: Double) throws {
        // Each market draws V afresh and sees one arrival, so the n profits are independent draws
        // of P with E[P] = 2Π(x). Its second moment, with D = V − m ~ U[−w, w], q = (1 − x/C)⁺:
        // a liquidity trade earns x ∓ D, E[(x ∓ D)²] = x² + w²/3; an informed one loses
        // (|D| − x)⁺, E[((|D| − x)⁺)²] = ∫ₓʷ (t − x)²/w dt = ((w − x)⁺)³/(3w). So
        // E[P²] = (1 − π)·q·(x² + w²/3) + π·((w − x)⁺)³/(3w). Defaults at x* = 10/17:
        // 2Π = 8/85 ≈ 0.0941, sd ≈ 0.799, 4 SE ≈ 0.0101 with n = 100 000.
        let p = CopelandParameters()
        let n = 100_000
        var rng = Xoshiro256(seed: 2026)
        let profits = try (0..<n).map { _ in
            var market = try CopelandMarket(
                parameters: p, value: CopelandMarket.drawValue(p, using: &rng), halfSpread: x)
            return market.arrive(using: &rng).profit
        }
        let sample = SampleMean(profits)
        let expected = p.arrivalProfit(halfSpread: x)
        #expect(sample.agrees(with: expected), "mean \(sample.mean) vs \(expected) ± 4·\(sample.standardError)")
        let (w, pi, q) = (p.width, p.pi, p.liquidityAcceptance(halfSpread: x))
        let reach = max(0, w - x)
        let secondMoment = (1 - pi) * q * (x * x + w * w / 3) + pi * reach * reach * reach / (3 * w)
        let exactError = ((secondMoment - expected * expected) / Double(n)).squareRoot()
        #expect(abs(sample.standardError / exactError - 1) <= 0.03, "SE \(sample.standardError) vs \(exactError)")
    }

    @Test func givenTheValueAnArrivalEarnsWhatTheDealerExpectsAtThatValue() throws {
        // V = 101.5 fixed (|D| = 1.5), x = 10/17, π = 0.2, C = 1: per arrival
        // E[P | V] = (1 − π)·(1 − x/C)·x − π·(|D| − x)⁺ = 0.8·(7/17)·(10/17) − 0.2·(31/34)
        //          = 56/289 − 31/170, and Var = (1 − π)·q·(x² + D²) + π·((|D| − x)⁺)² − E².
        let p = CopelandParameters()
        let x = 10.0 / 17
        var market = try CopelandMarket(parameters: p, value: 101.5, halfSpread: x)
        var rng = Xoshiro256(seed: 99)
        let arrivals = (0..<200_000).map { _ in market.arrive(using: &rng) }
        let profits = arrivals.map(\.profit)
        let expected = 56.0 / 289 - 31.0 / 170
        let sample = SampleMean(profits)
        #expect(sample.agrees(with: expected), "mean \(sample.mean) vs \(expected) ± 4·\(sample.standardError)")
        let variance = 0.8 * (7.0 / 17) * (x * x + 2.25) + 0.2 * (31.0 / 34) * (31.0 / 34) - expected * expected
        let exactError = (variance / 200_000).squareRoot()
        #expect(abs(sample.standardError / exactError - 1) <= 0.03)
        // The market's running total is the sum of what it reported, arrival by arrival.
        #expect(isClose(market.profit, profits.reduce(0, +), tol: 1e-9))
        #expect(market.time == 200_000 && market.trades == arrivals.count { $0.order != .none })
    }
}
