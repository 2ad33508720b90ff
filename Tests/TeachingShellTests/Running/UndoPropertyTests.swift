@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// `undo` against a session that never saw the orders it takes back.
struct UndoPropertyTests {
    /// The market's state as bit patterns: the belief's logarithms, every figure of both sides of
    /// the quote, the parameters and the clock. `==` on `Double` would call 0 and −0 equal.
    private struct MarketBits: Equatable, CustomStringConvertible {
        let figures: [UInt64?]
        let flags: [Bool]
        let time: Int

        init(_ market: Market) {
            let log = market.belief.logProbability
            let quote = market.quote
            let p = market.parameters
            var figures: [Double?] = [log.noEvent, log.bad, log.good, quote.expectedValue]
            var flags: [Bool] = []
            for side in [quote.bid, quote.ask] {
                figures += [side.price, side.halfSpread, side.withInformed, side.withoutInformed]
                flags += [side.isWithdrawn, side.informedTrade]
            }
            figures += [p.low, p.high, p.prior, p.mu, p.alpha, p.epsBuy, p.epsSell, p.cost, p.tolerance]
            self.figures = figures.map { $0?.bitPattern }
            self.flags = flags
            time = market.time
        }

        var description: String { "t=\(time) \(figures.map { $0.map { String(Double(bitPattern: $0)) } ?? "nil" })" }
    }

    /// One step of the reference script: an order as it took effect, or a setting that was accepted.
    private enum Step {
        case order(Order)
        case setting(Setting, restarts: Bool)
    }

    /// The commands the random scripts draw from. `undo` is listed often so that it interleaves
    /// with everything; `undo*` stands for a burst of 1 to 80 undos, so that with `run 300` the
    /// tape goes past its checkpoint spacing of 256, back below it, and past it again.
    private static let moves = [
        "buy", "sell", "pass", "informed", "noise", "run 37", "run 300", "run 300", "run 5",
        "undo", "undo", "undo", "undo*", "undo*",
        "set mu 0.2", "set mu 0.45", "set eps 0.3", "set eps_buy 0.6", "set cost 0.05", "set cost 0",
        "set tolerance 1.5", "set tolerance 0.9", "set tolerance off", "set truth low", "set truth high",
        "set alpha 0.7", "set prior 0.4", "set low 101",
    ]

    private static let restarting: Set<String> = ["set alpha 0.7", "set prior 0.4", "set low 101"]

    /// A fresh session that ran the steps, each expected to succeed (straight through `Session`,
    /// as the interpreter's `buy`/`sell`/`pass` and `set` do, without rendering every order).
    private func fresh(_ steps: [Step]) throws -> Market {
        var session = Session()
        for step in steps {
            switch step {
            case .order(let order): _ = try session.apply(order, from: .unknown, strict: true)
            case .setting(.parameter(let name, let value), _):
                _ = try session.set(try #require(ParameterName(rawValue: name)), to: value)
            case .setting(.truth(let truth), _): session.setTruth(Truth(truth))
            case .setting(let other, _): Issue.record("the scripts make no setting \(other)")
            }
        }
        return session.market
    }

    /// Over 200 seeded random scripts of orders, nature's arrivals, runs, settings (some of which
    /// restart the market) and undos, with a final stretch of undos past the opening: after every
    /// `undo`, the market (belief, quotes, parameters and clock, bit for bit) is the market of a
    /// fresh session that ran the script's accepted settings and its orders as they took effect,
    /// without the orders undone so far. An `undo` is refused exactly when no order is left since
    /// the last restart, and then it changes nothing. (Each of these breaks fails it: undo keeping
    /// the belief, the tape keeping a checkpoint it should drop, a replay under the wrong epoch.)
    @Test func undoEqualsNeverHavingTraded() throws {
        var rng = Xoshiro256(seed: 2026)
        // Undos compared, and times a tape went past a checkpoint after undos had taken it back below one.
        var compared = 0
        var recrossed = 0
        for script in 0..<200 {
            var shell = Interpreter.forTests()
            var steps: [Step] = []
            var above = false
            var droppedBelow = false
            var moves: [String] = []
            for _ in 0..<(10 + Int(rng.nextUnit() * 30)) {
                let move = Self.moves[Int(rng.nextUnit() * Double(Self.moves.count))]
                moves += move == "undo*" ? Array(repeating: "undo", count: 1 + Int(rng.nextUnit() * 80)) : [move]
            }
            moves += Array(repeating: "undo", count: Int(rng.nextUnit() * 40))
            for (position, move) in moves.enumerated() {
                let before = shell.session.binary.market
                let answer = send(&shell, move)
                let reply = try #require(answer)
                if move == "undo" {
                    let lastRestart = steps.lastIndex { if case .setting(_, true) = $0 { true } else { false } } ?? -1
                    let undone = steps.lastIndex { if case .order = $0 { true } else { false } }
                    if let undone, undone > lastRestart {
                        #expect(reply.error == nil, "script \(script): undo refused with an order on the tape")
                        steps.remove(at: undone)
                        droppedBelow =
                            droppedBelow || (above && shell.session.binary.market.time < Session.checkpointSpacing)
                    } else {
                        #expect(reply.error == .nothingToUndo(), "script \(script): undo with nothing to undo")
                        #expect(MarketBits(shell.session.binary.market) == MarketBits(before))
                        continue
                    }
                    // Inside a burst, one undo in eight is compared (each comparison replays the script).
                    let burstGoesOn = position + 1 < moves.count && moves[position + 1] == "undo"
                    if !burstGoesOn || rng.nextUnit() < 0.125 {
                        let expected = try fresh(steps)
                        #expect(
                            MarketBits(shell.session.binary.market) == MarketBits(expected),
                            "script \(script), after \(steps.count) steps")
                        compared += 1
                    }
                } else if reply.error == nil {
                    if let setting = Self.setting(try Parser.parse(Array(move.utf8))) {
                        let restarts = Self.restarting.contains(move)
                        steps.append(.setting(setting, restarts: restarts))
                        if restarts { (above, droppedBelow) = (false, false) }
                    } else {
                        // The orders as they took effect (a buy into a withdrawn ask is no trade).
                        let start = before.time
                        let end = shell.session.binary.market.time
                        if end > Session.checkpointSpacing, droppedBelow {
                            recrossed += 1
                            droppedBelow = false
                        }
                        above = above || end > Session.checkpointSpacing
                        for index in start..<end { steps.append(.order(shell.session.binary.tape[index].order)) }
                    }
                }
            }
        }
        #expect(compared > 1000, "only \(compared) undos were compared")
        #expect(
            recrossed > 5, "only \(recrossed) times did a tape go past a checkpoint after undos had taken it below one")
    }

    /// The `set` a parsed line is, if it is one.
    private static func setting(_ command: Command?) -> Setting? {
        switch command {
        case .market(.setParameter(let name, let value)): .parameter(name, value)
        case .market(.setTruth(let truth)): .truth(truth)
        case .shell(.seed(let seed)): .seed(seed)
        case .shell(.detail(let detail)): .detail(detail)
        default: nil
        }
    }
}
