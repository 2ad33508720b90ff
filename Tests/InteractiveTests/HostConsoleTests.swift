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

    @Test("class in a shell with no class open is refused in one line, and a bad port too")
    func classWithoutHost() throws {
        let terminal = try PseudoTerminal(environment: terminalEnvironment(home: home), columns: 80, rows: 24)
            .atOpeningPrompt()
        terminal.enter("class start trade")
        #expect(terminal.waitFor("no class is open: class open opens one"), "screen: \(terminal.screen)")
        terminal.enter("class open port 99999")
        #expect(terminal.waitFor("class open port needs a whole number from 0 to 65535"), "screen: \(terminal.screen)")
    }

    @Test("class open in an ordinary shell starts the class server, and class close ends it")
    func classOpenInTheShell() throws {
        let terminal = try PseudoTerminal(environment: terminalEnvironment(home: home), columns: 80, rows: 40)
            .atOpeningPrompt()
        terminal.enter("class open port 0 bind 127.0.0.1")
        #expect(terminal.waitFor("Class open. Students: open http://127.0.0.1:"), "screen: \(terminal.screen)")
        #expect(terminal.waitForPrompt())
        terminal.clear()
        terminal.enter("class roster")
        #expect(terminal.waitFor(": nobody has joined yet"), "screen: \(terminal.screen)")
        terminal.enter("class close")
        terminal.enter("class roster")
        #expect(terminal.waitFor("no class is open: class open opens one"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
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
        // class compare with a file that is not there, or is not a class's: one line each.
        terminal.enter("class compare /nonexistent/week2.csv")
        #expect(
            terminal.waitFor(
                "class compare: there is no file /nonexistent/week2.csv: give a file class export wrote (.csv or .json) or a class's event database (.sqlite)"
            ), "screen: \(terminal.screen)")
        let notes = home.appendingPathComponent("notes.txt")
        try "hello, room\n".write(to: notes, atomically: true, encoding: .utf8)
        terminal.enter("class compare \(notes.path)")
        #expect(
            terminal.waitFor("class compare: \(notes.path) is not a class's export or event database with a played round"),
            "screen: \(terminal.screen)")
        terminal.enter("model kyle")
        terminal.enter("class open")
        #expect(terminal.waitFor("the maker game plays the binary and normal models"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
    }

    /// The class's address and code as the banner shows them.
    static func joinDetails(_ screen: String) -> (address: String, code: String)? {
        let flat = PseudoTerminal.stripped(screen).replacingOccurrences(of: "\n", with: " ")
        guard let open = flat.range(of: "Students: open "), let typed = flat.range(of: " and type the code ") else { return nil }
        let address = String(flat[open.upperBound..<typed.lowerBound])
        let code = flat[typed.upperBound...].prefix { $0.isLetter }
        return (address, String(code))
    }

    @Test("a student who joins while the teacher types: the line shows above her prompt, her typing redrawn below it")
    func commentaryWhileTyping() throws {
        let database = home.appendingPathComponent("typing.sqlite").path
        let terminal = try PseudoTerminal(
            arguments: ["host", "--bind", "127.0.0.1", "--port", "0", "--db", database],
            environment: terminalEnvironment(home: home), columns: 80, rows: 24)
        #expect(terminal.waitFor("Class open."), "screen: \(terminal.screen)")
        #expect(terminal.waitForPrompt())
        let details = try #require(Self.joinDetails(terminal.screen), "screen: \(terminal.screen)")
        terminal.clear()
        terminal.type("class ros")
        #expect(terminal.waitFor("class ros"))
        // A robot student joins over the network while the line is half typed.
        let bots = Process()
        bots.executableURL = URL(fileURLWithPath: try PseudoTerminal.binary()).deletingLastPathComponent()
            .appendingPathComponent("glosten-host")
        bots.arguments = ["bots", "1", details.address, "code", details.code]
        bots.standardOutput = FileHandle.nullDevice
        bots.standardError = FileHandle.nullDevice
        try bots.run()
        defer {
            bots.terminate()
            bots.waitUntilExit()
        }
        #expect(terminal.waitFor("joined (seat 1); 1 in the class"), "screen: \(terminal.screen)")
        // The half-typed line is drawn again after the notice, prompt and all.
        #expect(terminal.waitFor("class ros", times: 2), "screen: \(terminal.screen)")
        let after = try #require(terminal.screen.range(of: "joined (seat 1)", options: .backwards))
        #expect(terminal.screen[after.upperBound...].contains("class ros"), "screen: \(terminal.screen)")
        // And it is still the line being edited: the rest of it runs the command.
        terminal.enter("ter")
        #expect(terminal.waitFor(": 1 students"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
    }

    @Test("glosten host --model normal opens the teacher's shell under the class's model")
    func hostUnderAModel() throws {
        let database = home.appendingPathComponent("normal.sqlite").path
        let terminal = try PseudoTerminal(
            arguments: ["host", "--bind", "127.0.0.1", "--port", "0", "--db", database, "--model", "normal"],
            environment: terminalEnvironment(home: home), columns: 200, rows: 40)
        #expect(terminal.waitFor("Class open."), "screen: \(terminal.screen)")
        #expect(terminal.waitForPrompt())
        terminal.enter("class open")
        #expect(terminal.waitFor("the class plays the normal model at its opening parameters"), "screen: \(terminal.screen)")
        terminal.enter("quit")
        #expect(terminal.waitForExit() == 0)
    }
}
