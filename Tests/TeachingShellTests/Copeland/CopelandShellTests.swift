import Foundation
import Testing

@testable import ShellKit
import ShellTestSupport

/// The Copeland–Galai model from the shell: its printed numbers and JSON against the closed
/// forms `CopelandGalaiTests` prove, refusals, undo, and `compare models` reachable.
struct CopelandShellTests {
    /// Defaults m = 100, w = 2, π = 0.2, C = 1: x* = 2/(2·2·0.8 + 0.2) = 10/17, 2Π(x*) = 8/85.
    @Test func theOpeningQuotesAreTheDealersBestHalfSpread() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        let quote = try #require(send(&shell, "quote"))
        #expect(quote.error == nil)
        let x = 10.0 / 17
        #expect(abs((quote.record.ask ?? .nan) - (100 + x)) < 1e-12)
        #expect(abs((quote.record.bid ?? .nan) - (100 - x)) < 1e-12)
        #expect(abs((fields(quote)["expected_profit"].flatMap { $0 } ?? .nan) - 8.0 / 85) < 1e-12)
        #expect(quote.plainText.contains("bid 99.4118 | ask 100.5882"))
    }

    /// An informed buy by hand, and `undo` gives back the record.
    ///
    /// V = 101.5 > ask 100 + 10/17: the informed trader buys; the dealer makes −(1.5 − 10/17) = −31/34.
    /// P(informed | buy) = π·(w − x)/(2w) ÷ [that + (1 − π)·½·(1 − x/C)] = (1.2/17)/(4/17) = 0.3.
    @Test func anInformedArrivalByHandAndUndoGivesTheSameRecord() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        _ = send(&shell, "set truth 101.5")
        let before = try #require(send(&shell, "state")).record
        let buy = try #require(send(&shell, "informed"))
        #expect(buy.record.order == "buy" && buy.record.trader == "informed")
        #expect(abs((fields(buy)["profit"].flatMap { $0 } ?? .nan) + 31.0 / 34) < 1e-12)
        #expect(abs((buy.record.pInformed ?? .nan) - 0.3) < 1e-12)
        #expect(buy.plainText.contains("the dealer makes ask − V = −0.9118"))
        _ = send(&shell, "undo")
        let after = try #require(send(&shell, "state")).record
        #expect(after.json == before.json)
    }

    /// profit 0.5: R = 0.8·½·½·½ = 0.1, L = 0.2·1.5²/8 = 0.05625, 2Π = 2·0.04375 = 0.0875.
    @Test func profitPrintsThePartsByHand() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        let text = try #require(send(&shell, "profit 0.5")).plainText
        #expect(text.contains("= 0.8·½·0.5000·0.5 = 0.1000"))
        #expect(text.contains("= 0.2·1.5000²/8 = "))
        #expect(text.contains("both sides 2Π = +0.0875"))
        #expect(text.contains("best: x* = 0.5882"))
    }

    /// π = 0.4 ≥ π̄ = C/(2w − C) = 1/3: no quotes, and nobody trades.
    @Test func aLargeShareOfInformedTradersShutsTheMarket() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        let shut = try #require(send(&shell, "set pi 0.4"))
        #expect(shut.record.closed && shut.record.ask == nil)
        #expect(shut.plainText.contains("pi = 0.4 ≥ π̄ = C/(2w − C) = 0.3333"))
        #expect(send(&shell, "noise")?.record.order == "none")
    }

    @Test(arguments: [
        ("set pi 1.5", "pi takes a probability from 0 to 1; 1.5 is not"),
        ("set width 0", "width takes a number above 0, at most 1e6; 0 is not"),
        ("profit -1", "profit takes a half-spread x from 0 to 1e9; -1 is not"),
        (
            "set truth 103",
            "nature's V = 103 would lie outside [m − w, m + w] = [98, 102]; set truth drawn or a value inside"
        ),
    ])
    func aBadValueGetsOneLineAndChangesNothing(line: String, message: String) throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        _ = send(&shell, "noise")
        let before = try #require(send(&shell, "state")).record.json
        let reply = try #require(send(&shell, line))
        #expect(reply.error?.message == message)
        let after = try #require(send(&shell, "state")).record.json
        #expect(after == before)
    }

    @Test func compareModelsIsReachableAndBuyIsRefusedInOneLine() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model copeland")
        #expect(send(&shell, "compare models")?.error == nil)
        let buy = try #require(send(&shell, "buy"))
        #expect(buy.error?.message.hasPrefix("buy is not part of the copeland model") == true)
    }
}
