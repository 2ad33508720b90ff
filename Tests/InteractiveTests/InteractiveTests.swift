import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The shell as a person meets it at a terminal: typing, completing, recalling, interrupting, leaving.
@Suite(.serialized)
struct InteractiveTests {
    /// A private home and history file for each test, so nothing leaks between them.
    private let home: URL
    private var history: String { home.appendingPathComponent("history").path }

    init() throws {
        home = try privateHome("pty")
    }

    /// The package's shipped lessons.
    static let lessons = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("lessons").path

    /// A shell that finds the shipped lessons and keeps progress in this test's home.
    private func lessonShell() throws -> PseudoTerminal {
        try shell(["GLOSTEN_LESSONS": Self.lessons, "XDG_STATE_HOME": home.path])
    }

    private func environment(_ extra: [String: String] = [:]) -> [String: String] {
        terminalEnvironment(home: home, stateInHome: false, extra)
    }

    private func shell(_ extra: [String: String] = [:]) throws -> PseudoTerminal {
        try PseudoTerminal(environment: environment(extra)).atOpeningPrompt()
    }

    @Test("the banner tells a newcomer how to begin, and the prompt shows the quotes")
    func banner() throws {
        let terminal = try shell()
        #expect(terminal.screen.contains("type buy to trade, help for commands, lesson bayes to learn."))
        #expect(terminal.leave() == 0)
    }

