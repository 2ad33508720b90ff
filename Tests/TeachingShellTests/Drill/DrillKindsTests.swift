@testable import BinaryShell
import DealerModels
@testable import InventoryShell
import PINModel
@testable import PINShell
@testable import RollShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// Issue 22.24–25: a mixed set holds every kind it says it holds, Kyle's λ is worked from the
/// recursion to σ_v/(2σ_u), answers take arithmetic, and a right answer's solution is shown on request.
@Suite struct DrillKindsTests {
    @Test(arguments: [ModelKind.binary, .normal, .kyle])
    func aMixedSetAsLongAsTheKindsHoldsEveryKind(model: ModelKind) {
        let kinds = DrillKind.kinds(of: model)
        for seed in UInt64(1)...60 {
            let set = DrillSet(model: model, kind: nil, seed: seed, count: 5)
            #expect(Set(set.exercises.map(\.kind)) == Set(kinds), "seed \(seed)")
            #expect(set.kindsText.hasPrefix("every kind ("))
        }
        // Shorter than the list of kinds: it says mixed, not every.
        if kinds.count > 1 {
            #expect(DrillSet(model: model, kind: nil, seed: 1, count: 1).kindsText.hasPrefix("mixed kinds ("))
        }
    }

    @Test func theOpeningLineSaysWhatTheSetHolds() throws {
        var shell = Interpreter.forTests()
        let start = try #require(send(&shell, "drill seed 1 count 5")).plainText
        #expect(start.contains("5 binary-model exercises of every kind (posterior, quote, informed, spread, withdrawn)"))
    }

    @Test func kylesLambdaIsWorkedFromTheRecursionToTheClosedForm() throws {
        for seed in UInt64(1)...20 {
            let exercise = try #require(DrillSet(model: .kyle, kind: .lambda, seed: seed, count: 1).exercises.first)
            let text = exercise.steps.flatMap { $0 }.map(\.plain).joined(separator: "\n")
            let setting = exercise.setting.map(\.plain).joined()
            // σ_v and σ_u as the setting states them; λ = σ_v/(2σ_u) (Kyle 1985, one auction).
            func number(after label: String) -> Double? {
                guard let r = setting.range(of: label) else { return nil }
                return Double(setting[r.upperBound...].prefix { $0.isNumber || $0 == "." })
            }
            let sv = try #require(number(after: "σ_v = "))
            let su = try #require(number(after: "σ_u = "))
            #expect(text.contains("α₁ = 0"))
            #expect(text.contains("λ = σ_v/(2σ_u) = \(Format.number(sv))/(2 × \(Format.number(su))) = \(Format.price(sv / (2 * su)))"), "\(text)")
            // The first step does not use λ₁'s value to find λ₁.
            #expect(!exercise.steps[0].map(\.plain).joined().contains(Format.price(sv / (2 * su))))
        }
    }

    @Test func anAnswerTypedAsArithmeticIsReadAndTheSolutionShowsOnRequest() throws {
        var shell = Interpreter.forTests()
        let exercise = try #require(DrillSet(model: .binary, kind: .spread, seed: 2, count: 2).exercises.first)
        guard case .number(let answer) = exercise.answer else {
            Issue.record("a spread is a number")
            return
        }
        _ = send(&shell, "drill spread seed 2 count 2")
        // The answer as a sum of two parts, each to 6 places: within the ±0.01 tolerance.
        let half = (answer / 2 * 1e6).rounded() / 1e6
        let typed = "\(half)+\(half)"
        let right = try #require(send(&shell, typed))
        #expect(right.plainText.hasPrefix("right: "), "\(typed): \(right.plainText)")
        let solution = try #require(send(&shell, "solution")).plainText
        #expect(solution.contains("the worked solution:") && solution.contains("answer: \(exercise.answerSentence)"))
        #expect(solution.contains("Enter shows exercise 2 of 2"))
        #expect(shell.drillPrompt == "[drill 2/2] Enter> ")
    }
}

/// The drills of Roll, the inventory dealer and PIN against closed forms written out here.
@Suite struct DealerAndPINDrillTests {
    @Test func rollsCovarianceIsMinusCSquaredTimesTheSignVariance() {
        for c in RollExercise.halfSpreads {
            for gamma in RollExercise.gammas {
                var p = RollParameters()
                (p.halfSpread, p.gamma) = (c, gamma)
                let exercise = RollExercise.exercise(.covariance, p)
                // Var(q) = 1 − (2γ − 1)² = 4γ(1−γ) for q = ±1 with P(+1) = γ.
                let closed = -c * c * (1 - (2 * gamma - 1) * (2 * gamma - 1))
                guard case .number(let answer) = exercise.answer else { continue }
                #expect(abs(answer - closed) < 1e-12, "c \(c), γ \(gamma)")
                #expect(abs(answer) > 3 * Exercise.tolerance, "a zero answer is not accepted")
            }
        }
    }

    @Test func theDealersQuoteIsVMinusAsigmaSquaredIPlusOrMinusS() {
        for (orders, inventory) in [([TradeSign.buy, .buy, .sell], -1), ([.sell, .sell, .sell], 3), ([.buy, .sell, .sell], 1)] {
            var p = InventoryParameters()
            (p.mean, p.risk, p.sigma, p.halfSpread) = (50, 0.2, 2, 0.25)
            for side in ["ask", "bid"] {
                let exercise = InventoryExercise.exercise(.quote, p, orders: orders, side: side)
                // r = v − A·σ²·I = 50 − 0.8·I; ask = r + 0.25, bid = r − 0.25.
                let r = 50 - 0.8 * Double(inventory)
                let closed = side == "ask" ? r + 0.25 : r - 0.25
                guard case .number(let answer) = exercise.answer else { continue }
                #expect(abs(answer - closed) < 1e-12, "\(orders) \(side)")
                #expect(exercise.steps.count == 3 && exercise.steps[0].count == orders.count)
            }
        }
    }

    @Test func pinIsAlphaMuOverAllArrivals() {
        var p = PINParameters()
        (p.alpha, p.mu, p.epsBuy, p.epsSell) = (0.2, 40, 20, 30)
        let exercise = PINExercise.exercise(.pin, p)
        // αμ = 8 of 8 + 20 + 30 = 58 arrivals a day.
        #expect(exercise.answer == .number(8.0 / 58.0) || abs((exercise.answer.number ?? 0) - 8.0 / 58.0) < 1e-15)
        #expect(exercise.steps.flatMap { $0 }.map(\.plain).joined().contains("= 8/58 = 0.1379"))
        #expect(exercise.isProbability)
    }
}

extension DrillValue {
    fileprivate var number: Double? {
        if case .number(let x) = self { return x }
        return nil
    }
}
