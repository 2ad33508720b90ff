@testable import BinaryShell
import Foundation
import KyleModel
@testable import KyleShell
@testable import MarketModel
@testable import NormalShell
import NormalValue
@testable import ShellKit
import ShellTestSupport
import Testing

/// Every drill answer is the model's own: it equals what the shell's `buy`, `sell` or `quote`
/// shows on a market with the exercise's numbers, and (binary) the closed forms of classic
/// Glosten–Milgrom written out here.
struct DrillAnswerTests {
    /// The exercises of 120 sets of each model that has drills, every kind mixed in.
    static let sets: [DrillSet] = ModelKind.allCases.filter { !DrillKind.kinds(of: $0).isEmpty }.flatMap { model in
        (UInt64(1)...UInt64(120)).map { DrillSet(model: model, kind: nil, seed: $0, count: 5) }
    }

    /// The record of the last of `commands`, run in a fresh shell.
    private func record(after commands: [String]) throws -> Record {
        try reply(after: commands).record
    }

    /// The reply to the last of `commands`, run in a fresh shell.
    private func reply(after commands: [String]) throws -> Reply {
        var shell = Interpreter.forTests()
        var last: Reply?
        for line in commands {
            last = send(&shell, line)
            #expect(last?.error == nil, "\(line): \(last?.plainText ?? "")")
        }
        return try #require(last)
    }

    /// The record's field under its `--json` key.
    private func field(_ key: String, of record: Record) -> Any? {
        switch key {
        case "ask": record.ask
        case "bid": record.bid
        case "spread": record.spread
        case "p_high": record.pHigh
        case "p_informed": record.pInformed
        case "value": record.value
        case "price": record.price
        case "lambda": record.fields["lambda"] ?? nil
        case "pin_parameters": record.fields["pin_parameters"] ?? nil
        case "ask_closed": record.askClosed
        case "bid_closed": record.bidClosed
        default: nil
        }
    }

    /// Each exercise's answer is what the shell shows after its commands (360 sets, 1800 exercises),
    /// bit for bit, and under the key the exercise names in the `--json` record.
    @Test func answersAreWhatTheShellShows() throws {
        var kinds: Set<String> = []
        for exercise in Self.sets.flatMap(\.exercises) {
            kinds.insert("\(exercise.model.rawValue) \(exercise.kind.rawValue)")
            // Roll's covariance has no `--json` field: `explain` prints it, as Format.change writes it.
            if exercise.recordKey.isEmpty, case .number(let answer) = exercise.answer {
                let text = try reply(after: exercise.commands).plainText
                #expect(text.contains("= \(Format.change(answer));"), "\(exercise.question): \(text)")
                continue
            }
            let shown = try record(after: exercise.commands)
            #expect(shown.json.contains("\"\(exercise.recordKey)\":"))
            kinds.insert("\(exercise.model.rawValue) \(exercise.kind.rawValue)")
            switch exercise.answer {
            case .number(let answer):
                let value = try #require(field(exercise.recordKey, of: shown) as? Double, "\(exercise.recordKey)")
                #expect(answer == value, "\(exercise.question): drill \(answer), shell \(value)")
            case .yes(let answer):
                let value = try #require(field(exercise.recordKey, of: shown) as? Bool, "\(exercise.recordKey)")
                #expect(answer == value, "\(exercise.question): drill \(answer), shell \(value)")
            }
        }
        // Every kind of every model came up among the draws.
        let offered = ModelKind.allCases.flatMap { m in DrillKind.kinds(of: m).map { "\(m.rawValue) \($0.rawValue)" } }
        #expect(kinds == Set(offered))
    }

    /// The binary answers over the whole grid of round numbers, against classic GM's closed forms
    /// (α = 1, ε_b = γ, ε_s = 1 − γ): P(buy | H) = μ + (1−μ)γ, P(buy | L) = (1−μ)γ, and so on.
    @Test func binaryAnswersMatchTheClosedForms() {
        for (low, high) in BinaryExercise.values {
            for theta in BinaryExercise.priors {
                for mu in BinaryExercise.mus {
                    for gamma in BinaryExercise.gammas {
                        var p = Parameters()
                        (p.low, p.high, p.prior, p.mu, p.epsBuy, p.epsSell) = (low, high, theta, mu, gamma, 1 - gamma)
                        checkClosedForms(p)
                    }
                }
            }
        }
    }

