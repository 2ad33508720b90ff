import DealerModels
import Foundation
import MarketModel
@testable import NormalShell
import NormalValue
import PINModel
@testable import PINShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// Issue 21's "done when": each conditional sentence is checked against the numbers printed in the
/// same line (or the step's own numbers it stands for), over random markets, model by model. The
/// binary model's `Why` is swept by `ExplanationTests`, its refusals by `ReopeningTests`, the
/// inventory model's step reason and drift line by `InventorySentenceTests`; this file adds the
/// normal model's `Why`, the PIN day's `Why`, Roll's gamma and estimate lines, the inventory
/// dealer's flow line and Kyle's price move.
struct ConditionalSentenceTests {
    /// The numbers in a text, with "−" read as a minus sign.
    private static func numbers(_ text: Substring) -> [Double] {
        text.replacingOccurrences(of: "−", with: "-").split { !($0.isNumber || $0 == "." || $0 == "-") }
            .compactMap { Double($0) }
    }

    /// "rose by X" / "fell by X" / "stayed" / "moved by less than 0.00005" against the change.
    private static func checkMove(_ line: String, _ change: Double, up: String, down: String) {
        if change == 0 {
            #expect(line.contains("stayed"), "\(line)")
        } else if Format.price(abs(change)) == "0.0000" {
            #expect(line.contains("moved by less than 0.00005"), "\(line)")
        } else {
            #expect(line.contains("\(change > 0 ? up : down) by \(Format.price(abs(change)))"), "\(line)")
        }
    }

