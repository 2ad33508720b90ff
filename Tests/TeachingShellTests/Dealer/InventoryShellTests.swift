import DealerModels
import Foundation
@testable import InventoryShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// The inventory dealer from the shell: printed arithmetic and JSON by hand, repricing,
/// refusals, undo, save and export.
struct InventoryShellTests {
    @Test func aBuyShadesTheQuotesUpWithNoInformation() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model inventory")
        // v = 100, A = 0.1, σ = 1, s = 0.5: the customer's buy takes a lot, I = −1,
        // r = 100 − 0.1·1²·(−1) = 100.1, quotes 99.6 / 100.6.
        let buy = try #require(send(&shell, "buy"))
        let text = buy.plainText
        #expect(text.contains("a customer buys at the ask 100.5000"))
        #expect(text.contains("she sells him a lot, I = 0 → −1; she earned ask − v = +0.5000"))
        #expect(text.contains("r = v − A·σ²·I = 100 − 0.1·1²·(−1) = 100.1000"))
        #expect(text.contains("bid = r − s = 99.6000   ask = r + s = 100.6000"))
        #expect(text.contains("v is still 100: the quotes moved without any information"))
        #expect(buy.record.price == 100.5 && buy.record.value == 100)
        #expect(buy.record.fields["inventory"] == -1)
        #expect(abs((buy.record.fields["reservation"] ?? nil)! - 100.1) < 1e-12)
        // Next customer at I = −1: ask − v = 0.6, v − bid = 0.4; W = 2:
        // P(buy) = ½(1 − 0.3) = 0.35, P(sell) = ½(1 − 0.2) = 0.4, E[ΔI] = +0.05.
        #expect(abs((buy.record.fields["p_buy"] ?? nil)! - 0.35) < 1e-12)
        #expect(abs((buy.record.fields["expected_drift"] ?? nil)! - 0.05) < 1e-12)
        #expect(text.contains("next customer: P(buys) 0.3500, P(sells) 0.4000: E[ΔI] = +0.0500 (toward 0)"))
    }

    @Test func setRepricesOrRestartsAsTheTableSays() throws {
        var shell = Interpreter.forTests()
        for line in ["model inventory", "sell", "sell"] { _ = send(&shell, line) }
        // risk 0.2 keeps I = 2: r = 100 − 0.2·2 = 99.6, bid 99.1.
        let risk = try #require(send(&shell, "set risk 0.2"))
        #expect(risk.plainText.hasPrefix("risk = 0.2: inventory kept (I = 2); the quotes are repriced now"))
        #expect(abs(risk.record.bid! - 99.1) < 1e-12)
        let mean = try #require(send(&shell, "set mean 50"))
        #expect(mean.plainText.hasPrefix("mean = 50: a new v, so the market restarts at t = 0"))
        #expect(mean.record.t == 0 && mean.record.fields["inventory"] == 0 && mean.record.ask == 50.5)
        for (line, wording) in [
            ("set premium 0", "premium takes a number above 0, at most 1e6; 0 is not"),
            (
                "pass",
                "pass is not part of the inventory model: a period here is one customer, who may leave; use noise (nature's customer), buy or sell"
            ),
            (
                "simulate",
                "simulate is not part of the inventory model: run N shows inventory reverting along one path; state gives the expected drift at the quotes"
            ),
        ] {
            #expect(send(&shell, line)?.error?.message == wording, "\(line)")
        }
    }

    @Test func undoSaveAndExportReplayTheTapeExactly() throws {
        let files = MemoryFiles()
        var shell = Interpreter.forTests(files: files)
        for line in ["set seed 3", "model inventory", "run 400", "set risk 0.3", "sell", "noise", "undo", "buy"] {
            #expect(send(&shell, line)?.error == nil, "\(line)")
        }
        let a = try #require(shell.session.model.session(as: InventorySession.self))
        // undo goes back to the dealer before the last period, under the parameters in force now.
        _ = send(&shell, "undo")
        let undone = try #require(shell.session.model.session(as: InventorySession.self))
        #expect(undone.dealer == a.dealer(before: a.periods - 1))
        _ = send(&shell, "buy")
        _ = send(&shell, "save i.gm")
        let (replay, refused) = replaying(try #require(files.text("i.gm")))
        #expect(refused.isEmpty, "replaying: \(refused)")
        let b = try #require(replay.session.model.session(as: InventorySession.self))
        #expect(a.dealer == b.dealer && a.periods == 402)
        #expect(send(&shell, "export csv i.csv")?.plainText == "wrote 402 rows to i.csv\n")
        let rows = csvRows(try #require(files.text("i.csv")))
        #expect(rows[0] == InventorySession.columns && rows.count == 403)
        let (price, order, inventory) = (
            rows[0].firstIndex(of: "price")!, rows[0].firstIndex(of: "order")!, rows[0].firstIndex(of: "inventory")!
        )
        // A price on every row that traded, none where the customer left.
        #expect(rows.dropFirst().allSatisfy { ($0[order] == "none") == $0[price].isEmpty })
        #expect(Int(rows[402][inventory]) == a.dealer.inventory)
        // Replayed cash: the sum of the prices received minus those paid.
        let cash = rows.dropFirst().reduce(0.0) { sum, row in
            row[order] == "buy" ? sum + Double(row[price])! : (row[order] == "sell" ? sum - Double(row[price])! : sum)
        }
        #expect(abs(cash - a.dealer.cash) < 1e-6)
    }
}
