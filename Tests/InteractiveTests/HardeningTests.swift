import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// Issue 10 at a terminal: a window closed under the shell, a failing stderr, two shells at once,
/// temporary names planted by someone else, special files as state files, hostile file names.
@Suite(.serialized)
struct HardeningTests {
    private let home: URL
    private var history: String { home.appendingPathComponent("history").path }

    init() throws {
        home = try privateHome("hard")
    }

    private func environment(_ extra: [String: String] = [:]) -> [String: String] {
        terminalEnvironment(home: home, lessons: InteractiveTests.lessons, extra)
    }

    private func shell(_ extra: [String: String] = [:], standardError: String? = nil) throws -> PseudoTerminal {
        try PseudoTerminal(environment: environment(extra), standardError: standardError).atOpeningPrompt()
    }

    /// The lines of a libedit history file (after its `_HiStOrY_V2_` header).
    private func savedLines(_ path: String) throws -> [String] {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return text.split(separator: "\n").dropFirst().map { $0.replacingOccurrences(of: "\\040", with: " ") }
    }

    @Test("closing the terminal window, idle or during run, ends the shell by SIGHUP's status, never a crash")
    func closingTheWindow() throws {
        let idle = try shell()
        idle.waitForPrompt()
        idle.hangUp()
        #expect(idle.waitForExit() == 128 + SIGHUP)

        let running = try shell()
        running.enter("run 10000000")
        usleep(300_000)
        running.hangUp()
        #expect(running.waitForExit() == 128 + SIGHUP)
    }

    @Test("with stderr on a full disk, a typo ends the shell at once and quietly, status 1, no backtracer waiting")
    func stderrOnAFullDisk() throws {
        let terminal = try shell(standardError: "/dev/full")
        terminal.enter("bzy")
        #expect(terminal.waitForExit() == 1)
        #expect(!terminal.screen.contains("Press space"), "screen: \(terminal.screen)")
    }

    @Test("two shells typing in turn both keep every line: 40 interleaved lines leave 40")
    func twoShellsShareTheHistory() throws {
        let first = try shell()
        let second = try shell()
        for i in 0..<20 {
            first.enter("set seed \(2 * i)")
            #expect(first.waitFor("seed = \(2 * i):"))
            second.enter("set seed \(2 * i + 1)")
            #expect(second.waitFor("seed = \(2 * i + 1):"))
        }
        #expect(first.leave() == 0 && second.leave() == 0)
        #expect(try savedLines(history) == (0..<40).map { "set seed \($0)" })
    }

    @Test("two shells in two lessons both keep their progress")
    func twoShellsShareTheProgress() throws {
        let first = try shell()
        let second = try shell()
        first.enter("lesson bayes")
        #expect(first.waitFor("step 1 of"))
        second.enter("lesson example-1")
        #expect(second.waitFor("step 1 of"))
        first.enter("next")
        #expect(first.waitFor("step 2 of"))
        first.enter("quit")
        second.enter("quit")
        #expect(first.leave() == 0 && second.leave() == 0)
        let saved = try Data(contentsOf: home.appendingPathComponent("glosten/progress"))
        let progress = try JSONSerialization.jsonObject(with: saved) as? [String: [String: Any]]
        #expect(progress?["bayes"]?["step"] as? Int == 1)
        #expect(progress?["example-1"]?["step"] as? Int == 0)
    }

    @Test("a link planted at the old temporary names is never followed: the victims stay as they were")
    func plantedTemporaryNames() throws {
        let terminal = try shell()
        let pid = terminal.processID
        let victim = home.appendingPathComponent("victim.txt")
        try Data("mine\n".utf8).write(to: victim)
        for planted in ["history.tmp-\(pid)", "glosten/.progress-\(pid)"] {
            try FileManager.default.createDirectory(
                at: home.appendingPathComponent("glosten"), withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: home.appendingPathComponent(planted).path, withDestinationPath: victim.path)
        }
        terminal.enter("lesson bayes")
        #expect(terminal.waitFor("step 1 of"))
        terminal.enter("quit")
        #expect(terminal.leave() == 0)
        #expect(try String(contentsOf: victim, encoding: .utf8) == "mine\n")
        #expect(try savedLines(history) == ["lesson bayes", "quit"])
    }