    private func checkClosedForms(_ p: Parameters) {
        let (mu, g) = (p.mu, p.epsBuy)
        let buyH = mu + (1 - mu) * g
        let buyL = (1 - mu) * g
        let sellH = (1 - mu) * (1 - g)
        let sellL = mu + (1 - mu) * (1 - g)
        func ask(_ pi: Double) -> Double {
            (pi * buyH * p.high + (1 - pi) * buyL * p.low) / (pi * buyH + (1 - pi) * buyL)
        }
        func bid(_ pi: Double) -> Double {
            (pi * sellH * p.high + (1 - pi) * sellL * p.low) / (pi * sellH + (1 - pi) * sellL)
        }
        let theta = p.prior
        for order in [Order.buy, .sell] {
            let (lH, lL) = order == .buy ? (buyH, buyL) : (sellH, sellL)
            let evidence = theta * lH + (1 - theta) * lL
            let posterior = theta * lH / evidence
            // Informed traders buy only when V = V_H, sell only when V = V_L.
            let informed = (order == .buy ? theta : 1 - theta) * mu / evidence
            expect(.posterior, p, order, .ask, equals: posterior)
            expect(.informed, p, order, .ask, equals: informed)
            expect(.quote, p, order, .ask, equals: ask(posterior))
            expect(.quote, p, order, .bid, equals: bid(posterior))
        }
        expect(.spread, p, .buy, .ask, equals: ask(theta) - bid(theta))
        // Classic GM with θ = ½ and γ = ½ opens with spread μ·(V_H − V_L) (DESIGN §2).
        if theta == 0.5, g == 0.5 { expect(.spread, p, .buy, .ask, equals: mu * (p.high - p.low)) }
        for tolerance in BinaryExercise.tolerances {
            var q = p
            q.tolerance = tolerance
            let e = theta * p.high + (1 - theta) * p.low
            for (side, half) in [(Side.ask, ask(theta) - e), (.bid, e - bid(theta))]
            where abs(half - tolerance) > 1e-9 {
                let exercise = BinaryExercise.exercise(.withdrawn, q, order: .buy, side: side)
                #expect(exercise.answer == .yes(half > tolerance), "\(side) half \(half) τ \(tolerance)")
            }
        }
    }

    private func expect(_ kind: DrillKind, _ p: Parameters, _ order: Order, _ side: Side, equals closed: Double) {
        let exercise = BinaryExercise.exercise(kind, p, order: order, side: side)
        guard case .number(let answer) = exercise.answer else {
            Issue.record("\(kind) is a number")
            return
        }
        #expect(abs(answer - closed) <= 1e-12 * max(1, abs(closed)), "\(exercise.question) \(answer) vs \(closed)")
    }

    /// The normal answers over the whole grid of round numbers, against the closed forms of the
    /// first order at the prior: with
    /// z = (a − m)/σ, P(v > a) = 1 − Φ(z), P(I | buy) = μ(1 − Φ(z)) / (μ(1 − Φ(z)) + (1−μ)ε_b), and
    /// E[v | buy] = m + P(I | buy)·σ·λ(z) (DESIGN §7), which at the fixed point is the ask itself.
    @Test func normalAnswersMatchTheClosedForms() {
        var grid: [Exercise] = []
        for m in NormalExercise.means {
            for sigma in NormalExercise.sigmas {
                for mu in NormalExercise.mus {
                    for eps in NormalExercise.epsilons {
                        var p = NormalParameters()
                        (p.mean, p.sigma, p.mu, p.epsBuy, p.epsSell) = (m, sigma, mu, eps, eps)
                        for kind in DrillKind.kinds(of: .normal) {
                            grid += [Order.buy, .sell].map { NormalExercise.exercise(kind, p, order: $0) }
                        }
                    }
                }
            }
        }
        #expect(grid.count == 3 * 4 * 4 * 3 * 2 * 2)
        for exercise in grid where exercise.kind == .posterior {
            // The posterior question states the informed traders' piece instead of the quote: its
            // answer is E[v] + P(I | order)·(E[v | piece] − E[v]) from those numbers, with
            // P(I | order) = μ·P(piece) / (μ·P(piece) + (1−μ)·ε), to the 4 places they are stated.
            let text = exercise.setting.map(\.plain).joined(separator: " ") + " " + exercise.question
            func number(after label: String) -> Double? {
                guard let range = text.range(of: label) else { return nil }
                let digits = text[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "-" }
                return Double(digits.hasSuffix(".") ? digits.dropLast() : digits)
            }
            let buy = exercise.question.contains("A buy")
            let piece = buy ? "v > a" : "v < b"
            guard let m = number(after: "m = "), let mu = number(after: "μ = "), let eps = number(after: "ε_b = "),
                let share = number(after: "P(\(piece)) = "), let pieceMean = number(after: "E[v | \(piece)] = "),
                case .number(let answer) = exercise.answer
            else {
                Issue.record("a posterior exercise without its numbers: \(text)")
                continue
            }
            #expect(!text.contains("quotes bid"), "the quote is the answer, so it is not given")
            let pInformed = mu * share / (mu * share + (1 - mu) * eps)
            #expect(abs(answer - (m + pInformed * (pieceMean - m))) < 1e-3, "\(text): \(answer)")
        }
        for exercise in grid where exercise.kind != .posterior {
            guard let numbers = NormalNumbers(exercise) else {
                Issue.record("no quotes in \(exercise.setting.map(\.plain))")
                continue
            }
            let buy = exercise.question.contains("A buy")
            let z = buy ? (numbers.ask - numbers.m) / numbers.sigma : (numbers.bid - numbers.m) / numbers.sigma
            let tail = buy ? 0.5 * erfc(z / 2.0.squareRoot()) : 0.5 * erfc(-z / 2.0.squareRoot())
            let density = exp(-z * z / 2) / (2 * Double.pi).squareRoot()
            let pInformed = numbers.mu * tail / (numbers.mu * tail + (1 - numbers.mu) * numbers.eps)
            let mean = numbers.m + (buy ? 1 : -1) * pInformed * numbers.sigma * density / tail
            guard case .number(let answer) = exercise.answer else { continue }
            // The quotes in the question are printed to 4 places, so the check allows for that.
            let closed = exercise.kind == .informed ? pInformed : mean
            #expect(abs(answer - closed) < 1e-3, "\(exercise.question): \(answer) vs \(closed)")
            if exercise.kind == .posterior {
                #expect(abs(answer - (buy ? numbers.ask : numbers.bid)) < 1e-4, "E[v | order] is the quote met")
            }
        }
    }
}

