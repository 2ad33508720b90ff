import Foundation
import KyleModel
@testable import KyleShell
import ModelRegistry
@testable import ShellKit
import ShellTestSupport
import Testing

/// `compare models`: each row against numbers worked by hand from the models' definitions.
@Suite struct ModelComparisonTests {
    private func study(_ line: String) throws -> ModelComparison {
        var shell = Interpreter.forTests()
        guard case .shell(.compareModels(let orders))? = try Parser.parse(Array(line.utf8)) else {
            Issue.record("not compare models")
            return ModelComparison([], seed: 0, models: glostenModels, context: shell.shell.contextForTests)
        }
        _ = send(&shell, line)
        return ModelComparison(orders, seed: shell.session.model.seed, models: glostenModels, context: shell.shell.contextForTests)
    }

    private func row(_ s: ModelComparison, _ model: String) throws -> ModelComparison.Row {
        try #require(s.rows.first { $0.model == model })
    }

    @Test func binaryLearnsFromTheNetTwoBuys() throws {
        let s = try study("compare models buy buy sell buy")
        let r = try row(s, "binary")
        // V ∈ {96, 104}, θ = ½, μ = 0.3, ε = ½: a buy has likelihood 0.65 after good news and 0.35
        // after bad, a sell the reverse, so two net buys give P(high) = 0.65² / (0.65² + 0.35²).
        let p = 0.65 * 0.65 / (0.65 * 0.65 + 0.35 * 0.35)
        #expect(abs((r.sdBefore ?? 0) - 4) < 1e-12)
        #expect(abs((r.sdAfter ?? 0) - 8 * (p * (1 - p)).squareRoot()) < 1e-9)
        // The mid is (ask + bid) / 2, with ask = E[V | buy] and bid = E[V | sell] at that belief.
        let ask = 96 + 8 * (0.65 * p / (0.65 * p + 0.35 * (1 - p)))
        let bid = 96 + 8 * (0.35 * p / (0.35 * p + 0.65 * (1 - p)))
        #expect(abs((r.priceAfter ?? 0) - (ask + bid) / 2) < 1e-9)
        #expect(abs((r.spreadAfter ?? 0) - (ask - bid)) < 1e-9)
        #expect(r.ordersPlayed == 4 && r.stopped == nil)
    }

    @Test func theDealerModelsLearnNothingAndKeepTheirSpread() throws {
        let s = try study("compare models b b s b")
        let inventory = try row(s, "inventory")
        // Two net customer buys take two lots: I = −2, r = v − A·σ²·I = 100 + 0.1·1·2.
        #expect(inventory.sdBefore == nil && inventory.sdAfter == nil)
        #expect(abs((inventory.priceAfter ?? 0) - 100.2) < 1e-12)
        #expect(inventory.spreadBefore == 1 && inventory.spreadAfter == 1)
        let roll = try row(s, "roll")
        #expect(roll.sdAfter == nil && roll.spreadAfter == 1)
    }

    @Test func kyleStopsWhenTheDayIsOver() throws {
        let s = try study("compare models b b b b b b")
        let kyle = try row(s, "kyle")
        // Four auctions at the defaults: the fifth flow is refused, and Σ_N is the plan's.
        #expect(kyle.ordersPlayed == 4)
        #expect(kyle.stopped != nil)
        #expect(kyle.spreadAfter == nil)
        #expect(abs((kyle.sdAfter ?? 0) * (kyle.sdAfter ?? 0) - KyleSession().plan.auctions[3].sigma2) < 1e-9)
        #expect(s.lines.contains { $0.plain.contains("stopped after 4 of 6") })
    }

    @Test func badOrdersAreRefusedInOneLine() {
        var shell = Interpreter.forTests()
        let reply = send(&shell, "compare models buy hold")
        #expect(reply?.error == .badChoice(verb: "compare models", text: "hold", choices: ["buy", "sell", "b", "s"]))
        #expect(send(&shell, "compare models")?.record.json.contains("\"compare_models\"") == true)
    }

    /// Issue 23.5: Ctrl-C or SIGTERM during `compare models` ends it with one line saying so
    /// (before, every model played every order and the study printed as if nothing had happened).
    @Test func aStopEndsTheComparison() throws {
        var shell = Interpreter.forTests()
        shell.shouldStop = { true }
        let ran = send(&shell, "compare models buy buy sell")
        let reply = try #require(ran)
        #expect(reply.error == .interruptedWorking(on: "the models' comparison"))
        #expect(reply.error?.message == "interrupted while working out the models' comparison; nothing was changed")
    }
}
