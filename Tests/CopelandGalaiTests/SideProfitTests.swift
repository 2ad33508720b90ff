import ModelTestSupport
import Testing

@testable import CopelandGalai

@Suite struct SideProfitTests {
    @Test func thePartsByHandInsideTheFormulasRange() throws {
        // w = 1, C = 1, π = ½, x = ⅔ (≤ min(w, C) = 1):
        // acceptance 1 − ⅔ = ⅓; R = ½·½·⅓·⅔ = 1/18.
        // P(V > m + ⅔) = (1 − ⅔)/2 = 1/6; L = ½·(⅓)²/4 = 1/72.
        // Π = 1/18 − 1/72 = 3/72 = 1/24; per arrival 1/12.
        let p = copeland(width: 1, pi: 0.5, premium: 1)
        let e = try p.profit(halfSpread: 2.0 / 3)
        #expect(isClose(e.liquidityAcceptance, 1.0 / 3))
        #expect(isClose(e.liquidityRevenue, 1.0 / 18))
        #expect(isClose(e.informedTradeProbability, 1.0 / 6))
        #expect(isClose(e.informedLoss, 1.0 / 72))
        #expect(isClose(e.sideProfit, 1.0 / 24))
        #expect(isClose(e.arrivalProfit, 1.0 / 12))
        #expect(isClose(e.ask, 100 + 2.0 / 3) && isClose(e.bid, 100 - 2.0 / 3))
        #expect(e.formulaHolds)
    }

    @Test func theTextbookFormulaIsTheFunctionWhereItHolds() {
        // Π(x) = (1−π)·½·(1−x/C)·x − π·(w−x)²/(4w), written out here, on a grid of [0, min(w, C)].
        for p in [copeland(), copeland(width: 1, pi: 0.5, premium: 1), copeland(width: 0.5, pi: 0.9, premium: 3)] {
            let (w, pi, c) = (p.width, p.pi, p.premium)
            for k in 0...100 {
                let x = Double(k) / 100 * min(w, c)
                let textbook = (1 - pi) * 0.5 * (1 - x / c) * x - pi * (w - x) * (w - x) / (4 * w)
                #expect(p.formulaHolds(halfSpread: x))
                #expect(isClose(p.sideProfit(halfSpread: x), textbook))
            }
        }
    }

    @Test func theInformedLossIsTheIntegralOfWhatAnInformedBuyerTakes() {
        // π·E[(V − m − x)⁺] by the midpoint rule over V ~ U[m − w, m + w] with 200 000 cells,
        // against π·((w − x)⁺)²/(4w). The integrand is piecewise linear with one kink, so the
        // rule errs by at most one cell's width times the kink's slope change over 2w: ≤ 1e-5·π.
        let p = copeland(width: 2, pi: 0.3)
        let cells = 200_000
        let h = 2 * p.width / Double(cells)
        for x in [0, 0.25, 1, 1.9, 2, 3] {
            var sum = 0.0
            for i in 0..<cells {
                let v = p.mean - p.width + (Double(i) + 0.5) * h
                sum += max(0, v - p.mean - x) * h / (2 * p.width)
            }
            #expect(abs(p.pi * sum - p.informedLoss(halfSpread: x)) <= 1e-5 * p.pi, "x = \(x)")
        }
    }

    @Test func beyondCNoLiquidityTraderPaysAndBeyondWNoInformedOneBuys() throws {
        // w = 2, C = 1, π = 0.2, x = 1.5 (C < x < w): R = 0; L = 0.2·(0.5)²/8 = 1/160; Π = −1/160.
        let narrow = try copeland(width: 2, pi: 0.2, premium: 1).profit(halfSpread: 1.5)
        #expect(narrow.liquidityAcceptance == 0 && narrow.liquidityRevenue == 0)
        #expect(isClose(narrow.informedLoss, 1.0 / 160) && isClose(narrow.sideProfit, -1.0 / 160))
        #expect(!narrow.formulaHolds)
        // w = 1, C = 4, π = ½, x = 2 (w < x < C): L = 0, P(V > m + 2) = 0; R = ½·½·(1 − ½)·2 = ¼.
        let wide = try copeland(width: 1, pi: 0.5, premium: 4).profit(halfSpread: 2)
        #expect(wide.informedTradeProbability == 0 && wide.informedLoss == 0)
        #expect(isClose(wide.sideProfit, 0.25))
        #expect(!wide.formulaHolds)
        // Past both (x = 5 ≥ max(w, C)) nobody trades: Π = 0 exactly.
        #expect(try copeland(width: 1, pi: 0.5, premium: 4).profit(halfSpread: 5).sideProfit == 0)
    }

