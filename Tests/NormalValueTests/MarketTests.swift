import Foundation
import ModelTestSupport
import Testing

@testable import NormalValue

@Test func parameterTableDrivesTheRules() {
    #expect(normalParameterTable.map(\.name) == NormalParameterName.allCases)
    #expect(Set(normalParameterTable.map(\.name.rawValue)).count == normalParameterTable.count)
    // Only a new prior restarts the market.
    #expect(normalParameterTable.filter(\.restartsMarket).map(\.name) == [.mean, .sigma])
    for row in normalParameterTable {
        #expect(!row.symbol.isEmpty && !row.meaning.isEmpty && !row.accepts.isEmpty)
        #expect(!row.accepted.contains(.nan))
    }
}

@Test func settingChecksRangesAndTheUninformedSum() throws {
    let p = NormalParameters()
    #expect(throws: NormalParameterError.outOfRange(.sigma, value: 0, accepted: NormalParameterName.sigma.accepted)) {
        try p.setting(.sigma, to: 0)
    }
    #expect(throws: NormalParameterError.outOfRange(.mu, value: 1.5, accepted: NormalParameterName.mu.accepted)) {
        try p.setting(.mu, to: 1.5)
    }
    #expect(throws: NormalParameterError.uninformedOverOne(epsBuy: 0.7, epsSell: 0.5)) {
        try p.setting(.epsBuy, to: 0.7)
    }
    let gamma = try p.setting(.gamma, to: 0.3)
    #expect(gamma.epsBuy == 0.3 && gamma.epsSell == 0.7 && gamma.gamma == 0.3)
    let eps = try p.setting(.eps, to: 0.2)
    #expect(eps.epsBuy == 0.2 && eps.epsSell == 0.2 && eps.gamma == nil && isClose(eps.epsNone, 0.6, tol: 1e-15))
    #expect(try p.setting(.mean, to: -7)[.mean] == -7)
}

@Test func adoptRestartsOnlyForANewPrior() throws {
    var market = NormalMarket(parameters: normal())
    _ = try market.observe(.buy, from: .unknown, trueValue: 0)
    let afterBuy = market.posterior
    try market.adopt(try market.parameters.setting(.cost, to: 0.1), restart: false)
    #expect(market.time == 1 && market.posterior == afterBuy)
    // The quotes follow the new cost at once: the ask is E[v | buy at a] + 0.1 now.
    let equation = try #require(market.quote.ask.fixedPoint?.equation)
    #expect(abs(equation.residual) < 1e-12 && equation.cost == 0.1)
    try market.adopt(try market.parameters.setting(.sigma, to: 2), restart: true)
    #expect(market.time == 0 && market.posterior == NormalPosterior(mean: 0, sigma: 2))
}

@Test func rewindAndResetRestoreExactly() throws {
    var market = NormalMarket(parameters: normal(mu: 0.4, epsBuy: 0.3, epsSell: 0.3, cost: 0.01))
    _ = try market.observe(.buy, from: .unknown, trueValue: 0)
    _ = try market.observe(.none, from: .unknown, trueValue: 0)
    let saved = market
    _ = try market.observe(.sell, from: .unknown, trueValue: 0)
    #expect(market != saved)
    market.rewind(to: saved.posterior, time: saved.time)
    #expect(market == saved)
    // Replaying the same order gives the same numbers, bit for bit.
    var again = saved
    var once = saved
    let replayed = try again.observe(.sell, from: .unknown, trueValue: 0)
    #expect(replayed == (try once.observe(.sell, from: .unknown, trueValue: 0)))
    #expect(again == once)
    market.reset()
    #expect(market == NormalMarket(parameters: market.parameters))
}

@Test func ordersWhereNoQuoteExist() throws {
    // A market built on parameters the market would refuse still answers: with ε_b = 0 there is no
    // ask; a typed buy is refused (strict), a drawn one leaves (no trade).
    var market = NormalMarket(parameters: normal(epsBuy: 0))
    #expect(throws: NormalMarketError.noQuote(.ask, .noUninformedTraders)) {
        try market.observe(.buy, from: .unknown, trueValue: 0, strict: true)
    }
    #expect(market.time == 0)
    let step = try market.observe(.buy, from: .informed, trueValue: 5)
    #expect(step.order == .none && step.wanted == .buy)
}

@Test func convergedBeliefIsSaidSo() throws {
    // With ε_b + ε_s = 1 a no-trade comes only from an informed trader with b ≤ v ≤ a; each one
    // confines the belief to [b, a]. Repeated, the quotes close in on v until bid = ask as Doubles,
    // where the next no-trade has probability 0: `converged`, and the market is unchanged.
    var market = NormalMarket(parameters: normal(mean: 100, sigma: 1, mu: 0.5))
    var refusal: NormalMarketError?
    for _ in 0..<400 {
        let before = market
        do {
            let step = try market.observe(.none, from: .informed, trueValue: 100)
            #expect(step.pInformed <= 1)
        } catch {
            refusal = error
            #expect(market.time == before.time && market.quote == before.quote)
            break
        }
    }
    #expect(refusal == .converged(.none))
    #expect(market.hasConverged)
    // The belief's sd is then a few Doubles at 100 wide (one is 1.4·10⁻¹⁴).
    #expect(market.posterior.standardDeviation < 10 * (100.0).ulp)
}
