@testable import BinaryShell
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// `simulate` from the shell: arguments, what it reports, and that the answer does not depend on threads.
struct SimulateTests {
    private func text(_ line: String) -> String {
        var shell = Interpreter.forTests()
        return printed(&shell, line)
    }

    @Test func arguments() throws {
        var request = SimulationRequest()
        request.sessions = 50
        request.trades = 30
        request.truth = .state("low")
        request.seed = 7
        request.distance = 0.5
        #expect(
            try Parser.parse(Array("simulate sessions 50 trades 30 truth low seed 7 distance 0.5".utf8))
                == .market(.simulate(request)))
        let usage =
            "; usage simulate [sessions M] [trades N] [truth high|low|none|drawn] [seed S] [distance D] [threads T]"
        for (line, problem) in [
            ("simulate sessions 0", "sessions takes a whole number from 1 to 100000000, not '0'"),
            ("simulate truth up", "truth takes high, low, none or drawn, not 'up'"),
            ("simulate sessions 100000000 trades 1000", "sessions × trades is at most 10^10 arrivals in one study"),
        ] {
            #expect(throws: ShellError.self) { try Parser.parse(Array(line.utf8)) }
            do { _ = try Parser.parse(Array(line.utf8)) } catch {
                #expect(error.message == "simulate: " + problem + usage)
            }
        }
    }

    /// The opening spread of every session is μ·ΔV = 0.3·8 = 2.4 (defaults θ = γ = ½), and after one
    /// arrival every session has traded once, so the spread is 2.2018 whichever way (a buy or a sell
    /// from θ = ½ gives the same spread by symmetry: (0.65²·104 + 0.35²·96)/0.545 − 100 = 1.0018, +1.2).
    @Test func reportsTheStudy() {
        let output = text("simulate sessions 300 trades 60 seed 5")
        #expect(output.contains("simulate: 300 sessions × 60 arrivals = 18000 arrivals"))
        #expect(output.contains("  0       2.4000     2.4000     2.4000     2.4000     0.0%"))
        #expect(output.contains("  1       2.2018"))
        for heading in ["Price discovery", "The market maker's profit, against the true value", "Roll's estimator"] {
            #expect(output.contains(heading))
        }
    }

    @Test func threadsDoNotChangeTheAnswer() {
        #expect(
            text("simulate sessions 400 trades 50 seed 3 threads 1")
                == text("simulate sessions 400 trades 50 seed 3 threads 2")
                .replacingOccurrences(of: "threads 2", with: "threads 1"))
    }

    @Test func doesNotTouchTheMarket() {
        var shell = Interpreter.forTests()
        _ = send(&shell, "buy")
        let before = shell.session.binary.market
        _ = send(&shell, "simulate sessions 10 trades 10")
        #expect(shell.session.binary.market == before)
    }
}
