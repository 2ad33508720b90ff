@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// The interpreter keeps the market unchanged on every error and restores it exactly on undo.
struct InterpreterTests {
    /// A failed command leaves the market (beliefs, clock, parameters) exactly as it was.
    @Test func errorsLeaveTheMarketUnchanged() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "buy")
        let before = shell.session.binary.market
        for bad in [
            "set mu 1.5", "set mu -0.1", "set prior 0", "set low 110", "run -5", "run 1e12", "buy 3 x",
            "set mu 0.3 1", "set eps_buy 0.7", "pass", "set nosuch 1", "frobnicate",
        ] {
            let reply = try #require(send(&shell, bad))
            #expect(reply.error != nil, "\(bad) did not fail")
            #expect(reply.lines.count == 1, "\(bad) printed \(reply.lines.count) lines")
            #expect(shell.session.binary.market == before, "\(bad) changed the market")
        }
    }

    /// undo restores the belief bit for bit; undo at t = 0 is refused.
    @Test func undoIsExact() throws {
        var shell = Interpreter.forTests()
        var beliefs = [shell.session.binary.market.belief]
        for line in ["buy", "buy", "sell", "informed", "noise"] {
            _ = send(&shell, line)
            beliefs.append(shell.session.binary.market.belief)
        }
        for expected in beliefs.reversed().dropFirst() {
            _ = send(&shell, "undo")
            #expect(shell.session.binary.market.belief == expected)
        }
        #expect(shell.session.binary.market.time == 0)
        #expect(send(&shell, "undo")?.error == .nothingToUndo())
    }

    /// Changing the opening restarts at t = 0; changing mu keeps the belief.
    @Test func restartOrKeep() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "buy")
        let afterBuy = shell.session.binary.market.belief
        _ = send(&shell, "set mu 0.5")
        #expect(shell.session.binary.market.belief == afterBuy)
        #expect(shell.session.binary.market.time == 1)
        _ = send(&shell, "set prior 0.4")
        #expect(shell.session.binary.market.time == 0)
        // Opening with θ = 0.4, α = 1: P(V_H) = 2/5 exactly as entered.
        #expect(abs(shell.session.binary.market.belief.pHigh - 0.4) < 1e-15)
    }

    /// The record carries P(informed | order) only for commands that applied an order.
    @Test func recordFields() throws {
        var shell = Interpreter.forTests()
        let quote = try #require(send(&shell, "quote"))
        #expect(quote.record.pInformed == nil)
        let buy = try #require(send(&shell, "buy"))
        // Default opening θ = 1/2, μ = 0.3: P(informed | buy) = (1/2 · 3/10) / (1/2) = 3/10.
        #expect(abs(try #require(buy.record.pInformed) - 0.3) < 1e-12)
        #expect(buy.record.order == "buy")
        #expect(buy.record.trader == nil)
    }

    /// A long run stops at a safe point when asked, and the tape matches the clock.
    @Test func runStopsWhenAsked() throws {
        var shell = Interpreter.forTests()
        shell.shouldStop = { true }
        let reply = try #require(send(&shell, "run 100000"))
        let t = shell.session.binary.market.time
        #expect(t == 255)
        #expect(shell.session.binary.tape.count == t)
        #expect(reply.plainText.contains("interrupted after 255 of 100000 periods"))
    }
}