    /// Issue 23.2: GLOSTEN_HISTORY naming a shell's history, notes, a CSV or a picture: the file is
    /// left byte for byte, one line says so, and the session's lines are still recalled.
    @Test(
        "a history file that is not a libedit history is never replaced: one warning, lines kept in memory",
        arguments: [
            Data("ls -la\ncd /tmp\n".utf8), Data("date,buys,sells\n2024-01-02,3,4\n".utf8),
            Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x0A, 0xFF, 0xD9]),
        ])
    func foreignHistoryKept(_ content: Data) throws {
        try content.write(to: URL(fileURLWithPath: history))
        let terminal = try shell()
        #expect(terminal.waitFor("not a libedit history"), "screen: \(terminal.screen)")
        terminal.enter("quote")
        terminal.enter("buy")
        #expect(terminal.waitFor("t=1  buy filled"))
        terminal.waitForPrompt()
        terminal.type("\u{1B}[A\r")  // up arrow: the buy again, from memory
        #expect(terminal.waitFor("t=2  buy filled"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
        #expect(terminal.screen.components(separatedBy: "not a libedit history").count == 2, "one warning")
        #expect(try Data(contentsOf: URL(fileURLWithPath: history)) == content)
    }

    @Test("a FIFO as the history file never blocks start-up: one warning, and the shell works")
    func fifoAsHistory() throws {
        mkfifo(history, 0o600)
        let terminal = try shell()
        #expect(terminal.waitFor("is not a regular file"), "screen: \(terminal.screen)")
        terminal.enter("buy")
        #expect(terminal.waitFor("t=1  buy filled"))
        #expect(terminal.leave() == 0)
    }

    @Test("a line over 4096 bytes is refused and not kept in the history")
    func longLineNotKept() throws {
        let terminal = try shell()
        terminal.enter("quote")
        terminal.enter("buy " + String(repeating: "x", count: 5000))
        #expect(terminal.waitFor("line too long"))
        terminal.enter("sell")
        #expect(terminal.waitFor("t=1  sell filled"))
        #expect(terminal.leave() == 0)
        #expect(try savedLines(history) == ["quote", "sell"])
    }

    @Test("Tab never shows a file name that holds an escape sequence")
    func completionIsInert() throws {
        let folder = home.appendingPathComponent("files")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in ["x\u{1B}]0;owned\u{07}.csv", "x\u{1B}[2J.csv", "xa.csv", "xb.csv"] {
            #expect(FileManager.default.createFile(atPath: folder.appendingPathComponent(name).path, contents: nil))
        }
        let terminal = try shell()
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type("export csv \(folder.path)/x\t")
        #expect(terminal.waitFor("xa.csv  ") && terminal.waitFor("xb.csv"), "screen: \(terminal.screen)")
        #expect(
            !terminal.raw.contains("\u{1B}]0;") && !terminal.raw.contains("owned"),
            "raw: \(terminal.raw.debugDescription)")
        #expect(!terminal.raw.contains("[2J"))
        // Ctrl-C drops the line: wait for the fresh prompt, since a redraw writes the prompt before
        // the line and a Ctrl-D sent in between would land on the old, non-empty line.
        terminal.type("\u{03}")
        #expect(terminal.waitFor("t=0 98.80|101.20>", times: 2), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0, "screen: \(terminal.screen)")
    }

    @Test("a long export shows its progress on the terminal, then clears it")
    func exportProgress() throws {
        let terminal = try shell()
        terminal.enter("run 200000")
        #expect(terminal.waitFor("200000 periods:", seconds: 60))
        let target = home.appendingPathComponent("tape.csv").path
        terminal.enter("export csv \(target)")
        #expect(terminal.waitFor("wrote 200000 rows to", seconds: 60), "screen: \(terminal.screen)")
        #expect(
            terminal.raw.contains("exporting ["), "no progress bar; raw: \(terminal.raw.suffix(400).debugDescription)")
        #expect(terminal.leave() == 0)
    }
}