    @Test("Tab completes a verb; the completed line runs")
    func tabCompletion() throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        terminal.type("bu\t")
        #expect(terminal.waitFor("> buy "))
        terminal.type("\r")
        #expect(terminal.waitFor("t=1  buy filled at the ask 101.2000"), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        terminal.type("set tol\t")
        #expect(terminal.waitFor("set tolerance "))
        terminal.type("\r")
        #expect(terminal.waitFor("set needs more: usage set NAME VALUE"))
        #expect(terminal.leave() == 0)
    }

    @Test("model normal at 80×24: the prompt shows its quotes, Tab completes its parameters, buy shows the fixed point")
    func normalModel() throws {
        let terminal = try shell()
        terminal.type("model normal\r")
        // m = 100, σ = 4, μ = 0.3, ε = ½: the opening fixed point is 100 ± 0.9864 (the check point's
        // 0.2466 for σ = 1 at μ = 0.3, times σ = 4; NormalValueTests pins the standard case).
        #expect(terminal.waitFor("t=0 99.01|100.99>"), "screen: \(terminal.screen)")
        terminal.type("set sig\t")
        #expect(terminal.waitFor("set sigma "), "screen: \(terminal.screen)")
        terminal.type("1\r")
        #expect(terminal.waitFor("t=0 99.75|100.25>"), "screen: \(terminal.screen)")
        terminal.type("set truth dr\t")
        #expect(terminal.waitFor("set truth drawn "), "screen: \(terminal.screen)")
        terminal.type("\r")
        terminal.waitForPrompt()
        terminal.type("buy\r")
        #expect(terminal.waitFor("at a = 100.2466: a − (N/D + c) ="), "screen: \(terminal.screen)")
        terminal.waitForPrompt()
        let wide = terminal.screen.split(separator: "\n").map(String.init).filter { $0.count > 80 }
        #expect(wide.isEmpty, "lines over 80 columns: \(wide)")
        terminal.type("compare\r")
        #expect(terminal.waitFor("compare is not part of the normal model"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("a line entered in one session comes back with the up arrow in the next")
    func historyAcrossSessions() throws {
        let first = try shell()
        first.enter("set mu 0.25")
        #expect(first.waitFor("mu = 0.25: beliefs kept"))
        #expect(first.leave() == 0)

        let second = try shell()
        second.waitForPrompt()
        second.clear()
        second.type("\u{1B}[A")
        #expect(second.waitFor("set mu 0.25"), "up arrow did not recall; screen: \(second.screen)")
        second.type("\r")
        #expect(second.waitFor("mu = 0.25: beliefs kept"))
        #expect(second.leave() == 0)
    }

    @Test("Ctrl-R finds an earlier line by what it contains")
    func reverseSearch() throws {
        let terminal = try shell()
        terminal.enter("set mu 0.2")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 99.2000  ask 100.8000"))
        terminal.waitForPrompt()
        terminal.type("\u{12}mu 0")
        #expect(terminal.waitFor("set mu 0.2", times: 2))
        terminal.type("\r")
        #expect(terminal.waitFor("mu = 0.2: beliefs kept", times: 2), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("an unwritable history file gives one warning and the shell goes on")
    func unwritableHistory() throws {
        let terminal = try PseudoTerminal(
            environment: environment(["GLOSTEN_HISTORY": "/proc/glosten-cannot-write/history"]))
        terminal.enter("buy")
        #expect(terminal.waitFor("warning: could not write the history file"))
        terminal.enter("sell")
        #expect(terminal.waitFor("t=2  sell filled"))
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"))
        #expect(terminal.screen.components(separatedBy: "warning:").count == 2, "warned more than once")
        #expect(terminal.leave() == 0)
    }

    @Test("a corrupt history file gives one warning at the start, the shell goes on, and the file stays")
    func corruptHistory() throws {
        try Data([0xFF, 0x00, 0x41, 0x0A]).write(to: URL(fileURLWithPath: history))
        let terminal = try PseudoTerminal(environment: environment())
        #expect(terminal.waitFor("warning: the history file"))
        #expect(terminal.waitFor("not a libedit history"))
        terminal.enter("buy")
        #expect(terminal.waitFor("t=1  buy filled"))
        #expect(terminal.leave() == 0)
        #expect(try Data(contentsOf: URL(fileURLWithPath: history)) == Data([0xFF, 0x00, 0x41, 0x0A]))
    }

    @Test("Ctrl-C at the prompt drops the line and gives a fresh prompt")
    func interruptAtPrompt() throws {
        let terminal = try shell()
        terminal.waitForPrompt()
        terminal.type("hello")
        #expect(terminal.waitFor("hello"))
        terminal.type("\u{03}")
        #expect(terminal.waitFor("t=0 98.80|101.20>", times: 2), "no fresh prompt after Ctrl-C")
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"))
        #expect(!terminal.screen.contains("unknown command 'hello"), "the dropped line ran: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("Ctrl-C during run 10000000 stops at a safe point, keeps the periods run, and the shell goes on")
    func interruptLongRun() throws {
        let terminal = try shell()
        terminal.enter("run 10000000")
        usleep(300_000)
        terminal.type("\u{03}")
        #expect(terminal.waitFor("interrupted after"), "screen: \(terminal.screen)")
        let screen = terminal.screen
        let ran = try #require(
            screen.range(of: #"interrupted after (\d+) of"#, options: .regularExpression)
                .map { screen[$0].split(separator: " ")[2] }.flatMap { Int($0) })
        #expect(ran > 0 && ran < 10_000_000)
        #expect(terminal.waitFor("t=\(ran) "), "prompt does not show t=\(ran)")
        terminal.enter("undo")
        #expect(terminal.waitFor("took back t=\(ran)"))
        #expect(terminal.leave() == 0)
    }

    @Test("Ctrl-D leaves with exit status 0")
    func endOfInput() throws {
        let terminal = try shell()
        #expect(terminal.leave() == 0)
    }

    @Test("a UTF-8 line arrives intact and gets a clear error")
    func utf8Line() throws {
        let terminal = try shell()
        terminal.enter("achète")
        #expect(terminal.waitFor("unknown command 'achète'"), "screen: \(terminal.screen)")
        #expect(terminal.leave() == 0)
    }

    @Test("a 10 000-character line gets one error and the shell goes on")
    func longLine() throws {
        let terminal = try shell()
        terminal.enter(String(repeating: "b", count: 10_000))
        #expect(terminal.waitFor("line too long: a command line has at most 4096 bytes", seconds: 30))
        terminal.enter("quote")
        #expect(terminal.waitFor("bid 98.8000  ask 101.2000"))
        #expect(terminal.leave() == 0)
    }

    @Test("buys and sells are coloured on a terminal, and not with NO_COLOR")
    func colour() throws {
        let coloured = try shell()
        coloured.enter("buy")
        #expect(coloured.waitFor("t=1  buy filled"))
        #expect(coloured.raw.contains("\u{1B}[32mbuy"))
        #expect(coloured.leave() == 0)

        let plain = try shell(["NO_COLOR": "1"])
        plain.enter("buy")
        #expect(plain.waitFor("t=1  buy filled"))
        #expect(!plain.raw.contains("\u{1B}[32m"))
        #expect(plain.leave() == 0)
    }

    @Test(
        "a lesson played as a student: Tab-completed name, a wrong prediction and its hint, then right; quit keeps progress"
    )
    func lessonAsAStudent() throws {
        let terminal = try lessonShell()
        terminal.type("lesson bay\t")
        #expect(terminal.waitFor("lesson bayes "))
        terminal.type("\r")
        #expect(terminal.waitFor("step 1 of 5"))
        terminal.enter("")
        #expect(terminal.waitFor("Predict P(V = high) after this step"))
        #expect(terminal.waitFor("[bayes 2/5] predict P(V = high)> "))
        terminal.type("0.6\r")
        #expect(terminal.waitFor("Hint: Bayes' rule"))
        terminal.enter("0.75")
        #expect(terminal.waitFor("Right: P(V = high) = 0.7500."))
        #expect(terminal.waitFor("[bayes 2/5] t=1 105.00|109.00> "))
        terminal.enter("quit")
        #expect(terminal.waitFor("left bayes; lesson bayes resumes at step 2 of 5"))
        #expect(terminal.leave() == 0)
        let saved = try String(contentsOfFile: home.appendingPathComponent("glosten/progress").path, encoding: .utf8)
        #expect(saved.contains("\"bayes\""))
    }

    @Test("SIGTERM during a lesson keeps the progress made")
    func terminationKeepsLessonProgress() throws {
        let terminal = try lessonShell()
        terminal.enter("lesson bayes")
        #expect(terminal.waitFor("step 1 of 5"))
        terminal.enter("")
        #expect(terminal.waitFor("[bayes 2/5] predict"))
        terminal.waitForPrompt()
        terminal.signal(SIGTERM)
        #expect(terminal.waitForExit() == 128 + SIGTERM)
        let saved = try Data(contentsOf: home.appendingPathComponent("glosten/progress"))
        let progress = try JSONSerialization.jsonObject(with: saved) as? [String: [String: Any]]
        #expect(progress?["bayes"]?["step"] as? Int == 1)

        let again = try lessonShell()
        again.enter("lesson bayes")
        #expect(again.waitFor("resuming bayes at step 2 of 5"))
        #expect(again.leave() == 0)
    }

    @Test("SIGTERM and SIGHUP leave cleanly with 128 + the signal")
    func terminationSignals() throws {
        for signal in [SIGTERM, SIGHUP] {
            let terminal = try shell()
            terminal.waitForPrompt()
            terminal.signal(signal)
            #expect(terminal.waitForExit() == 128 + signal)
        }
    }
}
