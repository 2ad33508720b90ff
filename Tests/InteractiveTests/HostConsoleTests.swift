import Foundation
import Testing

/// `glosten host` in a pseudo-terminal: the class server as a child, the banner with the address,
/// the code and the QR code, `class …` answered by the child; and `class` refused where nothing
/// is hosted. Needs `glosten-host` built beside `glosten` (swift build builds both).
@Suite(.serialized)
struct HostConsoleTests {
    private let home: URL

    init() throws {
        home = try privateHome("host")
    }

    @Test("class in a shell that hosts nothing is refused in one line")
    func classWithoutHost() throws {
        let terminal = try PseudoTerminal(environment: terminalEnvironment(home: home), columns: 80, rows: 24)
            .atOpeningPrompt()
        terminal.enter("class start trade")
        #expect(terminal.waitFor("class needs a hosted class: run `glosten host`"), "screen: \(terminal.screen)")
    }

    @Test("glosten host opens a class on loopback and the shell is its console")
    func hostedConsole() throws {
        let database = home.appendingPathComponent("class.sqlite").path
        let terminal = try PseudoTerminal(
            arguments: ["host", "--bind", "127.0.0.1", "--port", "0", "--db", database],
            environment: terminalEnvironment(home: home), columns: 80, rows: 40)
        #expect(terminal.waitFor("Class open. Students: open http://127.0.0.1:"), "screen: \(terminal.screen)")
        #expect(terminal.waitForPrompt())
        let screen = PseudoTerminal.stripped(terminal.screen)
        #expect(screen.contains("type the code "))
        #expect(screen.contains("█▀▀▀▀▀█") || screen.contains("▄▄▄▄▄"), "a QR code is drawn")
        // The path wraps at 80 columns: the file's name is on the screen.
        #expect(screen.contains("Every event is written to") && screen.contains("class.sqlite"))
        terminal.clear()
        terminal.enter("class roster")
        #expect(terminal.waitFor(": nobody has joined yet"), "screen: \(terminal.screen)")
        terminal.enter("class dance")
        #expect(terminal.waitFor("class takes open, start, pause"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
        #expect(FileManager.default.fileExists(atPath: database))
    }

    @Test("class open and class start play the teacher's model as she set it, said in one line")
    func theTeachersMarket() throws {
        let database = home.appendingPathComponent("market.sqlite").path
        let terminal = try PseudoTerminal(
            arguments: ["host", "--bind", "127.0.0.1", "--port", "0", "--db", database],
            environment: terminalEnvironment(home: home), columns: 200, rows: 40)
        #expect(terminal.waitFor("Class open."), "screen: \(terminal.screen)")
        #expect(terminal.waitForPrompt())
        // V = 100 or 104, θ = ½, γ = ½, μ = ½: P(H | buy) = ¾, so the ask is 103 and the bid 101.
        for line in ["set low 100", "set high 104", "set mu 0.5", "class open"] { terminal.enter(line) }
        #expect(
            terminal.waitFor(
                "the class plays the binary model (low 100, high 104, mu 0.5; the rest as the model opens): opening bid 101.0000, ask 103.0000"
            ), "screen: \(terminal.screen)")
        terminal.enter("model kyle")
        terminal.enter("class open")
        #expect(terminal.waitFor("the maker game plays the binary and normal models"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
    }
}
