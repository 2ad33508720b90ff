import Foundation
import KyleModel
@testable import KyleShell
import ModelTestSupport
@testable import ShellKit
import ShellTestSupport
import Testing

/// The insider game: the equilibrium rule typed by the student, and rules that trade too much or
/// too little, over many seeded days.
@Suite struct InsiderGameTests {
    /// Plays a day with `rule` (her order from v and the price) and returns her profit and the
    /// equilibrium insider's on the same noise.
    private func day(
        _ parameters: KyleParameters, seed: UInt64, rule: (_ v: Double, _ p: Double, _ plan: KyleAuctionPlan) -> Double
    ) -> (mine: Double, equilibrium: Double) {
        var game = KyleInsiderGame(parameters, truth: .drawn, seed: seed)
        while !game.isOver {
            let plan = game.yours.nextAuction!
            let x = rule(game.value, game.yours.price, plan)
            guard game.move([String(x)], display: Display()) != nil else {
                Issue.record("an order was not read")
                break
            }
        }
        return (game.profit, game.equilibriumProfit)
    }

    @Test func theEquilibriumRuleEarnsTheEquilibriumProfitOnTheSameNoise() {
        let p = KyleParameters()
        for seed in UInt64(1)...200 {
            let r = day(p, seed: seed) { v, price, plan in plan.beta * (v - price) * p.interval }
            // `String(x)` writes the shortest text that reads back as x, so the orders are the same.
            #expect(abs(r.mine - r.equilibrium) < 1e-9)
        }
    }

    @Test func tradingTooMuchEarlyOrTooLittleEarnsLessOnAverage() {
        let p = KyleParameters()
        var early: [Double] = []
        var timid: [Double] = []
        var profits: [Double] = []
        for seed in UInt64(1)...3000 {
            // All at once: twice the equilibrium order in the first auction, nothing after it.
            let a = day(p, seed: seed) { v, price, plan in plan.n == 1 ? 2 * plan.beta * (v - price) * p.interval : 0 }
            let b = day(p, seed: seed) { v, price, plan in 0.3 * plan.beta * (v - price) * p.interval }
            early.append(a.equilibrium - a.mine)
            timid.append(b.equilibrium - b.mine)
            profits.append(a.equilibrium)
        }
        let (e, ese) = meanAndStandardError(early)
        let (t, tse) = meanAndStandardError(timid)
        #expect(e > 4 * ese, "equilibrium − all-early: \(e) ± \(ese)")
        #expect(t > 4 * tse, "equilibrium − timid: \(t) ± \(tse)")
        // The equilibrium profit itself agrees with the plan's α₀Σ₀ + δ₀.
        let (m, se) = meanAndStandardError(profits)
        #expect(abs(m - KylePlan(p).expectedProfit) < 4 * se, "equilibrium profit \(m) ± \(se)")
    }

    @Test func theShellPlaysADayAndRefusesAnOrderTooLarge() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model kyle")
        let started = send(&shell, "insider 7")
        let opening = try #require(started)
        #expect(opening.plainText.contains("you are Kyle's insider"))
        #expect(shell.gameStatus?.position == "insider 1/4")
        #expect(send(&shell, "1e9")?.error != nil)
        #expect(shell.gameStatus?.position == "insider 1/4")
        for _ in 1...3 { #expect(send(&shell, "order 2")?.error == nil) }
        let ended = send(&shell, "2")
        let last = try #require(ended)
        #expect(last.plainText.contains("the day is over"))
        #expect(last.record.json.contains("\"insider_auction\""))
        #expect(shell.gameStatus == nil)
        // The game did not touch the market.
        #expect(shell.session.model.time == 0)
    }

    @Test func insiderIsKylesGame() {
        // Under the binary model `insider` is refused, pointing to `informed`; under Roll's too.
        var shell = Interpreter.forTests()
        #expect(send(&shell, "insider")?.error?.message.contains("here informed sends") == true)
        #expect(shell.gameStatus == nil)
        _ = send(&shell, "model roll")
        #expect(send(&shell, "insider")?.error != nil)
    }
}
