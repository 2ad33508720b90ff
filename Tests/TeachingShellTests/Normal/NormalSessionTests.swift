import Foundation
@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// The normal session's tape: undo puts back the posterior bit for bit, reset then run repeats
/// exactly, and a run stops at convergence with its sentence.
struct NormalSessionTests {
    /// Random scripts of typed orders, informed and noise arrivals and changes of μ, then undo all
    /// the way back: each undo restores the posterior (every stored field, `Equatable`) and clock
    /// exactly as they were before that order. 520 orders cross checkpoints.
    @Test(arguments: [1, 2, 3] as [UInt64])
    func undoRestoresBitForBit(seed: UInt64) throws {
        var s = NormalSession()
        _ = try s.set(.eps, to: 0.4)
        var rng = Xoshiro256(seed: seed)
        var before: [(NormalPosterior, Int)] = []
        for _ in 0..<520 {
            let roll = rng.nextUnit()
            if roll < 0.05 {
                _ = try s.set(.mu, to: 0.1 + 0.5 * rng.nextUnit())
                continue
            }
            before.append((s.market.posterior, s.market.time))
            switch roll {
            case ..<0.35: _ = try s.apply(.buy, from: .unknown, strict: true)
            case ..<0.6: _ = try s.apply(.sell, from: .unknown, strict: true)
            case ..<0.7: _ = try s.apply(.none, from: .unknown, strict: true)
            case ..<0.85: _ = try s.informed()
            default: _ = try s.noise()
            }
            #expect(s.periods == before.count)
        }
        #expect(s.periods == before.count)
        #expect(s.tape.checkpointCount >= 2)
        while let (posterior, time) = before.popLast() {
            _ = try s.undo()
            #expect(s.market.posterior == posterior)
            #expect(s.market.time == time)
        }
        #expect(throws: NormalSessionError.nothingToUndo) { _ = try s.undo() }
    }

    /// The step replayed from the tape is the step that updated the market, bit for bit.
    @Test func replayedStepsAreTheOriginals() throws {
        var s = NormalSession()
        var steps: [NormalBayesStep] = []
        for _ in 0..<600 { steps.append(try s.natureStep()) }
        for index in [0, 1, 255, 256, 257, 511, 599] { #expect(s.step(at: index) == steps[index]) }
    }

    /// Issue 23.4: `set mu 0.001; run 3000` holds its belief in a tree of cells (≈ 100 breaks, many
    /// checkpoints apart); every step replayed from a checkpoint is the step that updated the market,
    /// and undo over 700 periods puts back each posterior bit for bit.
    @Test func fewInformedTapeReplaysAndUndoesBitForBit() throws {
        var s = NormalSession()
        _ = try s.set(.mu, to: 0.001)
        var steps: [NormalBayesStep] = []
        var posteriors: [NormalPosterior] = []
        for t in 0..<3_000 {
            if t >= 2_300 { posteriors.append(s.market.posterior) }
            steps.append(try s.natureStep())
        }
        #expect(s.market.posterior.breakCount > 20)
        #expect(s.tape.checkpointCount >= 5)
        for index in [0, 255, 256, 257, 1_000, 2_047, 2_048, 2_299, 2_999] { #expect(s.step(at: index) == steps[index]) }
        while let posterior = posteriors.popLast() {
            _ = try s.undo()
            #expect(s.market.posterior == posterior)
            #expect(s.market.quote == steps[s.periods].quoteBefore)
        }
        #expect(s.periods == 2_300)
    }

    /// `reset` then `run N` repeats the same v and the same tape; so does a new seed set at t = 0.
    @Test func resetThenRunRepeats() throws {
        var s = NormalSession()
        _ = try s.set(.mu, to: 0.4)
        let v = s.trueValue
        let first = s.run(150) { false }
        let rows = (0..<first.steps).compactMap { s.step(at: $0) }
        s.reset()
        #expect(s.trueValue == v && s.periods == 0)
        let second = s.run(150) { false }
        #expect(first.steps > 100 && second.steps == first.steps && second.error == first.error)
        #expect((0..<second.steps).compactMap { s.step(at: $0) } == rows)
        // v is the first draw of the reseeded generator: m + σ·Z by Box–Muller, written out here.
        var rng = Xoshiro256(seed: defaultSeed)
        let u1 = 1 - rng.nextUnit()
        let u2 = rng.nextUnit()
        #expect(v == 100 + 4 * (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2))
    }

    /// With μ = 0.9 informed trading bisects toward v and the belief reaches the spacing of Doubles:
    /// the run stops there, says why, and keeps every period it ran.
    @Test func runStopsAtConvergence() throws {
        var s = NormalSession()
        _ = try s.set(.mu, to: 0.9)
        s.setTruth(.value(113.3))
        let result = s.run(100_000) { false }
        #expect(
            result.error
                == .converged(result.error.map { if case .converged(let o) = $0 { o } else { .none } } ?? .none))
        #expect(result.steps < 100_000)
        #expect(s.periods == result.steps)
        #expect(s.market.hasConverged)
        let text = NormalRunText(result: result, session: s).lines.map(\.plain)
        #expect(text.contains("stopped at t = \(result.steps) after \(result.steps) of 100000 periods: the market"))
        #expect(text.contains("maker has learnt v to the precision of a Double (bid = ask within a few ulps),"))
        let a = try #require(s.market.quote.ask.price)
        #expect(abs(a - 113.3) <= 1e-12 * 113.3)
        for line in text { #expect(line.count <= 80, "\(line)") }
    }

    /// explain, state, history and run at full detail fit 80 columns.
    @Test func lookingTextsFitEightyColumns() throws {
        var s = NormalSession()
        _ = s.run(40) { false }
        var lines = NormalExplainText(market: s.market).lines + NormalStateText(session: s).lines
        lines +=
            s.history(20)
            + NormalRunText(result: s.run(30) { false }, session: s).lines
        for line in lines { #expect(line.plain.count <= 80, "\(line.plain.count): \(line.plain)") }
    }
}
