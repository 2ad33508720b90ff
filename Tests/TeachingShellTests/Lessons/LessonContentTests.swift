@testable import BinaryShell
import Foundation
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// Issue 22, items 11–18: sentences of the shipped lessons that were false, or true only in a
/// special case, say the right thing now, with the numbers computed here independently.
struct LessonContentTests {
    static let folder = shippedLessonsFolder

    /// A lesson's Markdown with its lines joined, so prose compares across line breaks.
    static func text(_ name: String) throws -> String {
        let text = try String(contentsOf: folder.appendingPathComponent(name + ".md"), encoding: .utf8)
        return text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    static func lesson(_ name: String) throws -> Lesson {
        try LessonLibrary(folder: folder).lesson(named: name)
    }

    /// The shell after a `;`-separated script, every command of which must succeed.
    private func shell(after script: String) throws -> Interpreter {
        var shell = Interpreter.forTests()
        for (line, reply) in send(&shell, script: script) {
            #expect(reply?.error == nil, "\(line): \(reply?.plainText ?? "")")
        }
        return shell
    }

    /// Two values 95 / 105 at even odds: after n net buys the odds are r^n, r = (1 + μ)/(1 − μ), and
    /// the spread is 10 × (P after n + 1 net buys − P after n − 1), since the ask is E[V] after one
    /// more buy and the bid after one more sell.
    private func spreadAfterBuys(_ n: Int, mu: Double) -> Double {
        let r = (1 + mu) / (1 - mu)
        func p(_ k: Int) -> Double { pow(r, Double(k)) / (1 + pow(r, Double(k))) }
        return 10 * (p(n + 1) - p(n - 1))
    }

    /// Item 11: "more informed trading gives wider spreads for the same orders" is false after three
    /// buys; the lesson states the condition (the same belief) and asks for the counter-example.
    @Test func asymmetryStatesWhenTheInformedMarketIsWider() throws {
        let high = spreadAfterBuys(3, mu: 0.6)
        let low = spreadAfterBuys(3, mu: 0.15)
        #expect(abs(high - 2400.0 / 4369) < 1e-12 && high < low)
        #expect(spreadAfterBuys(2, mu: 0.6) > spreadAfterBuys(2, mu: 0.15))
        for (mu, expected) in [(0.6, high), (0.15, low)] {
            let market = try shell(after: "set low 95; set high 105; set mu \(mu); buy; buy; buy").session.binary.market
            #expect(abs((market.quote.openSpread ?? .nan) - expected) < 1e-9)
        }
        let text = try Self.text("asymmetry")
        #expect(!text.contains("wider spreads for the same orders"))
        #expect(text.contains("2400/4369 ≈ \(Format.price(high))"))
        #expect(text.contains("μ = 0.15: ≈ \(Format.price(low))"))
        #expect(text.contains("At the same belief more informed trading means a wider spread"))
        // Item 18: the opening no longer gives the compare question's answer away.
        let opening = try Self.lesson("asymmetry").steps[0].narration
        #expect(!"\(opening)".contains("narrower one on average"))
    }

    /// Item 8: asymmetry's `compare` step fits a screen: with `set detail brief` compare shows the
    /// exact expectations only (its figures from ExpectedPath, computed here), not 87 lines of panels.
    @Test func briefCompareFitsAScreen() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "set detail brief")
        let briefReply = send(&shell, "compare")
        let brief = try #require(briefReply).lines.map(\.plain)
        #expect(brief.count <= 16 && brief.allSatisfy { $0.count <= 130 })
        var p = Parameters()
        p.low = 95
        p.high = 105
        p.mu = 0.6
        let high = try #require(ExpectedPath(parameters: p, arrivals: 100, band: 1.05))
        #expect(brief.contains { $0.hasPrefix("average spread") && $0.contains(Format.price(high.averageSpread)) })
        #expect(!brief.contains { $0.contains("Bid–ask spread") })
        _ = send(&shell, "set detail full")
        let fullReply = send(&shell, "compare")
        let full = try #require(fullReply).lines.map(\.plain)
        #expect(full.contains { $0.contains("Bid–ask spread") } && full.count > 40)
        let step = try #require(try Self.lesson("asymmetry").steps.first { $0.commands.contains { if case .command("compare") = $0.kind { true } else { false } } })
        #expect(step.commands.contains { if case .command("set detail brief") = $0.kind { true } else { false } })
    }

    /// Item 12: the ask weights each value by its posterior P(V)·P(buy | V)/P(buy), which equals the
    /// likelihood only at a prior of ½; the narration before the question no longer gives 0.75 away.
    @Test func bayesWeightsTheAskByPosteriors() throws {
        let lesson = try Self.lesson("bayes")
        let before = "\(lesson.steps[1].narration)"
        #expect(!before.contains("0.75 × 110 + 0.25 × 100"))
        #expect(before.contains("P(V | buy) = P(V) × P(buy | V) / P(buy)"))
        let explanation = try #require(lesson.steps[1].prediction?.explanation)
        #expect(explanation.contains("P(V = 110 | buy) = 0.5 × 0.75 / 0.5 = 0.75"))
        // At a prior of 0.2 the posterior is 0.2 × 0.75 / (0.2 × 0.75 + 0.8 × 0.25) = 3/7, not 0.75.
        let market = try shell(after: "set low 100; set high 110; set mu 0.5; set prior 0.2; buy").session.binary.market
        #expect(abs(market.belief.pHigh - 3.0 / 7) < 1e-12)
        #expect(explanation.contains("(at 0.2: 0.15 / 0.35 ≈ 0.43)"))
    }

    /// Item 13: μ·ΔV is the spread, its half μσ_v; 1.5874 is 17% below 1.92, not a fifth.
    @Test func formulasNameTheSpreadAndTheShortfall() throws {
        let exact = 3840.0 / 2419, formula = 2 * 0.3 * 8 * (0.2 * 0.8).squareRoot()
        #expect(Int((100 * (1 - exact / formula)).rounded()) == 17)
        let market = try shell(after: "quote").session.binary.market
        #expect(abs((market.quote.openSpread ?? .nan) - 0.3 * 8) < 1e-12)
        #expect(abs((market.quote.ask.price ?? .nan) - market.quote.expectedValue - 0.3 * 8 / 2) < 1e-12)
        let text = try Self.text("formulas")
        #expect(!text.contains("a fifth below 1.92"))
        #expect(text.contains("17% below 1.92"))
        #expect(text.contains("make that half μ·ΔV/2 = μσ_v, and the spread μ·ΔV = 2μσ_v"))
    }

    /// Item 14: `set gamma 0.5` after `set eps 1/4` gives uninformed traders who always trade, and the
    /// question says so before it asks for the spread.
    @Test func reviewSaysGammaDropsEpsilon() throws {
        let market = try shell(after: "set alpha 0.5; set eps 1/4; set alpha 1; set gamma 0.5").session.binary.market
        #expect(market.parameters.epsBuy == 0.5 && market.parameters.epsSell == 0.5)
        #expect(abs((market.quote.openSpread ?? .nan) - 2.4) < 1e-12)
        let text = try Self.text("review")
        #expect(text.contains("`set gamma 0.5`, which also drops the ε = ¼ set above"))
        // Item 18: options are answers, not answers with their reasons, in review and every lesson.
        let options = try Self.lesson("review").steps.compactMap(\.prediction).flatMap(\.options)
        #expect(options.count >= 8)
        for name in Course.shipped.order {
            // Every question, once answered, says why.
            let unexplained = try Self.lesson(name).steps.compactMap(\.prediction).filter { $0.explanation == nil }
            #expect(unexplained.isEmpty, "\(name): questions at lines \(unexplained.map(\.line)) have no # explain")
            let options = try Self.lesson(name).steps.compactMap(\.prediction).flatMap(\.options)
            #expect(options.allSatisfy { !$0.text.contains(":") }, "\(name): \(options.map(\.text))")
        }
    }

    /// Item 15: the informed seller's gain, PIN's tail probability, play's fill, example-2's fall,
    /// and recipes for the default market that work at a lesson's prompt.
    @Test func item15Sentences() throws {
        let gm = try Self.text("gm1985")
        #expect(!gm.contains("An informed seller gains E[V] − b"))
        #expect(gm.contains("An informed seller knows V = V_L and gains b − V_L"))

        // ln P(70 | Poisson 30) = −30 + 70 ln 30 − ln 70!, computed here with lgamma.
        let tail = exp(-30 + 70 * log(30.0) - lgamma(71.0))
        #expect(tail > 1.9e-10 && tail < 2.0e-10)
        let pin = try Self.text("pin")
        #expect(!pin.contains("about 10^−11") && pin.contains("is about 2 × 10^−10"))

        let play = try Self.text("play")
        #expect(play.contains("Below, the buy is filled at her ask, 101.2; had it come to your 100.7"))

        // Example 2: P(event) after two buys 29/71, after two sells 100/289: it fell over the sells.
        #expect(29.0 / 71 > 100.0 / 289 && 100.0 / 289 > 0.3)
        let example2 = try Self.text("example-2")
        #expect(!example2.contains("is a *fall*, while hers went 0.30 → 0.3460"))
        #expect(example2.contains("hers fell too, from 29/71 ≈ 0.4085 to 0.3460"))

        // `model binary` opens the defaults whatever the lesson's market was.
        let shell = try shell(after: "set low 97; set alpha 0.3; set mu 1/3; model binary; set prior 0.2")
        #expect(Format.price(shell.session.binary.market.quote.openSpread ?? .nan) == "1.5874")
        for name in ["example-1", "two-models"] {
            let text = try Self.text(name)
            #expect(!text.contains("with the shell's default market"), "\(name)")
            #expect(text.contains("`model binary` (a new opening with the defaults), `set prior 0.2` then `buy`"), "\(name)")
        }
    }

    /// Item 16: every command a hint or a last step suggests works where it is suggested.
    @Test func suggestedCommandsWorkWhereSuggested() throws {
        let comparative = try Self.lesson("comparative")
        let kyleQuestion = try #require(comparative.steps.first { $0.prediction?.quantity == .sigma2 })
        #expect(kyleQuestion.prediction?.hints.contains { $0.contains("`model kyle`, then `plan`") } == true)
        _ = try shell(after: "model kyle; plan")
        var inventory = try shell(after: "model inventory")
        // `compare models` is the shell's study of every model: it runs under each (issue 24, trap 4).
        #expect(send(&inventory, "compare models b s s b b")?.error == nil)
        _ = try shell(after: "model inventory; model binary; compare models b s s b b")
        #expect(try Self.text("comparative").contains("`model binary`, then `compare models b s s b b`"))

        _ = try shell(after: "model binary; model roll; help glosten")
        #expect(try Self.text("inventory").contains("(`model roll`, then `help glosten`)"))
    }

    /// Item 18: example-1 opens with a question, not a derivation; example-3 asks instead of telling;
    /// profit asks for the c = 2 ask.
    @Test func lessonsAskInsteadOfTell() throws {
        let example1 = try Self.lesson("example-1")
        let firstQuestion = try #require(example1.steps.firstIndex { $0.prediction != nil })
        let why = try #require(example1.steps.firstIndex { "\($0.narration)".contains("Why μ = ⅓") })
        #expect(firstQuestion <= 2 && why > firstQuestion)
        #expect(!example1.steps[0..<why].contains { "\($0.narration)".contains("0.525μ") })

        let example3 = try Self.lesson("example-3")
        #expect(example3.steps.filter { $0.prediction != nil }.count >= 6)
        let quiet = try #require(example3.steps.firstIndex { $0.prediction?.explanation?.contains("63/115") == true })
        #expect(!example3.steps[..<quiet].contains { "\($0.narration)".contains("63/115") })

        // gm1985 asks whether a sell reopens the ask and how the spread scales with μ.
        let gm1985 = try Self.lesson("gm1985")
        #expect(gm1985.steps.filter { $0.prediction != nil }.count >= 5)
        #expect(!gm1985.steps.contains { "\($0.narration)".contains("2.18: a little more than double") })

        let profit = try Self.lesson("profit")
        #expect(profit.steps.contains { step in
            step.prediction?.quantity == .ask && step.commands.contains { if case .command("informed") = $0.kind { true } else { false } }
        })
    }
}
