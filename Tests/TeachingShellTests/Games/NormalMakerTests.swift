import Foundation
import MarketCore
import ModelTestSupport
@testable import NormalShell
import NormalValue
@testable import ShellKit
import Testing

/// The maker game under the normal-value model, played by strategies over many seeds.
@Suite struct NormalMakerTests {
    private func play(
        _ rule: MakerRule, _ parameters: NormalParameters, participation: Participation, rounds: Int, seed: UInt64,
        strategy: (TwoSided) -> TwoSided
    ) -> Double {
        var rng = Xoshiro256(seed: seed)
        let market = NormalMaker(parameters, participation: participation, using: &rng)
        var request = MakerRequest()
        request.rule = rule
        request.rounds = rounds
        var game = MakerGame(request, seed: seed, rng: rng, market: market)
        while !game.isOver {
            guard case .success = game.play(strategy(game.computerQuote)) else {
                Issue.record("a strategy's quotes were refused")
                break
            }
        }
        return game.you.profit
    }

    @Test func theBayesianQuotesBreakEvenAndTighterOnesLose() {
        let p = NormalParameters()
        var same: [Double] = []
        var tighter: [Double] = []
        for seed in UInt64(1)...500 {
            same.append(play(.compete, p, participation: .inelastic, rounds: 12, seed: seed) { $0 })
            tighter.append(
                play(.compete, p, participation: .inelastic, rounds: 12, seed: seed) { q in
                    guard let bid = q.bid, let ask = q.ask else { return q }
                    let d = min(0.3, (ask - bid) / 3)
                    return TwoSided(bid: bid + d, ask: ask - d)
                })
        }
        let (m0, se0) = meanAndStandardError(same)
        let (m1, se1) = meanAndStandardError(tighter)
        #expect(abs(m0) < 4 * se0, "the zero-profit quotes: \(m0) ± \(se0)")
        #expect(m1 + 4 * se1 < 0, "tighter: \(m1) ± \(se1)")
    }

    @Test func theMonopolistBeatsShiftedQuotes() {
        var p = NormalParameters()
        p.elastic = .constant(8)
        var tighter: [Double] = []
        var wider: [Double] = []
        for seed in UInt64(1)...300 {
            let best = play(.monopoly, p, participation: .elastic(8), rounds: 10, seed: seed) { $0 }
            let t = play(.monopoly, p, participation: .elastic(8), rounds: 10, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 + 1.5 }, ask: q.ask.map { $0 - 1.5 })
            }
            let w = play(.monopoly, p, participation: .elastic(8), rounds: 10, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 - 1.5 }, ask: q.ask.map { $0 + 1.5 })
            }
            tighter.append(best - t)
            wider.append(best - w)
        }
        let (t, tse) = meanAndStandardError(tighter)
        let (w, wse) = meanAndStandardError(wider)
        #expect(t > 4 * tse, "best − tighter: \(t) ± \(tse)")
        #expect(w > 4 * wse, "best − wider: \(w) ± \(wse)")
    }

    @Test func theMonopolyAskAgainstADirectSearch() throws {
        // The opening ask maximises μ·P(v > a)·(a − E[v | v > a]) + (1−μ)·ε_b·(1 − (a − m)/C)·(a − m),
        // with P(v > a)·E[v | v > a] = P(v > a)·m + σ·φ(z) for v ~ N(m, σ²): checked on a fine grid.
        var p = NormalParameters()
        p.elastic = .constant(8)
        var rng = Xoshiro256(seed: 1)
        let market = NormalMaker(p, participation: .elastic(8), using: &rng)
        let ask = try #require(market.computerQuote(.monopoly).ask)
        func phi(_ z: Double) -> Double { exp(-z * z / 2) / (2 * Double.pi).squareRoot() }
        func profit(_ a: Double) -> Double {
            let z = (a - 100) / 4
            let above = 0.5 * erfc(z / 2.squareRoot())
            let informed = above * (a - 100) - 4 * phi(z)
            return 0.3 * informed + 0.7 * 0.5 * max(0, 1 - (a - 100) / 8) * (a - 100)
        }
        let grid = (0...80_000).map { 100 + Double($0) * 1e-4 }
        let best = try #require(grid.max { profit($0) < profit($1) })
        #expect(abs(ask - best) < 1e-3, "ask \(ask), grid \(best)")
    }
}
