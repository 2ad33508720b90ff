import Foundation
import KyleModel
@testable import KyleShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// `model kyle` as a learner meets it: every printed number against the equilibrium, JSON, the
/// refusals, undo, save and export.
struct KyleShellTests {
    private func kyleShell(_ lines: [String] = []) -> Interpreter {
        var shell = Interpreter.forTests()
        for line in ["model kyle"] + lines { #expect(send(&shell, line)?.error == nil, "\(line)") }
        return shell
    }

    private func session(_ shell: Interpreter) throws -> KyleSession {
        try #require(shell.session.model.session(as: KyleSession.self))
    }

    @Test func theOneShotPlanPrintsItsClosedForms() throws {
        // σ_v = 4, σ_u = 8, N = 1: λ = σ_v/(2σ_u) = 1/4, β = σ_u/σ_v = 2, Σ₁ = 8, profit σ_uσ_v/2 = 16,
        // which is α₀Σ₀ with α₀ = 1/(4λ) = 1 and δ₀ = 0.
        var shell = kyleShell(["set auctions 1"])
        let reply = try #require(send(&shell, "plan"))
        #expect(reply.plainText.contains(" →   1 0.2500      2.0000      8.0000      16.0000\n"))
        #expect(reply.plainText.contains("insider's expected profit α₀Σ₀ + δ₀ = 1.0000 × 16.0000 + 0.0000 = 16.0000"))
        #expect(reply.plainText.contains("one-shot σ_uσ_v/2 = 16.0000, limit σ_uσ_v = 32.0000; Σ_N left: 50.0% of Σ₀"))
        let json = reply.record.json
        #expect(json.contains("\"auctions\":[{\"beta\":2,\"lambda\":0.25,\"n\":1,\"sigma2\":8}]"))
        #expect(json.contains("\"expected_profit\":16"))
    }

    @Test func aTypedFlowPrintsTheRegressionWithThePlansNumbers() throws {
        var shell = kyleShell()
        let plan = KylePlan(KyleParameters())
        let first = plan.auctions[0]
        let reply = try #require(send(&shell, "flow 10"))
        let text = reply.plainText
        let lambda = Format.probability(first.lambda)
        #expect(text.contains("auction 1 of 4: net flow y₁ = 10 (typed); the market maker sees only that"))
        #expect(
            text.contains(
                "λ₁ = β₁·Σ₁/σ_u² = \(Format.probability(first.beta)) × \(Format.probability(first.sigma2)) / 64.0000 = \(lambda)"
            ))
        #expect(
            text.contains(
                "E[v | y₁] = p₀ + λ₁·y₁ = 100.0000 + \(lambda) × 10 = \(Format.price(100 + 10 * first.lambda))"))
        #expect(
            text.contains(
                "Σ₁ = (1 − β₁λ₁Δt)·Σ₀ = (1 − \(Format.probability(first.beta * first.lambda / 4))) × 16.0000 = \(Format.probability(first.sigma2))"
            ))
        // Kyle's update: Σ₁ = (1 − β₁λ₁Δt)·Σ₀ exactly, as the line says.
        #expect(abs(first.sigma2 - (1 - first.beta * first.lambda * 0.25) * 16) < 1e-12)
        let v = try session(shell).trueValue
        #expect(text.contains("hidden: v = \(Format.value(v)); a typed flow has no split"))
        let record = reply.record
        #expect(record.price == 100 + 10 * first.lambda && record.value == record.price)
        #expect(record.fields["lambda"] == first.lambda && record.fields["sigma2"] == first.sigma2)
        #expect(record.fields["n"] == 1 && record.fields["insider"] == .some(nil))
        #expect(record.json.contains("\"n\":1") && record.json.contains("\"insider\":null"))
    }

    @Test func natureSplitsTheFlowIntoTheInsidersRuleAndNoise() throws {
        var shell = kyleShell(["set truth 106"])
        let reply = try #require(send(&shell, "auction"))
        let a = try #require(try session(shell).tape.last)
        let split = try #require(a.split)
        // x₁ = β₁(v − p₀)Δt with v = 106, p₀ = 100, Δt = 1/4; y = x + u.
        #expect(abs(split.insider - a.beta * 6 / 4) < 1e-12)
        #expect(reply.record.fields["flow"] == split.insider + split.noise)
        #expect(reply.record.fields["insider"] == split.insider && reply.record.fields["noise"] == split.noise)
        #expect(reply.record.trader == "nature")
        #expect(
            reply.plainText.contains(
                "hidden: v = 106; insider x₁ = β₁(v − p₀)Δt = \(Format.value(split.insider)), noise u₁ = \(Format.value(split.noise))"
            ))
        let profit = split.insider * (106 - a.price)
        #expect(
            reply.plainText.contains(
                "her profit x₁·(v − p₁) = \(Format.value(split.insider)) × (106 − \(Format.price(a.price))) = \(Format.value(profit))"
            ))
        #expect(
            reply.lines.filter { $0.plain.hasPrefix("  hidden") }.allSatisfy {
                $0.spans.allSatisfy { $0.tone == .hidden }
            })
    }

    @Test func theDayEndsInOneLineAndRefusesMore() throws {
        var shell = kyleShell(["set auctions 3", "flow 1"])
        let run = try #require(send(&shell, "run"))
        #expect(run.error == nil)
        let s = try session(shell)
        #expect(s.market.isOver && s.tape.count == 3)
        let last = try #require(run.lines.last).plain
        #expect(
            last
                == "the day is over (Σ₃ = \(Format.probability(s.plan.finalVariance)) of 16.0000 left): reset starts a new day"
        )
        let before = shell.session.snapshot.json
        for line in ["flow 2", "auction", "run", "run 1"] {
            #expect(
                send(&shell, line)?.error
                    == .model("the day is over: all 3 auctions have cleared; reset starts a new day"))
        }
        #expect(shell.session.snapshot.json == before)
        #expect(send(&shell, "reset")?.error == nil)
        #expect(try session(shell).market.time == 0)
    }

    @Test func sharedVerbsThatMakeNoSenseAreRefusedInOneLine() throws {
        var shell = kyleShell()
        let before = shell.session.snapshot.json
        for verb in ["buy", "sell", "pass", "informed", "noise", "explain", "plot spread", "compare", "simulate"] {
            let error = try #require(send(&shell, verb)?.error, "\(verb)")
            let word = String(verb.split(separator: " ")[0])
            #expect(error.message.hasPrefix("\(word) is not part of the kyle model: "), "\(verb)")
            #expect(!error.message.contains("\n"))
        }
        #expect(
            send(&shell, "run 5")?.error
                == .model("run 5: only 4 auctions are left today; run 4, or run alone for all of them"))
        #expect(send(&shell, "set auctions 0")?.error == .model("auctions takes a whole number from 1 to 1000, not 0"))
        #expect(
            send(&shell, "set auctions 2.5")?.error == .model("auctions takes a whole number from 1 to 1000, not 2.5"))
        #expect(send(&shell, "set noise_sd -1")?.error == .model("noise_sd takes a number from 1e-6 to 1e6, not -1"))
        #expect(send(&shell, "undo")?.error == .nothingToUndo(noneYet: "no auction has cleared today (t = 0)"))
        #expect(send(&shell, "export svg a.svg")?.error != nil)
        #expect(send(&shell, "set truth high")?.error == .badTruth("high", accepts: "a number (nature's v) or drawn"))
        #expect(shell.session.snapshot.json == before)
        // help hides the refused verbs and lists the model's own.
        let help = try #require(send(&shell, "help")).plainText
        for verb in ["  buy ", "  informed ", "  compare …", "  explain "] { #expect(!help.contains(verb)) }
        for verb in ["  flow Y ", "  auction ", "  run [N] ", "  plan ", "  compare models …"] { #expect(help.contains(verb)) }
        #expect(try #require(send(&shell, "help kyle")).plainText.contains("σ_uσ_v/2"))
    }

    @Test func theQuoteIsOnePriceAndLessonsReadTheKyleQuantities() throws {
        var shell = kyleShell(["flow 4"])
        let s = try session(shell)
        let plan = s.plan
        let quote = try #require(send(&shell, "quote")).plainText
        #expect(quote.hasPrefix("price p₁ = \(Format.price(s.market.price)): one price, no bid or ask"))
        #expect(quote.contains("λ₂ = \(Format.probability(plan.auctions[1].lambda)) per unit of flow"))
        #expect(shell.session.model.value(of: .price) == 100 + 4 * plan.auctions[0].lambda)
        #expect(shell.session.model.value(of: .lambda) == plan.auctions[0].lambda)
        #expect(shell.session.model.value(of: .sigma2) == plan.auctions[0].sigma2)
        #expect(shell.session.model.value(of: .expectedProfit) == plan.expectedProfit)
        #expect(shell.session.model.value(of: .bid) == nil && shell.session.model.value(of: .pHigh) == nil)
    }

    @Test func undoSaveAndExport() throws {
        let files = MemoryFiles()
        var shell = kyleShell(["set seed 9", "set auctions 6", "flow 3", "auction", "auction", "undo", "run 2"])
        shell.files = files
        let s = try session(shell)
        #expect(s.tape.count == 4 && s.tape.map(\.n) == [1, 2, 3, 4])
        // undo puts back the price before the auction it took back.
        var copy = s
        let undone = copy.undo()
        let taken = try #require(undone)
        #expect(copy.market.price == taken.priceBefore && copy.market.time == 3)
        #expect(send(&shell, "save day.gm")?.error == nil)
        let (replay, refused) = replaying(try #require(files.text("day.gm")))
        #expect(refused.isEmpty, "replaying: \(refused)")
        let replayed = try session(replay)
        #expect(replayed.market == s.market && replayed.tape == s.tape && replayed.trueValue == s.trueValue)
        #expect(send(&shell, "export csv day.csv")?.plainText == "wrote 4 rows to day.csv\n")
        let rows = try #require(files.text("day.csv")).split(separator: "\n")
        #expect(rows.first == "t,source,flow,insider,noise,lambda,beta,price,sigma2,value,insider_profit")
        #expect(rows.count == 5)
        let first = rows[1].split(separator: ",", omittingEmptySubsequences: false)
        #expect(first[0] == "1" && first[1] == "typed" && first[3] == "")
        #expect(Double(first[7]) == s.tape[0].price)
        for (row, a) in zip(rows.dropFirst(), s.tape) {
            #expect(Double(row.split(separator: ",", omittingEmptySubsequences: false)[7]) == a.price)
        }
    }
}
