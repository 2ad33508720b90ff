import DealerModels
import Foundation
@testable import RollShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// The Roll model from the shell: its printed arithmetic and JSON against the math, refusals,
/// undo, save and export.
struct RollShellTests {
    /// σ = 0 and c = 0.5: prices are m₀ ± c exactly, so every number here is by hand.
    @Test func buysAndSellsPrintTheBounceAndTheCovarianceByHand() throws {
        var shell = Interpreter.forTests()
        for line in ["model roll", "set sigma 0"] { #expect(send(&shell, line)?.error == nil) }
        let first = try #require(send(&shell, "buy"))
        #expect(first.plainText.contains("p = m + c = 100.0000 + 0.5 = 100.5000"))
        #expect(first.plainText.contains("no price change yet"))
        #expect(first.record.price == 100.5 && first.record.order == "buy")
        let second = try #require(send(&shell, "sell"))
        // Δp = 99.5 − 100.5 = −1 = e + c·(q_t − q_{t−1}) = 0 + 0.5·(−1 − (+1)).
        #expect(second.plainText.contains("Δp = 99.5000 − 100.5000 = −1.0000"))
        #expect(second.plainText.contains("= 0 + 0.5·(−1 − (+1)) = 0 − 1.0000"))
        #expect(second.record.fields["change"] == -1 && second.record.fields["bounce"] == -1)
        _ = send(&shell, "sell")
        let fourth = try #require(send(&shell, "buy"))
        // Changes −1, 0, +1: pairs (−1, 0) and (0, 1); x̄ = −½, ȳ = ½; Ĉ = ½[(−½)(−½) + (½)(½)] = ¼ ≥ 0.
        #expect(fourth.record.fields["covariance"] == 0.25)
        #expect(fourth.record.fields["roll_spread"] == .some(nil))
        #expect(fourth.plainText.contains("cov(Δp_t, Δp_{t−1}) = +0.2500 over 2 pairs (this path)"))
        #expect(fourth.plainText.contains("Roll: undefined, cov ≥ 0 has no real 2√(−cov); the true spread 2c = 1.0000"))
        // A fifth trade, a sell: changes −1, 0, +1, −1; pairs (−1,0), (0,1), (1,−1): x̄ = 0, ȳ = 0,
        // Ĉ = (0 + 0 − 1)/3 = −⅓, and Roll's estimate 2√⅓ = 1.1547.
        let fifth = try #require(send(&shell, "sell"))
        let cov = try #require(fifth.record.fields["covariance"] ?? nil)
        #expect(abs(cov + 1.0 / 3) < 1e-12)
        #expect(fifth.plainText.contains("Roll: 2√(−cov) = 2√0.3333 = 1.1547; the true spread 2c = 1.0000"))
    }

    /// A seeded path: the JSON prices give the covariance by two passes, and the shell's agrees.
    @Test func theRunningCovarianceIsTheSampleCovarianceOfThePrintedPrices() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model roll")
        var prices: [Double] = []
        for _ in 0..<30 { prices.append(try #require(send(&shell, "noise")?.record.price)) }
        let changes = zip(prices.dropFirst(), prices).map { $0 - $1 }
        let x = Array(changes.dropLast())
        let y = Array(changes.dropFirst())
        let n = Double(x.count)
        let (mx, my) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
        let twoPass = zip(x, y).reduce(0) { $0 + ($1.0 - mx) * ($1.1 - my) } / n
        let state = try #require(send(&shell, "state"))
        let shown = try #require(state.record.fields["covariance"] ?? nil)
        #expect(abs(shown - twoPass) < 1e-12)
        #expect(state.record.fields["pairs"] == 28)
        if twoPass < 0 { #expect(state.record.fields["roll_spread"] == 2 * (-shown).squareRoot()) }
    }

    @Test func sharedVerbsItLacksAreRefusedInOneLineAndChangeNothing() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model roll")
        _ = send(&shell, "buy")
        let before = shell.session.snapshot.json
        for (line, wording) in [
            (
                "pass",
                "pass is not part of the roll model: every period of Roll's model is a trade; use buy, sell, noise or run N"
            ),
            (
                "informed",
                "informed is not part of the roll model: Roll's traders carry no information; use buy, sell or noise (help roll)"
            ),
            (
                "set truth high",
                "truth takes nothing here: the Roll model hides no value (m is public, trade signs carry no information), not 'high'"
            ),
            ("set gamma 1.5", "gamma takes a probability from 0 to 1; 1.5 is not"),
            ("set mu 0.3", "no parameter named 'mu'; names: mean, sigma, half_spread, gamma, truth, seed, detail"),
        ] {
            let reply = try #require(send(&shell, line))
            #expect(reply.error?.message == wording, "\(line)")
            #expect(reply.lines.count == 1)
        }
        #expect(shell.session.snapshot.json == before)
        // No `informed` verb in Roll's help (the games of other models are listed with theirs).
        let help = try #require(send(&shell, "help")).lines.map(\.plain)
        #expect(!help.contains { $0.hasPrefix("  informed") })
    }

    @Test func undoSaveAndExportReplayTheTapeExactly() throws {
        let files = MemoryFiles()
        var shell = Interpreter.forTests(files: files)
        for line in ["set seed 9", "model roll", "set half_spread 0.25", "run 300", "buy", "noise", "undo", "sell"] {
            #expect(send(&shell, line)?.error == nil, "\(line)")
        }
        let after = try #require(shell.session.model.session(as: RollSession.self))
        // undo then redo by hand: the market before the last trade, traded again, is the market.
        _ = send(&shell, "undo")
        let undone = try #require(shell.session.model.session(as: RollSession.self))
        #expect(undone.market == after.market(before: after.periods - 1))
        _ = send(&shell, "sell")
        _ = send(&shell, "save r.gm")
        let (replay, refused) = replaying(try #require(files.text("r.gm")))
        #expect(refused.isEmpty, "replaying: \(refused)")
        let a = try #require(shell.session.model.session(as: RollSession.self))
        let b = try #require(replay.session.model.session(as: RollSession.self))
        #expect(a.market == b.market && a.periods == 302)
        // export csv: a price for every trade, the last the market's last price.
        #expect(send(&shell, "export csv r.csv")?.plainText == "wrote 302 rows to r.csv\n")
        let rows = csvRows(try #require(files.text("r.csv")))
        #expect(rows[0] == RollSession.columns && rows.count == 303)
        let price = try #require(rows[0].firstIndex(of: "price"))
        #expect(rows.dropFirst().allSatisfy { Double($0[price]) != nil })
        #expect(Double(rows[302][price]) == a.market.lastPrice)
        let cov = try #require(rows[0].firstIndex(of: "covariance"))
        #expect(Double(rows[302][cov]) == a.market.covariance.covariance)
    }
}
