import Foundation
import MarketCore
import ModelTestSupport
import Testing

@testable import DealerModels

private func inventory(
    mean: Double = 100, risk: Double, sigma: Double, halfSpread: Double, premium: Double = 2
) -> InventoryParameters {
    var p = InventoryParameters()
    p.mean = mean
    p.risk = risk
    p.sigma = sigma
    p.halfSpread = halfSpread
    p.premium = premium
    return p
}

@Test func quotesByHand() {
    // v = 100, A = 0.1, σ = 2: A·σ² = 0.4 a lot; s = 0.5.
    var dealer = InventoryDealer(parameters: inventory(risk: 0.1, sigma: 2, halfSpread: 0.5))
    #expect(dealer.quote.bid == 99.5 && dealer.quote.ask == 100.5)
    // A customer sells at 99.5: I = 1, r = 100 − 0.4 = 99.6, bid 99.1, ask 100.1 (both down 0.4).
    let sold = dealer.trade(.sell)
    #expect(sold.price == 99.5 && sold.inventoryAfter == 1 && sold.edge == 0.5)
    #expect(isClose(sold.quoteAfter.reservation, 99.6))
    #expect(isClose(sold.quoteAfter.bid, 99.1) && isClose(sold.quoteAfter.ask, 100.1))
    #expect(isClose(sold.quoteMove, -0.4))
    #expect(sold.value == 100 && sold.cash == -99.5)
    // A customer buys at 100.1: I = 0 again, quotes back at 99.5 / 100.5; she earned 0.5 + 0.1.
    let bought = dealer.trade(.buy)
    #expect(isClose(bought.price, 100.1) && bought.inventoryAfter == 0 && isClose(bought.edge, 0.1))
    #expect(isClose(bought.quoteAfter.ask, 100.5))
    #expect(isClose(dealer.wealthAtValue, 0.6))
    // Two more buys: I = −2, r = 100.8, ask 101.3.
    dealer.trade(.buy)
    dealer.trade(.buy)
    #expect(dealer.inventory == -2 && isClose(dealer.quote.ask, 101.3) && isClose(dealer.reservationPrice, 100.8))
}

@Test func customerFlowByHand() {
    // k = A·σ² = 0.1, s = 0.5, W = 2, I = 3: ask = 100.2, bid = 99.2. A buyer accepts a markup of
    // 0.2 with probability 1 − 0.2/2 = 0.9, a seller one of 0.8 with 0.6: P(buy) = 0.45,
    // P(sell) = 0.3, E[ΔI] = −0.15 = −(k/W)·I.
    var dealer = InventoryDealer(parameters: inventory(risk: 0.1, sigma: 1, halfSpread: 0.5))
    for _ in 0..<3 { dealer.trade(.sell) }
    let flow = CustomerFlow(dealer)
    #expect(isClose(flow.buy, 0.45) && isClose(flow.sell, 0.3) && isClose(flow.none, 0.25))
    #expect(isClose(flow.expectedDrift, -0.15))
    #expect(isClose(dealer.parameters.reversionRate * 3, 0.15))
    // At I = 8 the ask 99.7 is below v: every would-be buyer buys (the clamp binds).
    for _ in 0..<5 { dealer.trade(.sell) }
    #expect(CustomerFlow(dealer).buy == 0.5)
    #expect(isClose(CustomerFlow(dealer).sell, 0.5 * (1 - 1.3 / 2)))
}

@Test func naturesCustomersArriveWithTheFlowsProbabilities() {
    var dealer = InventoryDealer(parameters: inventory(risk: 0.1, sigma: 1, halfSpread: 0.5))
    for _ in 0..<3 { dealer.trade(.sell) }
    let flow = CustomerFlow(dealer)
    var rng = Xoshiro256(seed: 9)
    let n = 40_000
    var buys = 0
    var sells = 0
    for _ in 0..<n {
        var copy = dealer
        let step = copy.arrival(using: &rng)
        if step.traded == .buy { buys += 1 }
        if step.traded == .sell { sells += 1 }
        if case .arrival(let a) = step.event {
            #expect(a.trades(at: dealer.quote, value: 100) == (step.traded != nil))
        }
    }
    for (count, p) in [(buys, flow.buy), (sells, flow.sell)] {
        #expect(abs(Double(count) / Double(n) - p) < 4 * (p * (1 - p) / Double(n)).squareRoot())
    }
}

