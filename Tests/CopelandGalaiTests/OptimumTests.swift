import ModelTestSupport
import Testing

@testable import CopelandGalai

@Suite struct OptimumTests {
    @Test func withNoInformedTradersTheDealerIsAMonopolistAtHalfOfC() {
        // π = 0: Π = ½·(1 − x/C)·x, Π′ = ½ − x/C = 0 at x = C/2 (x* = Cw/(2w) = C/2 too).
        // Π(C/2) = ½·½·C/2 = C/8 per side, C/4 per arrival. C = 1, w = 1: x = ½, Π = ⅛.
        let p = copeland(width: 1, pi: 0, premium: 1)
        #expect(p.optimum == .interior(halfSpread: 0.5, sideProfit: 0.125))
        #expect(isClose(p.sideProfit(halfSpread: 0.5), 0.125))
        #expect(isClose(p.arrivalProfit(halfSpread: 0.5), 0.25))
        #expect(p.informedLoss(halfSpread: 0.5) == 0)
    }

    @Test func theInteriorOptimumByHand() throws {
        // w = 1, C = 1, π = ½: x* = 1·1/(2·1·½ + ½·1) = 1/1.5 = ⅔ ≤ min(w, C);
        // Π(x*) = (x* − πw)/4 = (⅔ − ½)/4 = 1/24, which is R − L = 1/18 − 1/72 (SideProfitTests).
        let p = copeland(width: 1, pi: 0.5, premium: 1)
        let best = try #require(p.optimum.halfSpread)
        #expect(isClose(best, 2.0 / 3))
        #expect(isClose(p.optimum.sideProfit, 1.0 / 24))
        #expect(isClose(p.sideProfit(halfSpread: best), 1.0 / 24))
    }

    @Test func theDefaultsOpenAtTenSeventeenthsAndShutFromAThird() throws {
        // m = 100, w = 2, C = 1, π = 0.2: x* = 2/(2·2·0.8 + 0.2) = 2/3.4 = 10/17;
        // Π = (10/17 − 0.2·2)/4 = (50/85 − 34/85)/4 = 4/85. π̄ = C/(2w − C) = 1/3.
        let p = CopelandParameters()
        #expect(isClose(p.optimum.halfSpread, 10.0 / 17))
        #expect(isClose(p.optimum.sideProfit, 4.0 / 85))
        #expect(isClose(p.shutThreshold, 1.0 / 3))
        #expect(!p.isShut)
        #expect(try p.setting(.pi, to: 0.35).isShut)
    }

    @Test func theMarketShutsExactlyWhereTheBestProfitReachesZero() throws {
        // w = 1.25, C = 0.5 (C < w): π̄ = 0.5/(2.5 − 0.5) = ¼, a product decided exactly in binary.
        // π = 0.2 (open): x* = 0.625/(2.5·0.8 + 0.1) = 0.625/2.1 = 25/84; Π = (25/84 − 21/84)/4 = 1/84.
        let open = copeland(width: 1.25, pi: 0.2, premium: 0.5)
        #expect(isClose(open.optimum.halfSpread, 25.0 / 84))
        #expect(isClose(open.optimum.sideProfit, 1.0 / 84))
        // π = ¼ = π̄: x* = 0.625/(1.875 + 0.125) = 0.3125 = π·w, so Π(x*) = 0: no positive profit, shut.
        let edge = copeland(width: 1.25, pi: 0.25, premium: 0.5)
        #expect(edge.optimum == .shut(threshold: 0.25))
        #expect(edge.firstOrderHalfSpread == 0.3125)
        #expect(abs(edge.sideProfit(halfSpread: 0.3125)) <= 1e-15)
        // π = 0.3 > π̄: shut, and no half-spread on a fine grid earns anything (an independent check).
        let shut = copeland(width: 1.25, pi: 0.3, premium: 0.5)
        #expect(shut.optimum == .shut(threshold: 0.25))
        #expect(gridMaximum(shut).profit <= 0)
        #expect(shut.optimum.halfSpread == nil && shut.optimum.sideProfit == 0)
    }

    @Test func everyInformedArrivalShutsItAndWithCAtLeastWNothingElseDoes() {
        // π = 1: R = 0, so Π = −L ≤ 0 for every x. C = w = 1: π̄ = 1, and π = 0.99 is still open.
        #expect(copeland(width: 1, pi: 1, premium: 1).optimum == .shut(threshold: 1))
        #expect(copeland(width: 1, pi: 1, premium: 5).optimum == .shut(threshold: 1))
        let almost = copeland(width: 1, pi: 0.99, premium: 1)
        #expect(!almost.isShut && almost.optimum.sideProfit > 0)
    }

