@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// The compact tape: every belief it recomputes is bit for bit the one the market had.
struct TapeTests {
    /// Random sessions — typed orders, nature's arrivals, runs longer than a checkpoint spacing,
    /// and μ, ε, cost, tolerance and truth changed mid-tape — undone to the opening: each `undo`
    /// puts back exactly the belief the market had at that time (recorded as it went), and each
    /// replayed step's posterior is that belief too.
    @Test func undoWalksBackBitForBit() throws {
        var rng = Xoshiro256(seed: 77)
        let moves = [
            "buy", "sell", "pass", "noise", "informed", "run 300", "run 7", "set mu 0.45", "set mu 0.2",
            "set eps 0.3", "set cost 0.05", "set tolerance 1.5", "set tolerance off", "set truth low", "set truth high",
        ]
        for round in 0..<12 {
            var shell = Interpreter.forTests()
            _ = send(&shell, "set alpha 0.7")
            _ = send(&shell, "set seed \(round)")
            _ = send(&shell, "run 300")
            // The belief the live market had at each time a command left it at.
            var seen = [shell.session.binary.market.time: shell.session.binary.market.belief]
            for _ in 0..<40 {
                let move = moves[Int(rng.nextUnit() * Double(moves.count))]
                guard let reply = send(&shell, move), reply.error == nil else { continue }
                seen[shell.session.binary.market.time] = shell.session.binary.market.belief
            }
            let time = shell.session.binary.market.time
            #expect(time > Session.checkpointSpacing, "round \(round) should cross a checkpoint")
            #expect(shell.session.binary.periods == time)
            #expect(shell.session.binary.step(at: time - 1)?.posterior == shell.session.binary.market.belief)
            for t in stride(from: time, to: 0, by: -1) {
                #expect(send(&shell, "undo")?.error == nil)
                #expect(shell.session.binary.market.time == t - 1)
                if let belief = seen[t - 1] {
                    #expect(shell.session.binary.market.belief == belief, "round \(round), undo to t = \(t - 1)")
                }
            }
            #expect(shell.session.binary.market.belief == Belief(opening: shell.session.binary.market.parameters))
            #expect(send(&shell, "undo")?.error == .nothingToUndo())
        }
    }
}
