import Foundation
import MarketModel
@testable import NormalShell
import NormalValue
@testable import ShellKit
import ShellTestSupport
import Testing

/// The model seam as a learner meets it: `model`, each model's `set` and `truth`, JSON, save.
struct ModelSeamTests {
    /// The standard normal's opening ask at μ = ½, ε = ½, c = 0, found here by bisection on
    /// a·(μ(1 − Φ(a)) + (1 − μ)ε) = μφ(a) (a = E[v | buy at a]) with Foundation's erfc.
    private func standardAsk(mu: Double = 0.5, eps: Double = 0.5) -> Double {
        func phi(_ z: Double) -> Double { exp(-z * z / 2) / (2 * Double.pi).squareRoot() }
        func upper(_ z: Double) -> Double { erfc(z / 2.squareRoot()) / 2 }
        func excess(_ a: Double) -> Double { a * (mu * upper(a) + (1 - mu) * eps) - mu * phi(a) }
        var (low, high) = (0.0, 10.0)
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if excess(mid) < 0 { low = mid } else { high = mid }
        }
        return (low + high) / 2
    }

    @Test func modelListsTheModelsAndSwitchesWithANewOpening() throws {
        var shell = Interpreter.forTests()
        let list = try #require(send(&shell, "model")).plainText
        #expect(list.contains("* binary"))
        #expect(list.contains("  normal    v ~ N(m, σ²)"))
        // Every model has its line, and every line fits an 80-column screen.
        for kind in ModelKind.allCases { #expect(list.contains(" \(kind.rawValue) ")) }
        #expect(list.split(separator: "\n").allSatisfy { $0.count <= 80 })
        _ = send(&shell, "buy")
        let switched = try #require(send(&shell, "model normal"))
        #expect(switched.error == nil)
        #expect(
            switched.plainText.hasPrefix(
                "model = normal: a new opening under the normal model (was binary), t = 0; the period before is gone (undo does not bring it back)\n"
            ))
        #expect(shell.session.kind == .normal)
        #expect(try #require(send(&shell, "model")).plainText.contains("* normal"))
        #expect(
            send(&shell, "model nosuch")?.error
                == .badChoice(verb: "model", text: "nosuch", choices: ModelKind.allCases.map(\.rawValue)))
    }

    @Test func theCheckPointAndTheJSONRecord() throws {
        var shell = Interpreter.forTests()
        for line in ["model normal", "set mean 0", "set sigma 1", "set mu 0.5"] {
            #expect(send(&shell, line)?.error == nil)
        }
        let a = standardAsk()
        #expect(abs(a - 0.436327) < 5e-7)
        let opening = try #require(send(&shell, "quote")).record
        #expect(abs(try #require(opening.ask) - a) < 1e-9)
        #expect(abs(try #require(opening.bid) + a) < 1e-9)
        let buy = try #require(send(&shell, "buy")).record
        // After a buy with c = 0 the posterior mean is the ask the buy met, and the first buy from the
        // prior leaves sd = σ (E[z² | buy] = 1 + a·(μφ(a)/P(buy)) = 1 + a²).
        #expect(abs(buy.value - a) < 1e-9)
        #expect(abs(try #require(buy.sd) - 1) < 1e-9)
        #expect(buy.model == "normal")
        #expect(buy.pHigh == nil && buy.pEvent == nil)
        let json = buy.json
        #expect(json.contains("\"model\":\"normal\"") && json.contains("\"sd\":") && json.contains("\"value\":"))
        #expect(!json.contains("p_high"))
    }

    @Test func eachModelReadsItsOwnNamesAndTruth() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model normal")
        let before = shell.session.snapshot.json
        let low = try #require(send(&shell, "set low 3")?.error)
        #expect(low.message.contains("no parameter named 'low'") && low.message.contains("names: mean, sigma, mu"))
        #expect(
            send(&shell, "set truth high")?.error?.message == "truth takes a number (nature's v) or drawn, not 'high'")
        #expect(send(&shell, "set mu 1")?.error != nil)
        #expect(send(&shell, "simulate truth low")?.error != nil)
        #expect(shell.session.snapshot.json == before)
        #expect(send(&shell, "set truth 101.5")?.plainText.contains("v = 101.5, as you set it") == true)
        #expect(send(&shell, "set truth drawn")?.error == nil)
        _ = send(&shell, "model binary")
        #expect(send(&shell, "set sigma 2")?.error?.message.contains("names: low, high, prior") == true)
        #expect(send(&shell, "set truth 3")?.error?.message == "truth takes high, low or none, not '3'")
    }

    /// Under the normal model, `help` names none of the binary model's quantities.
    @Test func helpSpeaksTheCurrentModel() throws {
        var shell = Interpreter.forTests()
        let binary = try #require(send(&shell, "help")).plainText
        #expect(binary.contains("alpha") && binary.contains("P(V = high)") && binary.contains("Roll"))
        _ = send(&shell, "model normal")
        let normal = try #require(send(&shell, "help")).plainText
        for word in ["alpha", "P(V = high)", "Roll", "prior"] { #expect(!normal.contains(word), "\(word)") }
        #expect(try #require(send(&shell, "help pass")).plainText.contains("informed traders stay out between the bid and the ask"))
    }

    @Test func saveReplaysANormalSessionExactly() throws {
        let files = MemoryFiles()
        var shell = Interpreter.forTests(files: files)
        for line in [
            "set seed 5", "model normal", "set truth 103", "run 40", "buy", "set mu 0.4", "sell", "undo", "noise",
            "pass",
        ] {
            #expect(send(&shell, line)?.error == nil, "\(line)")
        }
        _ = send(&shell, "save s.gm")
        let (replay, refused) = replaying(try #require(files.text("s.gm")))
        #expect(refused.isEmpty, "replaying: \(refused)")
        guard let a = shell.session.model.session(as: NormalSession.self),
            let b = replay.session.model.session(as: NormalSession.self)
        else {
            Issue.record("not the normal model")
            return
        }
        #expect(a.market == b.market)
        #expect(a.periods == b.periods && a.trueValue == b.trueValue && a.seed == 5)
    }
}

/// The normal model's studies and files from the shell.
struct NormalStudiesFromTheShell {
    private func shell(_ files: MemoryFiles) -> Interpreter {
        var shell = Interpreter.forTests(files: files)
        for line in ["model normal", "set truth 102", "run 25", "buy"] { _ = send(&shell, line) }
        return shell
    }

    /// Each CSV row is the period's numbers as the tape replays them: the last row is the buy's
    /// record, and the columns are the normal model's.
    @Test func exportsAreTheTapesNumbers() throws {
        let files = MemoryFiles()
        var s = shell(files)
        let last = try #require(send(&s, "quote")).record
        #expect(send(&s, "export csv n.csv")?.plainText == "wrote 26 rows to n.csv\n")
        let lines = try #require(files.text("n.csv")).split(separator: "\n").map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
        #expect(lines[0] == NormalSession.columns)
        #expect(lines.count == 27)
        let row = try #require(lines.last)
        #expect(row[0] == "26" && row[1] == "buy" && row[2] == "typed")
        #expect(
            Double(row[5]) == last.ask && Double(row[4]) == last.bid && Double(row[8]) == last.value
                && Double(row[9]) == last.sd)
        #expect(send(&s, "export json n.json")?.error == nil)
        let json =
            try JSONSerialization.jsonObject(with: Data(try #require(files.text("n.json")).utf8)) as? [[String: Any]]
        #expect(json?.count == 26)
        #expect(json?.last?["value"] as? Double == last.value)
        #expect(
            send(&s, "export svg n.svg")?.error?.message.hasPrefix(
                "export svg is not part of the normal model") == true)
        #expect(files.text("n.svg") == nil)
    }

    @Test func simulateAndCompareAndPlot() throws {
        let files = MemoryFiles()
        var s = shell(files)
        let before = s.session.snapshot.json
        let reply = try #require(send(&s, "simulate sessions 60 trades 40 seed 3 threads 2"))
        #expect(reply.error == nil)
        #expect(reply.plainText.contains("60 sessions × 40 arrivals, v drawn from N(m, σ²) per session"))
        // The study runs on the threads asked for, and they change none of its figures.
        #expect(!reply.plainText.contains("one thread"))
        let single = try #require(send(&s, "simulate sessions 60 trades 40 seed 3 threads 1"))
        #expect(single.plainText == reply.plainText)
        guard case .model(let figures)? = reply.record.results, let results = figures.figures as? NormalSimulationResults,
            case .model(let singleFigures)? = single.record.results,
            let singleResults = singleFigures.figures as? NormalSimulationResults
        else {
            Issue.record("no normal results")
            return
        }
        #expect(singleResults == results)
        #expect(results.sessions == 60 && results.arrivals == 40 && results.seed == 3)
        // The same study straight from the library, seeded the same way.
        let study = NormalSimulation(parameters: NormalParameters(), sessions: 60, arrivals: 40, truth: .drawn)
        let direct = try study.run { SessionSimulator.generator(seed: 3, session: $0) }
        #expect(results.profit.mean == direct.profit.mean)
        let fixed = try #require(send(&s, "simulate sessions 30 trades 20 truth 101")).plainText
        #expect(fixed.contains("v = 101") && fixed.contains("not for one fixed v"))
        #expect(send(&s, "simulate distance 1")?.error != nil)
        #expect(
            send(&s, "compare")?.error?.message.hasPrefix("compare is not part of the normal model") == true)
        for kind in ["spread", "belief", "price", "cost"] {
            #expect(send(&s, "plot \(kind)")?.error == nil)
        }
        #expect(s.session.snapshot.json == before)
    }
}