    @Test func normalWhyFollowsTheStepsNumbers() throws {
        var rng = Xoshiro256(seed: 2101)
        var seen = Set<String>()
        for _ in 0..<150 {
            var p = NormalParameters()
            p.sigma = 0.5 + 5 * rng.nextUnit()
            p.mu = [0, 0.9 * rng.nextUnit()][Int(rng.next() % 2)]
            p.epsBuy = 0.05 + 0.45 * rng.nextUnit()
            p.epsSell = rng.nextUnit() < 0.5 ? 1 - p.epsBuy : 0.05 + 0.45 * rng.nextUnit()
            p.cost = rng.nextUnit() < 0.3 ? rng.nextUnit() : 0
            var session = NormalSession(parameters: p)
            for _ in 0..<(1 + Int(rng.next() % 12)) {
                let order = [Order.buy, .sell, .none][Int(rng.next() % 3)]
                guard let step = try? session.apply(order, from: .unknown, strict: true) else { continue }
                let lines = NormalStepText(step: step, parameters: session.market.parameters, truthValue: 100)
                    .lines(.full).map(\.plain)
                let mean = try #require(lines.first { $0.contains("E[v] ") && $0.contains("fixed points") })
                Self.checkMove(mean, step.meanAfter - step.meanBefore, up: "E[v] rose", down: "E[v] fell")
                #expect(!mean.contains("by −") && !mean.contains("by +"), "\(mean)")
                if let s0 = step.quoteBefore.spread, let s1 = step.quoteAfter.spread {
                    let spread = try #require(lines.first { $0.contains("the spread ") })
                    Self.checkMove(spread, s1 - s0, up: "widened", down: "narrowed")
                    // The two numbers in brackets are the spreads before and after.
                    let shown = Self.numbers(spread.split(separator: "(").last ?? "")
                    #expect(shown == [Double(Format.price(s0))!, Double(Format.price(s1))!], "\(spread)")
                    seen.insert(s1 > s0 ? "wider" : (s1 < s0 ? "narrower" : "same"))
                }
                if p.mu == 0 { #expect(lines.contains { $0.contains("with μ = 0 nobody is informed") }) }
            }
        }
        #expect(seen.isSuperset(of: ["wider", "narrower"]), "\(seen)")
    }

    /// `day B S`'s Why: "TYPE: X higher, Y lower" says how the likeliest type's ln P(B,S|type) and
    /// ln π compare with each other type's, each from the step's rows.
    @Test func pinDayWhyFollowsTheRows() throws {
        var rng = Xoshiro256(seed: 2102)
        for _ in 0..<60 {
            var p = PINParameters()
            p.alpha = 0.05 + 0.9 * rng.nextUnit()
            p.delta = 0.05 + 0.9 * rng.nextUnit()
            p.mu = 1 + 80 * rng.nextUnit()
            p.epsBuy = 1 + 50 * rng.nextUnit()
            p.epsSell = 1 + 50 * rng.nextUnit()
            let day = TradingDay(buys: Int(rng.next() % 150), sells: Int(rng.next() % 150))
            let step = DayBayes(day: day, parameters: p)
            let lines = PINDayText.day(step, number: 1, parameters: p, nature: nil).map(\.plain)
            let best = step.row(step.mostLikely)
            for row in step.rows where row.type != best.type && row.prior > 0 {
                let name = PINDayText.typeName(row.type)
                let line = try #require(lines.first { $0.hasPrefix("              \(name): ") }, "\(lines)")
                let parts = line.split(separator: ":").last!.split(separator: ",")
                for (part, x) in zip(parts, [best.logLikelihood - row.logLikelihood, log(best.prior) - log(row.prior)])
                {
                    if abs(x) < 1e-12 {
                        #expect(part.contains("the same"), "\(line)")
                    } else {
                        #expect(part.contains(x > 0 ? "higher" : "lower"), "\(line)")
                        if Format.fixed(abs(x), places: 4) != "0.0000" {
                            #expect(Self.numbers(part).first == Double(Format.fixed(abs(x), places: 4)), "\(line)")
                        }
                    }
                }
            }
        }
    }

    /// Roll: "which is 2c only at gamma = ½" / "= 2c." and ", not 2c" each where gamma says so;
    /// "undefined, cov ≥ 0" only where the running covariance is not negative.
    @Test(arguments: ["0.5", "0.3", "1", "0"])
    func rollSaysWhenItsEstimateIsTwoC(gamma: String) throws {
        var shell = Interpreter.forTests()
        for line in ["model roll", "set gamma \(gamma)"] { _ = send(&shell, line) }
        let g = try #require(Double(gamma))
        let explain = send(&shell, "explain")?.plainText ?? ""
        #expect(explain.contains("= 2c.") == (g == 0.5), "\(explain)")
        #expect(explain.contains("which is 2c only at gamma = ½") == (g != 0.5), "\(explain)")
        var estimates = 0
        for _ in 0..<40 {
            let text = send(&shell, "noise")?.plainText ?? ""
            if text.contains("  Roll: ") {
                estimates += 1
                #expect(text.contains(", not 2c") == (g != 0.5), "\(text)")
            }
            if let line = text.split(separator: "\n").first(where: { $0.contains("Roll: ") }),
                line.contains("undefined, cov ≥ 0")
            {
                let cov = try #require(send(&shell, "state")?.record.fields["covariance"] ?? nil)
                #expect(cov >= 0, "\(line)")
            }
        }
        #expect(estimates > 10)
    }

    /// The inventory dealer's flow line: "(toward 0)" when E[ΔI] has the sign opposite to I,
    /// "(away from 0)" when the same, "(balanced)" at I = 0 with no drift; P(buys) and P(sells) in the
    /// line give E[ΔI] = P(sells) − P(buys).
    @Test func inventoryFlowLineFollowsItsNumbers() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model inventory")
        var rng = Xoshiro256(seed: 2103)
        var inventory = 0
        for _ in 0..<120 {
            let order = rng.next() % 2 == 0 ? "buy" : "sell"
            let reply = try #require(send(&shell, order))
            inventory += order == "buy" ? -1 : 1
            let line = try #require(reply.lines.map(\.plain).first { $0.contains("next customer:") })
            let n = Self.numbers(Substring(line))
            #expect(n.count >= 3, "\(line)")
            let (buy, sell, drift) = (n[0], n[1], n[2])
            #expect(abs(drift - (sell - buy)) <= 1e-4 + 1e-9, "\(line)")
            if inventory == 0, drift == 0 { #expect(line.hasSuffix("(balanced)"), "\(line)") }
            if drift != 0, inventory != 0 {
                #expect(line.hasSuffix((drift < 0) == (inventory > 0) ? "(toward 0)" : "(away from 0)"), "\(line)")
            }
        }
    }

    /// Kyle: the new price's printed change has the sign of λ·y (λ > 0) and is p_n − p_{n−1}.
    @Test func kylePriceMoveFollowsTheFlow() throws {
        var shell = Interpreter.forTests()
        _ = send(&shell, "model kyle")
        for flow in ["3", "-2", "0.5", "-7"] {
            let text = send(&shell, "flow \(flow)")?.plainText ?? ""
            let line = try #require(text.split(separator: "\n").first { $0.contains("new price p") })
            let n = Self.numbers(line.split(separator: "=").last ?? "")
            let y = try #require(Double(flow))
            #expect(n.count >= 2 && (n[1] > 0) == (y > 0), "\(line)")
        }
    }
}
