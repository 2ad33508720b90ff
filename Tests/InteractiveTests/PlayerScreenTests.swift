import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The pager, the input modes and the presentation at 80×24, through the real binary.
@Suite(.serialized)
struct PlayerScreenTests {
    private let home: URL

    init() throws {
        home = try privateHome("player")
    }

    private func shell(_ arguments: [String] = [], lessons: String = InteractiveTests.lessons) throws -> PseudoTerminal
    {
        try PseudoTerminal(
            arguments: arguments, environment: terminalEnvironment(home: home, lessons: lessons), columns: 80, rows: 24)
    }

    /// Issues 22.7 and 23.13: a command typed at `-- more --` is neither swallowed nor half run:
    /// the pager stops, says what was typed, and it waits whole at the prompt until Enter runs it.
    @Test func keysTypedAtThePagerAreKeptWhole() throws {
        let terminal = try shell()
        terminal.enter("run 60")
        #expect(terminal.waitFor("Space or Enter: more, q: stop"), "no pager: \(terminal.screen.suffix(300))")
        terminal.clear()
        terminal.type("quote\r")
        #expect(
            terminal.waitFor("not shown; your typing waits at the prompt: Enter runs it)"),
            "\(terminal.screen.suffix(400).debugDescription)")
        #expect(terminal.waitFor("> quote"), "the typed command is not at the prompt: \(terminal.screen.suffix(200))")
        #expect(!terminal.screen.contains("spread 2.4000"), "quote ran without Enter")
        #expect(!terminal.screen.contains("unknown command"), "a part of what was typed ran as a command")
        terminal.clear()
        terminal.type("\r")
        #expect(terminal.waitFor("bid "), "Enter did not run the kept command: \(terminal.screen.suffix(300))")
        #expect(terminal.leave() == 0)
    }

    /// Issue 23.11: Ctrl-C during a step's long block stops it, drops the rest of the block and
    /// its checks ("step interrupted; again runs it", no broken promise), and leaves the lesson's
    /// market as it was before the step.
    @Test func ctrlCInAStepAbandonsTheBlock() throws {
        let folder = home.appendingPathComponent("lessons")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try "# Slow\n\nA long run.\n\n```gm\nrun 5000000\nbuy\n# expect t 7\n```\n\nEnd.\n".write(
            to: folder.appendingPathComponent("slow.md"), atomically: true, encoding: .utf8)
        let terminal = try shell(lessons: folder.path)
        terminal.enter("lesson slow")
        usleep(500_000)
        terminal.type("\u{03}")
        #expect(terminal.waitFor("step interrupted; again runs it", seconds: 20), "\(terminal.screen.suffix(300))")
        // The rows run before Ctrl-C are shown, through the pager: q stops it.
        if terminal.waitFor("Space or Enter: more, q: stop", seconds: 5) { terminal.type("q") }
        #expect(terminal.waitFor("[slow 1/2] t=0 98.80|101.20> "))
        #expect(!terminal.screen.contains("promise does not hold"))
        #expect(!terminal.screen.contains("> buy"), "the block went on after Ctrl-C")
        #expect(terminal.leave() == 0)
    }

    /// Issue 22.6: a lesson cannot start inside a game; a game started in a lesson takes the
    /// prompt until it is left, and the lesson's prompt comes back.
    @Test func oneInputModeOnThePrompt() throws {
        let terminal = try shell()
        terminal.enter("maker compete rounds 3 seed 1")
        #expect(terminal.waitFor("[maker 1/3] bid ask> "))
        terminal.clear()
        terminal.enter("lesson bayes")
        #expect(terminal.waitFor("a game is being played (maker 1/3)"), "\(terminal.screen.suffix(300))")
        #expect(terminal.waitFor("[maker 1/3] bid ask> "))
        terminal.enter("quit")
        terminal.clear()
        terminal.enter("lesson bayes")
        #expect(terminal.waitFor("[bayes 1/"), "\(terminal.screen.suffix(300))")
        terminal.clear()
        terminal.enter("maker compete rounds 3 seed 1")
        #expect(terminal.waitFor("(lesson bayes waits while you play maker 1/3"))
        #expect(terminal.waitFor("[maker 1/3] bid ask> "))
        terminal.clear()
        terminal.enter("quit")
        #expect(terminal.waitFor("(back to lesson bayes at step 1 of"))
        #expect(terminal.waitFor("[bayes 1/"))
        terminal.enter("quit")
        #expect(terminal.waitFor("your own market is back: binary model at t = 0"))
        #expect(terminal.leave() == 0)
    }

    /// Issue 22.9: "slide N of M" counts every key the teacher presses: M presses of Space go
    /// from the first screen past the last, and every screen says its number.
    @Test func theSlideCounterCountsThePresses() throws {
        let terminal = try shell(["--lesson", "two-models", "--present"])
        #expect(terminal.waitFor("slide 1 of "))
        let first = terminal.screen
        guard let range = first.range(of: #"slide 1 of (\d+)"#, options: .regularExpression),
            let count = Int(first[range].split(separator: " ").last ?? "")
        else {
            Issue.record("no counter: \(first.suffix(200))")
            return
        }
        for number in 2...count {
            terminal.clear()
            terminal.type(" ")
            #expect(terminal.waitFor("slide \(number) of \(count)", seconds: 10), "screen \(number) of \(count)")
        }
        terminal.type(" ")
        #expect(terminal.waitForExit() == 0)
    }
}