/// E[I_t] by propagating the exact distribution of I through t periods, with the arrival rule
/// written out here: from I, a customer buy (I − 1) has probability ½·clamp(1 − (s − k·I)/W) and a
/// customer sell (I + 1) ½·clamp(1 − (s + k·I)/W).
private func exactMeanInventory(_ p: InventoryParameters, from start: Int, periods: Int) -> Double {
    func clamp(_ x: Double) -> Double { min(1, max(0, x)) }
    let k = p.risk * p.sigma * p.sigma
    var distribution: [Int: Double] = [start: 1]
    for _ in 0..<periods {
        var next: [Int: Double] = [:]
        for (i, mass) in distribution {
            let down = 0.5 * clamp(1 - (p.halfSpread - k * Double(i)) / p.premium)
            let up = 0.5 * clamp(1 - (p.halfSpread + k * Double(i)) / p.premium)
            next[i - 1, default: 0] += mass * down
            next[i + 1, default: 0] += mass * up
            next[i, default: 0] += mass * (1 - down - up)
        }
        distribution = next
    }
    return distribution.reduce(0) { $0 + Double($1.key) * $1.value }
}

/// I after `periods` of nature's customers from `start`, over `runs` seeded days.
private func simulatedInventories(_ p: InventoryParameters, from start: Int, periods: Int, runs: Int) -> [Double] {
    var rng = Xoshiro256(seed: 31)
    return (0..<runs).map { _ in
        var dealer = InventoryDealer(parameters: p)
        for _ in 0..<abs(start) { dealer.trade(start > 0 ? .sell : .buy) }
        for _ in 0..<periods { dealer.arrival(using: &rng) }
        return Double(dealer.inventory)
    }
}

@Test func inventoryRevertsAtTheRateTheQuotesSet() {
    // Inside the linear region (|k·I| ≤ s and s + |k·I| ≤ W for every I within reach):
    // E[I_t] = (1 − κ)^t·I₀ with κ = A·σ²/W. k = 0.1, s = 5, W = 10: linear for |I| ≤ 50, and from
    // I₀ = 20 thirty periods reach at most 50. κ = 0.01.
    let linear = inventory(risk: 0.1, sigma: 1, halfSpread: 5, premium: 10)
    let closedForm = 20 * pow(0.99 as Double, 30)
    #expect(isClose(exactMeanInventory(linear, from: 20, periods: 30), closedForm, tol: 1e-9))
    #expect(SampleMean(simulatedInventories(linear, from: 20, periods: 30, runs: 20_000)).agrees(with: closedForm))
    // The defaults (k = 0.1, s = 0.5, W = 2) from I₀ = 10, where the clamps bind: above I = 5 the
    // ask is below v and at most the ½ of customers who want to buy can, so the pull is weaker
    // than −κ·I and E[I_t] stays above (1 − κ)^t·I₀; the exact chain is the reference. It still
    // falls toward 0, period after period.
    let defaults = InventoryParameters()
    let means = (0...40).map { exactMeanInventory(defaults, from: 10, periods: $0) }
    #expect(zip(means, means.dropFirst()).allSatisfy { $1 < $0 && $1 > 0 })
    let exact = means[40]
    #expect(exact > 10 * pow(1 - defaults.reversionRate, 40 as Double))
    #expect(SampleMean(simulatedInventories(defaults, from: 10, periods: 40, runs: 20_000)).agrees(with: exact))
    // With no risk aversion the quotes never shade and inventory has no drift: E[I_t] = I₀.
    let neutral = inventory(risk: 0, sigma: 1, halfSpread: 0.5)
    #expect(isClose(exactMeanInventory(neutral, from: 10, periods: 40), 10, tol: 1e-9))
    #expect(SampleMean(simulatedInventories(neutral, from: 10, periods: 40, runs: 20_000)).agrees(with: 10))
}

@Test func inventoryParametersOutsideTheirRowsAreRefused() throws {
    let p = InventoryParameters()
    #expect(throws: DealerParameterError.self) { try p.setting(.premium, to: 0) }
    #expect(throws: DealerParameterError.self) { try p.setting(.risk, to: -0.1) }
    #expect(try p.setting(.risk, to: 0.2).shadePerLot == 0.2)
    #expect(inventoryParameterTable.map(\.name.rawValue) == ["mean", "risk", "sigma", "half_spread", "premium"])
}
