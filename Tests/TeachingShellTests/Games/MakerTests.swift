@testable import BinaryShell
import MarketCore
import MarketModel
import ModelTestSupport
@testable import ShellKit
import ShellTestSupport
import Testing

/// The maker game's economics, played by strategies over many seeds.
@Suite struct MakerTests {
    /// A game of `rounds` under `parameters`, with the learner quoting `strategy` of the computer's
    /// quotes each round; returns the learner's P&L and the number of orders.
    private func play(
        _ rule: MakerRule, _ parameters: Parameters, participation: Participation, rounds: Int, seed: UInt64,
        strategy: (TwoSided) -> TwoSided
    ) -> (profit: Double, computer: Double, orders: Int) {
        var rng = Xoshiro256(seed: seed)
        let market = BinaryMaker(parameters, participation: participation, using: &rng)
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
        return (game.you.profit, game.computer.profit, game.rounds.filter { $0.order != .none }.count)
    }

    @Test func theBayesianQuotesBreakEvenAndTighterOnesLose() {
        // ε_b + ε_s = 1: every arrival trades, so a game of R rounds has R orders.
        var p = Parameters()
        p.mu = 0.3
        let rounds = 30
        let delta = 0.25
        var same: [Double] = []
        var tighter: [Double] = []
        var surprise: [Double] = []
        for seed in UInt64(1)...1500 {
            same.append(play(.compete, p, participation: .inelastic, rounds: rounds, seed: seed) { $0 }.profit)
            // Tighter by δ on each side, or by a third of the spread once the spread is under 3δ (so
            // the quotes never cross); `shift` adds up the amounts given away, one per order.
            var shift = 0.0
            let profit = play(.compete, p, participation: .inelastic, rounds: rounds, seed: seed) { q in
                guard let bid = q.bid, let ask = q.ask else { return q }
                let d = min(delta, (ask - bid) / 3)
                shift += d
                return TwoSided(bid: bid + d, ask: ask - d)
            }.profit
            tighter.append(profit)
            surprise.append(profit + shift)
        }
        let (m0, se0) = meanAndStandardError(same)
        #expect(abs(m0) < 4 * se0, "quoting the zero-profit quotes: mean \(m0) ± \(se0)")
        // Tighter wins every order at a price d worse than E[V | order] (informed traders still trade
        // at it, so the order flow and the beliefs are the Bayesian market maker's), so she expects
        // −d an order: the P&L plus what she gave away has mean zero, and the P&L is negative.
        let (m1, se1) = meanAndStandardError(tighter)
        let (m2, se2) = meanAndStandardError(surprise)
        #expect(abs(m2) < 4 * se2, "tighter: P&L + the shifts: mean \(m2) ± \(se2)")
        #expect(m1 + 4 * se1 < 0, "tighter: mean \(m1) ± \(se1)")
    }

    @Test func aTieIsSharedAndTheComputerEarnsTheOtherHalf() {
        let p = Parameters()
        for seed in UInt64(1)...50 {
            let r = play(.compete, p, participation: .inelastic, rounds: 10, seed: seed) { $0 }
            #expect(abs(r.profit - r.computer) < 1e-9)
        }
    }

