import Foundation
import Testing

/// The maker game through the real binary at 80×24: what a student sees round by round.
@Suite(.serialized)
struct GameScreenTests {
    private let home: URL

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("glosten-game-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    private func shell() throws -> PseudoTerminal {
        let environment = [
            "TERM": "xterm", "HOME": home.path, "GLOSTEN_HISTORY": home.appendingPathComponent("history").path,
            "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin", "XDG_STATE_HOME": home.path,
        ]
        let terminal = try PseudoTerminal(environment: environment, columns: 80, rows: 24)
        #expect(terminal.waitFor("t=0 98.80|101.20>"), "no prompt; screen: \(terminal.screen)")
        return terminal
    }

    /// The lines shown since the last clear, as the screen wraps them at 80 columns.
    private func shownLines(_ terminal: PseudoTerminal) -> [String] {
        terminal.screen.split(separator: "\n", omittingEmptySubsequences: false).flatMap { line -> [String] in
            let chars = Array(line)
            guard chars.count > 80 else { return [String(line)] }
            return stride(from: 0, to: chars.count, by: 80).map { String(chars[$0..<min($0 + 80, chars.count)]) }
        }
    }

    @Test("maker compete: a crossed quote is refused, rounds play, the score fits the screen")
    func makerCompete() throws {
        let terminal = try shell()
        terminal.enter("maker compete rounds 3 seed 7")
        #expect(terminal.waitFor("[maker 1/3] bid ask> "), "screen: \(terminal.screen.suffix(600))")
        terminal.clear()
        terminal.type("101 100\r")
        #expect(terminal.waitFor("is crossed: quote a bid below the ask"), "screen: \(terminal.screen)")
        #expect(terminal.waitFor("[maker 1/3] bid ask> "))
        terminal.clear()
        terminal.type("99 101\r")
        #expect(terminal.waitFor("[maker 2/3] bid ask> "), "screen: \(terminal.screen)")
        #expect(terminal.screen.contains("round 1 of 3: you 99 | 101 · market maker 98.8 | 101.2"))
        terminal.enter("- 103")
        #expect(terminal.waitFor("[maker 3/3] bid ask> "))
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type("quote 98 102\r")
        #expect(terminal.waitFor("replays it"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        let shown = shownLines(terminal)
        #expect(shown.count <= 24, "the last round and the score take \(shown.count) lines")
        let screen = terminal.screen
        #expect(screen.contains("game over after 3 rounds (maker compete, seed 7)"))
        #expect(screen.contains("the true value was"))
        #expect(screen.contains("P&L at V"))
        #expect(!screen.contains("Space or Enter: more"), "the score should not need the pager")
        // The game is over: the prompt is the market's again, which the game did not change.
        #expect(screen.hasSuffix("t=0 98.80|101.20> "))
        #expect(terminal.leave() == 0)
    }

    @Test("maker quit leaves a game and reveals the value")
    func makerQuit() throws {
        let terminal = try shell()
        terminal.enter("maker compete rounds 5 seed 3")
        #expect(terminal.waitFor("[maker 1/5] bid ask> "))
        terminal.enter("99 101")
        #expect(terminal.waitFor("[maker 2/5] bid ask> "))
        terminal.enter("maker quit")
        #expect(terminal.waitFor("left the maker game after 1 of 5 rounds; the true value was"))
        #expect(terminal.waitFor("t=0 98.80|101.20> "))
        #expect(terminal.leave() == 0)
    }
}