    @Test func theSlopeByHand() {
        // w = 2, C = 1, π = 0.2. x = 0.25: ½·0.8·(1 − 0.5) + 0.2·1.75/4 = 0.2 + 0.0875 = 0.2875.
        // x = 1 = C (left derivative): 0.4·(1 − 2) + 0.2·1/4 = −0.35. x = 1.5 > C: 0.2·0.5/4 = 0.025.
        // x = 3 > max(w, C): 0.
        let p = copeland(width: 2, pi: 0.2, premium: 1)
        #expect(isClose(p.sideProfitSlope(halfSpread: 0.25), 0.2875))
        #expect(isClose(p.sideProfitSlope(halfSpread: 1), -0.35))
        #expect(isClose(p.sideProfitSlope(halfSpread: 1.5), 0.025))
        #expect(p.sideProfitSlope(halfSpread: 3) == 0)
    }

    @Test(arguments: [0.1, 0.4, 0.7, 1.2, 1.8, 2.5])
    func theSlopeIsTheProfitsCentralDifferenceAwayFromTheKinks(x: Double) {
        // Kinks at x = C = 1 (R′ jumps) only; away from it Π is a quadratic on each piece, so the
        // central difference with h = 1e-4 is exact up to rounding (≈ 1e-16/h ≈ 1e-12).
        let p = copeland(width: 2, pi: 0.2, premium: 1)
        let h = 1e-4
        let difference = (p.sideProfit(halfSpread: x + h) - p.sideProfit(halfSpread: x - h)) / (2 * h)
        #expect(abs(difference - p.sideProfitSlope(halfSpread: x)) <= 1e-10)
    }
}

@Suite struct InformedProbabilityTests {
    @Test func bayesRuleByHandAtTheDefaultsOptimum() {
        // w = 2, C = 1, π = 0.2, x = 10/17. A buy: informed π·(w − x)/(2w) = 0.2·(24/17)/4 = 1.2/17;
        // liquidity (1 − π)·½·(1 − x) = 0.8·½·7/17 = 2.8/17; P(I | buy) = 1.2/4 = 0.3 (so for a sell).
        // No trade: informed π·x/w = 0.2·5/17 = 1/17; liquidity (1 − π)·x/C = 8/17; P(I | none) = 1/9.
        let p = CopelandParameters()
        let x = 10.0 / 17
        #expect(isClose(p.informedProbability(given: .buy, halfSpread: x), 0.3))
        #expect(isClose(p.informedProbability(given: .sell, halfSpread: x), 0.3))
        #expect(isClose(p.informedProbability(given: .none, halfSpread: x), 1.0 / 9))
    }

    @Test func wherePastTheValuesOnlyLiquidityTradesAndPastBothNobodyDoes() {
        // w = 1, C = 4, x = 2 ≥ w: no informed buy, so P(I | buy) = 0; x = 5: no trade at all, nil.
        let p = copeland(width: 1, pi: 0.5, premium: 4)
        #expect(p.informedProbability(given: .buy, halfSpread: 2) == 0)
        #expect(p.informedProbability(given: .buy, halfSpread: 5) == nil)
        // π = 0: nobody is informed, whatever happened.
        #expect(copeland(pi: 0).informedProbability(given: .none, halfSpread: 0.5) == 0)
    }
}
