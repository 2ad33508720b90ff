import Foundation
import ModelTestSupport
import Testing

@testable import MarketModel

/// Classic GM (V 96/104, μ = 0.3, θ = ½): after 5 arrivals the spread is one of three values,
/// spread(d) for net buys d = ±1, ±3, ±5 (the same for ±d). With h = 1/(1 + (0.35/0.65)^d) the quotes
/// are ask = (h·0.65·104 + (1−h)·0.35·96)/(h·0.65 + (1−h)·0.35), bid likewise with 0.35 and 0.65
/// exchanged. Every quantile at t = 5 is exact and one of those three (the issue: a median printed
/// as 2.1875, a bin's midpoint, when only 2.2018 was possible).
@Test func smallSupportQuantilesAreExact() throws {
    func spread(_ d: Int) -> Double {
        let h: Double = 1 / (1 + pow(0.35 / 0.65, Double(d)))
        let g: Double = 1 - h
        let ask: Double = (h * 0.65 * 104 + g * 0.35 * 96) / (h * 0.65 + g * 0.35)
        let bid: Double = (h * 0.35 * 104 + g * 0.65 * 96) / (h * 0.35 + g * 0.65)
        return ask - bid
    }
    let values = [1, 3, 5].map(spread)
    let plan = SimulationPlan(
        parameters: params(), sessions: 2000, arrivals: 5, seed: 5, truth: .high, profileTimes: [5])
    let point = SessionSimulator(plan: plan).run(threads: 2).spread[0]
    for q in [0.1, 0.5, 0.9] {
        let r = try #require(point.spreadQuantileReading(q))
        #expect(r.isExact)
        #expect(values.contains { abs($0 - r.value) < 1e-9 }, "q \(q): \(r.value) not in \(values)")
    }
    #expect(abs(try #require(point.spreadQuantile(0.5)) - 2.2018348623853212) < 1e-9)
}
