import Foundation
import ShellKit
import ShellTestSupport
import Synchronization
import Testing

@testable import ClassRoom

/// `class open` and `class start` carry the teacher's shell's model and settings to the class.
@Suite struct TeachersMarketTests {
    /// A shell whose `class` console keeps what it was sent.
    final class Console: Sendable {
        let sent = Mutex<[ClassCommand]>([])
        func install(in shell: inout Interpreter) {
            shell.classConsole = { [self] command in
                sent.withLock { $0.append(command) }
                return []
            }
        }
        var last: ClassCommand? { sent.withLock { $0.last } }
    }

    @Test func startCarriesTheModelAndEverySetSinceIt() throws {
        var shell = Interpreter.forTests()
        let console = Console()
        console.install(in: &shell)
        for line in ["set mu 0.2", "model normal", "set mu 0.5", "buy", "set eps 0.4", "sell", "undo", "reset", "class start makers rounds 2"] {
            try requireReply(&shell, line)
        }
        let market = ClassMarket(model: "normal", settings: [.init(name: "mu", value: 0.5), .init(name: "eps", value: 0.4)])
        #expect(console.last == .start(game: "makers", rounds: 2, seed: nil, market: market))
        try requireReply(&shell, "class open")
        #expect(console.last == .open(market: market))
        // The class opens the same market: its opening quotes are the shell's after `reset`.
        let opening = try requireReply(&shell, "reset").record
        let opened = try ClassRoom.open(market)
        #expect(opened.value(of: .bid) == opening.bid && opened.value(of: .ask) == opening.ask)
        #expect(opening.bid != nil)
    }

    @Test func aFreshShellSendsItsOpeningModelWithNoSettings() throws {
        var shell = Interpreter.forTests()
        let console = Console()
        console.install(in: &shell)
        try requireReply(&shell, "class start")
        #expect(console.last == .start(game: "trade", rounds: nil, seed: nil, market: ClassMarket(model: shell.session.kind.rawValue)))
    }
}