    @Test func theMonopolistsQuotesBeatTighterAndWiderOnes() {
        var p = Parameters()
        p.mu = 0.2
        p.tolerance = 1.5
        let rounds = 20
        let delta = 0.5
        var tighterGap: [Double] = []
        var widerGap: [Double] = []
        for seed in UInt64(1)...600 {
            let best = play(.monopoly, p, participation: .tolerance(1.5), rounds: rounds, seed: seed) { $0 }.profit
            let tighter = play(.monopoly, p, participation: .tolerance(1.5), rounds: rounds, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 + delta }, ask: q.ask.map { $0 - delta })
            }.profit
            let wider = play(.monopoly, p, participation: .tolerance(1.5), rounds: rounds, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 - delta }, ask: q.ask.map { $0 + delta })
            }.profit
            tighterGap.append(best - tighter)
            widerGap.append(best - wider)
        }
        let (t, tse) = meanAndStandardError(tighterGap)
        let (w, wse) = meanAndStandardError(widerGap)
        #expect(t > 4 * tse, "best − tighter: \(t) ± \(tse)")
        #expect(w > 4 * wse, "best − wider: \(w) ± \(wse)")
    }

    @Test func theMonopolyAskUnderATolerance() {
        // With the tolerance τ every uninformed buyer pays up to E[V] + τ and the profit rises with
        // the ask below it, so the best ask is E[V] + τ when that earns more than nothing:
        // at the opening (π_G = ½, E = 100), (1−μ)ε_b·τ − μ·π_G·(V_H − E − τ) = 0.4·1.5 − 0.1·2.5 > 0.
        var p = Parameters()
        p.mu = 0.2
        p.tolerance = 1.5
        var rng = Xoshiro256(seed: 1)
        let market = BinaryMaker(p, participation: .tolerance(1.5), using: &rng)
        let q = market.computerQuote(.monopoly)
        #expect(abs((q.ask ?? 0) - 101.5) < 1e-6)
        #expect(abs((q.bid ?? 0) - 98.5) < 1e-6)
    }

    @Test func theMonopolyAskUnderElasticDemandIsCopelandGalaisInterior() {
        // α = 1, π = ½, E = 100, C = 4: with x = a − E, the ask earns
        // Π(x) = −μ·½·(V_H − E − x) + ε_b(1 − μ)(x − x²/C), largest at x* = (C/2)(1 + μ/(2ε_b(1 − μ))),
        // which is 2.5 for μ = 0.2, ε_b = ½ (inside [0, V_H − E) and below C; Π(x*) = 0.225 > 0 = Π at V_H).
        var p = Parameters()
        p.mu = 0.2
        var rng = Xoshiro256(seed: 1)
        let market = BinaryMaker(p, participation: .elastic(4), using: &rng)
        let q = market.computerQuote(.monopoly)
        let x = 4.0 / 2 * (1 + 0.2 / (2 * 0.5 * 0.8))
        #expect(abs((q.ask ?? 0) - (100 + x)) < 1e-9)
        #expect(abs((q.bid ?? 0) - (100 - x)) < 1e-9)
    }

    @Test func theMonopolistBeatsShiftedQuotesUnderElasticDemand() {
        var p = Parameters()
        p.mu = 0.2
        var tighter: [Double] = []
        var wider: [Double] = []
        for seed in UInt64(1)...600 {
            let best = play(.monopoly, p, participation: .elastic(4), rounds: 20, seed: seed) { $0 }.profit
            let t = play(.monopoly, p, participation: .elastic(4), rounds: 20, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 + 0.75 }, ask: q.ask.map { $0 - 0.75 })
            }.profit
            let w = play(.monopoly, p, participation: .elastic(4), rounds: 20, seed: seed) { q in
                TwoSided(bid: q.bid.map { $0 - 0.75 }, ask: q.ask.map { $0 + 0.75 })
            }.profit
            tighter.append(best - t)
            wider.append(best - w)
        }
        let (t, tse) = meanAndStandardError(tighter)
        let (w, wse) = meanAndStandardError(wider)
        #expect(t > 4 * tse, "best − tighter: \(t) ± \(tse)")
        #expect(w > 4 * wse, "best − wider: \(w) ± \(wse)")
    }

    @Test func typedQuotesTieTheMarketMakersPrintedOnes() {
        // The opening quotes print as 98.8 | 101.2 but are computed to the last bit; typed, they tie.
        var shell = Interpreter.forTests()
        _ = send(&shell, "maker compete rounds 1 seed 7")
        let reply = send(&shell, "98.8 101.2")
        #expect(reply?.plainText.contains("a tie at") == true, "\(reply?.plainText ?? "")")
    }

    @Test func crossedAndGivingAwayQuotesAreRefused() {
        var rng = Xoshiro256(seed: 1)
        let market = BinaryMaker(Parameters(), participation: .inelastic, using: &rng)
        #expect(market.refusal(of: TwoSided(bid: 101, ask: 100))?.contains("crossed") == true)
        #expect(market.refusal(of: TwoSided(bid: 95, ask: 95.5)) != nil)
        #expect(market.refusal(of: TwoSided(bid: 99, ask: 101)) == nil)
        #expect(market.refusal(of: TwoSided(bid: nil, ask: 101)) == nil)
    }

    @Test func theShellPlaysAGameAndLeavesTheMarketAlone() {
        var shell = Interpreter.forTests()
        let before = shell.session.model.clock
        _ = send(&shell, "maker compete rounds 2 seed 7")
        let refused = send(&shell, "101 100")
        #expect(refused?.error != nil)
        let first = send(&shell, "99 101")
        #expect(first?.error == nil)
        #expect(first?.plainText.contains("round 1 of 2") == true)
        let last = send(&shell, "quote 99.5 100.5")
        #expect(last?.plainText.contains("game over after 2 rounds") == true)
        #expect(last?.record.json.contains("\"kind\":\"maker_round\"") == true)
        #expect(shell.gameStatus == nil)
        #expect(shell.session.model.clock == before)
        // Without a game, two numbers are not a command.
        #expect(send(&shell, "99 101")?.error != nil)
    }

    @Test func monopolyWithoutAPriceResponseIsRefused() {
        var shell = Interpreter.forTests()
        let reply = send(&shell, "maker monopoly")
        #expect(reply?.error == .makerNeedsPriceResponse(how: "set elastic C (or value), or set tolerance T, first"))
        #expect(shell.gameStatus == nil)
    }
}
