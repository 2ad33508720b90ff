import Foundation
import Testing

/// The maker game through the real binary at 80×24: what a student sees round by round.
@Suite(.serialized)
struct GameScreenTests {
    private let home: URL

    init() throws {
        home = try privateHome("game")
    }

    private func shell() throws -> PseudoTerminal {
        try PseudoTerminal(environment: terminalEnvironment(home: home), columns: 80, rows: 24).atOpeningPrompt()
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
        #expect(terminal.waitFor("replays this game"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        let shown = shownLines(terminal)
        #expect(shown.count <= 24, "the last round and the score take \(shown.count) lines")
        let screen = terminal.screen
        #expect(screen.contains("game over after 3 rounds: the true value was"))
        #expect(screen.contains("the true value was"))
        #expect(screen.contains("P&L at V"))
        #expect(!screen.contains("Space or Enter: more"), "the score should not need the pager")
        // The game is over: the prompt is the market's again, which the game did not change.
        #expect(screen.hasSuffix("t=0 98.80|101.20> "))
        #expect(terminal.leave() == 0)
    }

    @Test("maker compete over 20 rounds: a bad move is one line, quote shows the game, the end table fits 80×24")
    func makerEndTable() throws {
        let terminal = try shell()
        terminal.enter("maker compete rounds 20 seed 11")
        #expect(terminal.waitFor("[maker 1/20] bid ask> "), "screen: \(terminal.screen.suffix(600))")
        terminal.clear()
        terminal.type("99\r")
        #expect(terminal.waitFor("'99' is not a move: the game expects two prices, bid ask, from 16 to 184"))
        #expect(terminal.waitFor("[maker 1/20] bid ask> "))
        terminal.clear()
        terminal.type("quote\r")
        #expect(terminal.waitFor("maker 1/20: the market maker quotes 98.8 | 101.2"), "screen: \(terminal.screen)")
        #expect(terminal.waitFor("[maker 1/20] bid ask> "))
        for round in 1...19 {
            terminal.enter("97+0.5 101-0.5")
            #expect(terminal.waitFor("[maker \(round + 1)/20] bid ask> "), "screen: \(terminal.screen.suffix(400))")
        }
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type("97.5 100.5\r")
        #expect(terminal.waitFor("replays this game"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        let shown = shownLines(terminal)
        #expect(shown.count <= 24, "the last round and the score take \(shown.count) lines")
        let screen = terminal.screen
        #expect(screen.contains("your bid | ask") && screen.contains("… 12 more rounds …"))
        #expect(!screen.contains("Space or Enter: more"), "the score should not need the pager")
        #expect(terminal.leave() == 0)
    }

    @Test("insider: a day of Kyle's auctions, an order too large refused, the score beside the equilibrium's")
    func insiderDay() throws {
        let terminal = try shell()
        terminal.enter("model kyle")
        terminal.enter("insider 7")
        #expect(terminal.waitFor("[insider 1/4] your order> "), "screen: \(terminal.screen.suffix(600))")
        terminal.clear()
        terminal.type("1e9\r")
        #expect(terminal.waitFor("'1e9' is out of range: the game expects one order"), "screen: \(terminal.screen)")
        for (order, next) in [("2", "[insider 2/4]"), ("order 2", "[insider 3/4]"), ("-1", "[insider 4/4]")] {
            terminal.enter(order)
            #expect(terminal.waitFor(next), "after \(order): \(terminal.screen.suffix(400))")
            // The prompt names the coming auction's λ; the price's side of v is said in words.
            #expect(terminal.screen.contains("λ\(["2": "₂", "order 2": "₃", "-1": "₄"][order]!) = "))
            #expect(terminal.screen.contains(" below v") || terminal.screen.contains(" above v"))
        }
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type("1\r")
        #expect(terminal.waitFor("replays it"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        let shown = shownLines(terminal)
        #expect(shown.count <= 24, "the last auction and the score take \(shown.count) lines")
        #expect(terminal.screen.contains("the day is over: v was"))
        #expect(terminal.screen.contains("against the equilibrium insider's"))
        #expect(terminal.screen.hasSuffix("t=0 p=100.00> ") || terminal.screen.hasSuffix("> "))
        #expect(terminal.leave() == 0)
    }

    @Test("maker monopoly under elastic demand: the computer's own market beside yours")
    func makerMonopoly() throws {
        let terminal = try shell()
        terminal.enter("set elastic 4")
        terminal.enter("maker monopoly rounds 2 seed 5")
        #expect(terminal.waitFor("[maker 1/2] bid ask> "), "screen: \(terminal.screen.suffix(600))")
        terminal.enter("98 102")
        #expect(terminal.waitFor("computer (own market)"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        terminal.enter("97.5 102.5")
        #expect(terminal.waitFor("game over after 2 rounds: the true value was"))
        #expect(terminal.leave() == 0)
    }

    @Test("maker quit leaves a game, scores it so far and reveals the value")
    func makerQuit() throws {
        let terminal = try shell()
        terminal.enter("maker compete rounds 5 seed 3")
        #expect(terminal.waitFor("[maker 1/5] bid ask> "))
        terminal.enter("99 101")
        #expect(terminal.waitFor("[maker 2/5] bid ask> "))
        terminal.enter("maker quit")
        #expect(terminal.waitFor("left the game after 1 of 5 rounds: the true value was"))
        #expect(terminal.waitFor("P&L at V") && terminal.waitFor("your bid | ask"))
        #expect(terminal.waitFor("t=0 98.80|101.20> "))
        #expect(terminal.leave() == 0)
    }
}