extension DrillAnswerTests {
    /// Kyle over the whole grid of round numbers: the one-shot λ = σ_v/(2σ_u) (DESIGN §7), and the
    /// price after a flow p₁ = p₀ + λ₁·y₁, with λ₁ the one-shot closed form at N = 1 and, with
    /// several auctions, the λ₁ the question states (to 4 places).
    @Test func kyleAnswersMatchTheClosedForms() throws {
        var checked = 0
        for mean in KyleExercise.means {
            for sigma in KyleExercise.sigmas {
                for noise in KyleExercise.noiseSDs {
                    let oneShot = sigma / (2 * noise)
                    #expect(oneShot >= 0.1, "λ is at least ten times the tolerance")
                    let lambda = KyleExercise.exercise(
                        .lambda, KyleParameters(mean: mean, sigma: sigma, noiseSD: noise, auctions: 1), flow: 10)
                    #expect(lambda.answer.closeTo(oneShot, within: 1e-12), "\(lambda.setting.map(\.plain))")
                    for auctions in KyleExercise.auctionCounts {
                        let p = KyleParameters(mean: mean, sigma: sigma, noiseSD: noise, auctions: auctions)
                        for flow in KyleExercise.flows {
                            let exercise = KyleExercise.exercise(.price, p, flow: flow)
                            let text = exercise.setting.map(\.plain).joined(separator: " ")
                            if auctions == 1 {
                                #expect(exercise.answer.closeTo(mean + oneShot * flow, within: 1e-12), "\(text)")
                            } else {
                                let stated = try #require(
                                    text.range(of: "λ₁ = ").flatMap { Double(text[$0.upperBound...].prefix(6)) })
                                #expect(
                                    exercise.answer.closeTo(mean + stated * flow, within: 0.00005 * abs(flow) + 1e-9))
                            }
                            checked += 1
                        }
                    }
                }
            }
        }
        #expect(checked == 3 * 3 * 4 * 3 * 8)
    }
}

extension DrillValue {
    /// Whether a number answer is within `tolerance` of `x`.
    func closeTo(_ x: Double, within tolerance: Double) -> Bool {
        guard case .number(let value) = self else { return false }
        return abs(value - x) <= tolerance * max(1, abs(x))
    }
}

/// The numbers a normal exercise states, read back from its setting lines.
private struct NormalNumbers {
    let m, sigma, mu, eps, bid, ask: Double

    init?(_ exercise: Exercise) {
        let text = exercise.setting.map(\.plain).joined(separator: " ")
        func number(after label: String) -> Double? {
            guard let range = text.range(of: label) else { return nil }
            let rest = text[range.upperBound...].prefix { $0.isNumber || $0 == "." || $0 == "-" }
            return Double(rest)
        }
        guard let m = number(after: "m = "), let sigma = number(after: "σ = "), let mu = number(after: "μ = "),
            let eps = number(after: "ε_b = "), let bid = number(after: "quotes bid "),
            let ask = number(after: "and ask ")
        else { return nil }
        (self.m, self.sigma, self.mu, self.eps, self.bid, self.ask) = (m, sigma, mu, eps, bid, ask)
    }
}
