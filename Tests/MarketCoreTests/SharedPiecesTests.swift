import MarketCore
import Testing

// The pieces the models share since the repeated code was merged, against the arithmetic each model
// wrote inline before (the models' own suites check them again through each model).

/// A stand-in parameter set with one plain field and the uninformed shares.
private struct Shares: UninformedDemand, ParameterSet, Equatable {
    enum Name: String, CaseIterable, Sendable { case cost, gamma, eps, elastic }
    var cost = 0.0
    var epsBuy = 0.5
    var epsSell = 0.5
    var elastic = Elasticity.off

    static func row(_ name: Name) -> ParameterTableRow<Name> {
        ParameterTableRow(
            name, symbol: name.rawValue, meaning: "", accepted: Interval(0, 1), accepts: "a number from 0 to 1",
            restartsMarket: false, words: name == .elastic ? ["off": Elasticity.off.code] : [:])
    }

    static func field(_ name: Name) -> WritableKeyPath<Shares, Double> {
        switch name {
        case .cost: \.cost
        case .gamma: \.alwaysTradingShare
        case .eps: \.equalShares
        case .elastic: \.elasticCode
        }
    }
}

@Test func settingGammaWritesBothSharesAndEpsWritesThemEqual() throws {
    // γ = ¼: ε_b = ¼, ε_s = 1 − ¼ = ¾, ε_none = 0 and γ reads back ¼.
    let g = try Shares().setting(.gamma, to: 0.25)
    #expect((g.epsBuy, g.epsSell) == (0.25, 0.75))
    #expect(g.gamma == 0.25 && g.epsNone == 0)
    #expect(g[.gamma] == 0.25)
    // ε = 0.2: ε_b = ε_s = 0.2, ε_none = 1 − 0.4 = 0.6, and no γ (they do not always trade).
    let e = Shares().assigning(.eps, 0.2)
    #expect((e.epsBuy, e.epsSell) == (0.2, 0.2))
    #expect(abs(e.epsNone - 0.6) < 1e-15 && e.gamma == nil)
    // `elastic off` is the word for +∞ (`Elasticity.code`); a plain field is written alone.
    #expect(Shares().assigning(.elastic, Elasticity.off.code).elastic == .off)
    #expect(Shares().assigning(.cost, 0.5) == Shares(cost: 0.5))
}

@Test func aValueOutsideTheRowIsRefusedWithTheRowsInterval() {
    #expect(throws: ParameterOutOfRange(Shares.row(.cost), value: 2)) { try Shares().setting(.cost, to: 2) }
}

@Test func spreadAndMidExistOnlyWithBothPrices() {
    // 99.5 | 100.75: spread 1.25, mid 100.125 (both exact in binary).
    #expect(TwoSidedPrices.spread(bid: 99.5, ask: 100.75) == 1.25)
    #expect(TwoSidedPrices.mid(bid: 99.5, ask: 100.75) == 100.125)
    #expect(TwoSidedPrices.spread(bid: nil, ask: 100) == nil)
    #expect(TwoSidedPrices.mid(bid: 99, ask: nil) == nil)
}

@Test func aTruthIsItsNumberOrADraw() {
    var draws = 0
    let stated = ValueTruth.value(101.5).resolve {
        draws += 1
        return 0
    }
    #expect(stated == 101.5 && draws == 0)
    let drawn = ValueTruth.drawn.resolve {
        draws += 1
        return 7
    }
    #expect(drawn == 7 && draws == 1)
}