    @Test func whenTheFirstOrderConditionLiesPastCTheMarketIsShut() {
        // w = 4, C = 1, π = 0.9: x* = 4/(8·0.1 + 0.9) = 4/1.7 ≈ 2.35 > C, where Π = −L < 0;
        // π = 0.9 > w/(2w − C) = 4/7 > π̄ = 1/7: already shut, as the derivation says.
        let p = copeland(width: 4, pi: 0.9, premium: 1)
        #expect(p.firstOrderHalfSpread > p.premium)
        #expect(p.optimum == .shut(threshold: 1.0 / 7))
        #expect(gridMaximum(p).profit <= 0)
    }

    @Test func whenCExceedsTwiceWTheDealerPricesTheInformedOut() {
        // w = 1, C = 4, π = ½: the monopoly ask m + C/2 = m + 2 lies above every value, so Π = R and
        // the best x is C/2 = 2 with Π = (1 − π)·C/8 = ¼. The formula's x* = 4/(1 + 2) = 4/3 lies
        // past w, where the formula no longer holds; there Π = ½·½·(⅔)·(4/3) = 2/9 < ¼.
        let p = copeland(width: 1, pi: 0.5, premium: 4)
        #expect(p.optimum == .informedPricedOut(halfSpread: 2, sideProfit: 0.25))
        #expect(isClose(p.firstOrderHalfSpread, 4.0 / 3))
        #expect(isClose(p.sideProfit(halfSpread: 4.0 / 3), 2.0 / 9))
        #expect(p.sideProfitSlope(halfSpread: 2) == 0)
    }

    @Test func atCEqualToTwiceWBothBranchesGiveW() {
        // w = 1, C = 2, π = ½: x* = 2/(2·½ + 1) = 1 = w = C/2; (x* − πw)/4 = ⅛ = (1 − π)·C/8.
        let p = copeland(width: 1, pi: 0.5, premium: 2)
        #expect(p.optimum == .interior(halfSpread: 1, sideProfit: 0.125))
    }

    @Test(arguments: parameterSets)
    func theSlopeVanishesAtTheOptimumAndNoHalfSpreadOnAGridBeatsIt(p: CopelandParameters) throws {
        let grid = gridMaximum(p)
        guard let best = p.optimum.halfSpread else {
            #expect(grid.profit <= 0, "shut, yet x = \(grid.halfSpread) earns \(grid.profit)")
            return
        }
        #expect(abs(p.sideProfitSlope(halfSpread: best)) <= 1e-12)
        #expect(isClose(p.sideProfit(halfSpread: best), p.optimum.sideProfit))
        #expect(p.optimum.sideProfit > 0)
        // Π is concave near the top with curvature 2A ≤ 1/C + 1/(2w): a grid step h misses the top by
        // at most A·(h/2)², far below 1e-6 here; and no grid point may beat the closed form.
        #expect(grid.profit <= p.optimum.sideProfit + 1e-15)
        #expect(grid.profit >= p.optimum.sideProfit - 1e-6)
    }

    @Test func theHalfSpreadWidensWithTheShareOfInformedArrivals() {
        // x* = Cw/(2w − (2w − C)·π) rises with π when C < 2w: the dealer covers the informed loss.
        let xs = [0, 0.1, 0.2, 0.3].map { copeland(pi: $0).optimum.halfSpread ?? .nan }
        #expect(zip(xs, xs.dropFirst()).allSatisfy { $0 < $1 })
    }
}

/// Every regime: interior (C ≤ w, w < C ≤ 2w), informed priced out, shut by π̄, by x* > C, by π = 1.
private let parameterSets: [CopelandParameters] = [
    copeland(), copeland(pi: 0), copeland(pi: 0.33), copeland(width: 1, pi: 0.5, premium: 1),
    copeland(width: 1, pi: 0.5, premium: 1.5), copeland(width: 1, pi: 0.9, premium: 1.9),
    copeland(width: 1, pi: 0.5, premium: 4), copeland(width: 0.1, pi: 0.7, premium: 3),
    copeland(width: 1.25, pi: 0.3, premium: 0.5), copeland(width: 4, pi: 0.9, premium: 1),
    copeland(width: 1, pi: 1, premium: 1),
]

/// The best Π over x = 0, h, 2h, … up to 1.5·max(w, C), h = that range / 30 000.
private func gridMaximum(_ p: CopelandParameters) -> (halfSpread: Double, profit: Double) {
    let steps = 30_000
    let h = 1.5 * max(p.width, p.premium) / Double(steps)
    var best = (halfSpread: 0.0, profit: p.sideProfit(halfSpread: 0))
    for k in 1...steps {
        let x = Double(k) * h
        let profit = p.sideProfit(halfSpread: x)
        if profit > best.profit { best = (x, profit) }
    }
    return best
}
