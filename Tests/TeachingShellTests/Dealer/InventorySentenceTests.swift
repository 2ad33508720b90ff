import DealerModels
import Foundation
@testable import InventoryShell
import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// Issue 21, items 7, 8, 10 and 11: what the inventory model says about r, the contrast with
/// Glosten–Milgrom, where E[ΔI] = −κ·I holds, and why the quotes moved, each checked against the
/// numbers it stands beside.
struct InventorySentenceTests {
    /// Item 7. With her certainty equivalent CE(I) = I·v − (A/2)·σ²·I² (whose slope is
    /// r = v − A·σ²·I), one more lot is worth CE(I+1) − CE(I) = r − A·σ²/2 to her and one fewer
    /// CE(I) − CE(I−1) = r + A·σ²/2: r is the marginal valuation, not a one-lot indifference price.
    @Test func theReservationPriceIsTheMarginalValuation() {
        let (v, a, sigma) = (100.0, 0.1, 1.5)
        func ce(_ i: Double) -> Double { i * v - a / 2 * sigma * sigma * i * i }
        for i in [-3.0, 0, 2] {
            let r = v - a * sigma * sigma * i
            #expect(abs((ce(i + 1) - ce(i)) - (r - a * sigma * sigma / 2)) < 1e-9)
            #expect(abs((ce(i) - ce(i - 1)) - (r + a * sigma * sigma / 2)) < 1e-9)
        }
        var shell = Interpreter.forTests()
        _ = send(&shell, "model inventory")
        let help = printed(&shell, "help model")
        #expect(!help.contains("where one more lot leaves her indifferent, is r"))
        #expect(help.contains("r = v − A·σ²·I is her marginal valuation"))
        #expect(help.contains("indifferent to buying one more lot at r − A·σ²/2 and to selling one at r + A·σ²/2"))
    }

    /// Item 8. In the binary model with c = 0 a buy fills at the ask, which is E[V | buy]: after it
    /// the market maker's E[V] is the price just paid (101.2 in the lesson's market), below the ask
    /// she quotes next. Her expectation of later trade prices is that E[V], not the quote.
    @Test func afterABuyHerExpectationIsThePricePaid() throws {
        var shell = Interpreter.forTests()
        for line in ["set low 100; set high 104", "set prior 0.3"] { send(&shell, script: line) }
        let before = try #require(send(&shell, "quote")?.record.ask)
        let buy = try #require(send(&shell, "buy"))
        let pHigh = try #require(buy.record.pHigh)
        let expected = pHigh * 104 + (1 - pHigh) * 100
        let paid = try #require(buy.record.price)
        #expect(abs(expected - before) < 1e-9 && abs(paid - before) < 1e-12)
        #expect(try #require(buy.record.ask) > expected + 0.1)
        _ = send(&shell, "model inventory")
        let contrast = printed(&shell, "help contrast")
        #expect(!contrast.contains("is the quote now"))
        #expect(
            contrast.contains(
                "her expectation of every later trade price is her E[V] now, which after a buy is the price it paid"))
    }

    /// Item 10. `state`'s last line: "exactly while |I| ≤ n (no limit binds)" holds where, for every
    /// |I| ≤ n, the customers' P(buy) and P(sell) give E[ΔI] = −κ·I, and n + 1 breaks it; "for no
    /// I ≠ 0" where I = ±1 already breaks it, and then it never says "no limit binds".
    /// (0.3 and 5: min(s, W − s)/A·σ² = 0.3/0.1 = 3, which Doubles make 2.9999999999999996.)
    @Test(arguments: [(0.5, 2.0), (2.5, 2.0), (0.05, 2.0), (1.95, 2.0), (0.7, 1.0), (0.3, 5.0), (0.3, 0.6)])
    func whereTheLinearDriftHoldsIsWhatTheNumbersSay(halfSpread: Double, premium: Double) throws {
        var shell = Interpreter.forTests()
        for line in ["model inventory", "set half_spread \(halfSpread)", "set premium \(premium)"] {
            #expect(send(&shell, line)?.error == nil)
        }
        let last = try #require(send(&shell, "state")?.lines.last?.plain)
        var p = InventoryParameters()
        p.halfSpread = halfSpread
        p.premium = premium
        func linear(_ i: Int) -> Bool {
            let q = DealerQuote(reservation: p.mean - p.shadePerLot * Double(i), halfSpread: p.halfSpread)
            let flow = CustomerFlow(quote: q, value: p.mean, premium: p.premium)
            return abs(flow.expectedDrift + p.reversionRate * Double(i)) < 1e-12
        }
        if let range = last.range(of: "exactly while |I| ≤ ") {
            let n = try #require(Int(last[range.upperBound...].prefix { $0.isNumber }))
            #expect((-n...n).allSatisfy(linear) && !linear(n + 1) && !linear(-n - 1), "\(last)")
            #expect(last.hasSuffix("(no limit binds)"))
        } else {
            #expect(last.contains("holds for no I ≠ 0 here"), "\(last)")
            #expect(!linear(1) && !linear(-1), "\(last)")
            #expect(!last.contains("no limit binds"), "\(last)")
        }
    }

    /// Item 11. Each step's reason, over random orders: the direction of the move, where I went and
    /// what r is against v are each read off the numbers; "still" only when I moved toward 0 and
    /// kept its sign. After buy, buy, sell: down, to −1, still short, r above v.
    @Test func theMoveAndTheLevelAreSaidApart() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model inventory")
        var rng = Xoshiro256(seed: 11)
        var inventory = 0
        var seen = Set<String>()
        for t in 0..<200 {
            let order = t < 3 ? ["buy", "buy", "sell"][t] : (rng.next() % 2 == 0 ? "buy" : "sell")
            let reply = try #require(send(&shell, order))
            let after = inventory + (order == "buy" ? -1 : 1)
            let r = try #require(reply.record.fields["reservation"] ?? nil)
            let why = try #require(reply.lines.map(\.plain).first { $0.contains("both quotes moved") })
            #expect(why.contains("moved \(order == "buy" ? "up" : "down") 0.1000"), "\(why)")
            #expect(
                why.contains("as I \(after > inventory ? "rose" : "fell") to \(InventoryText.lots(after));"), "\(why)")
            let still = abs(after) < abs(inventory) && after != 0
            #expect(why.contains("still ") == still, "\(why)")
            if after < 0 { #expect(r > 100 && why.contains("short, r is above v"), "\(why)") }
            if after > 0 { #expect(r < 100 && why.contains("long, r is below v"), "\(why)") }
            if after == 0 { #expect(r == 100 && why.contains("flat again"), "\(why)") }
            if t == 2 {
                #expect(
                    why.hasPrefix(
                        "  both quotes moved down 0.1000 (A·σ² a lot) as I rose to −1; still short, r is above v"))
            }
            seen.insert(still ? "still" : (after == 0 ? "flat" : "away"))
            inventory = after
        }
        #expect(seen == ["still", "flat", "away"])
    }
}
