import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The names of the lessons in the package's lessons folder.
let shippedLessons: [String] = ((try? FileManager.default.contentsOfDirectory(atPath: InteractiveTests.lessons)) ?? [])
    .filter { $0.hasSuffix(".md") && $0 != "README.md" }.map { String($0.dropLast(3)) }.sorted()

/// Lessons on an 80×24 screen, as a student and as a teacher projecting them: a step never
/// scrolls its heading away unseen, and nothing typed at a question breaks the lesson.
@Suite(.serialized)
struct LessonScreenTests {
    private let home: URL

    init() throws {
        home = try privateHome("screen")
    }

    private func shell(_ arguments: [String] = []) throws -> PseudoTerminal {
        try PseudoTerminal(
            arguments: arguments, environment: terminalEnvironment(home: home, lessons: InteractiveTests.lessons),
            columns: 80, rows: 24)
    }

    /// Waits until the shell waits for a line (a prompt) or for a key (the pager's prompt).
    private func waitForInput(_ terminal: PseudoTerminal) -> (paged: Bool, ok: Bool) {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let screen = terminal.screen
            if screen.hasSuffix("Space or Enter: more, q: stop") { return (true, true) }
            if screen.hasSuffix("> ") {
                usleep(30_000)
                if terminal.screen.hasSuffix("> ") { return (false, true) }
            }
            usleep(10_000)
        }
        return (false, false)
    }

    /// Presses Enter and reads on: at each pause either the step's heading is among the last 24
    /// lines shown or the pager is asking for a key. Returns what the step showed.
    /// With `fits`, the step must also fit the screen without the pager.
    private func nextStep(
        _ terminal: PseudoTerminal, heading: String?, keys: String = "\r", fits: Bool = false
    ) -> String {
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type(keys)
        var shown = ""
        var pagedOnce = false
        while true {
            let (paged, ok) = waitForInput(terminal)
            #expect(ok, "no prompt after \(heading ?? keys): \(terminal.screen.suffix(400).debugDescription)")
            guard ok else { return shown }
            // The pager erases its prompt (\r, then clear to the end of the line); the stream keeps its text.
            let screen = terminal.screen.replacing(/-- more \(\d+ lines?\) -- Space or Enter: more, q: stop/, with: "")
            shown += screen
            if paged {
                #expect(!fits, "\(heading ?? keys) needed the pager: \(screen.suffix(400))")
                pagedOnce = true
                var lines = screen.components(separatedBy: "\n")
                if let first = lines.first, first.isEmpty || first.contains("> ") || keys.hasPrefix(first) {
                    lines.removeFirst()
                }
                #expect(lines.count <= 24, "a page of \(lines.count) lines")
                terminal.clear()
                terminal.type(" ")
                continue
            }
            let last = shown.components(separatedBy: "\n").suffix(24)
            if let heading {
                #expect(
                    last.contains { $0.contains(heading) } || pagedOnce,
                    "\(heading) scrolled away unseen: \(last.joined(separator: "\n"))")
            }
            for line in shown.components(separatedBy: "\n") {
                #expect(line.count <= 80, "a line wider than the screen: \(line)")
            }
            return shown
        }
    }

    /// Every shipped lesson, step by step with Enter (questions skipped), at 80×24.
    @Test func thereAreLessons() { #expect(shippedLessons.count >= 6) }

    /// Issue 22.8: every step and every answer fits the screen without the pager (not "fits or pages").
    @Test(arguments: shippedLessons)
    func everyStepFits(_ name: String) throws {
        let terminal = try shell()
        #expect(terminal.waitFor("t=0 98.80|101.20>"))
        var step = nextStep(terminal, heading: "step 1 of", keys: "lesson \(name)\r", fits: true)
        let total = try #require(step.firstMatch(of: /step 1 of (\d+)/).flatMap { Int($0.1) })
        for index in 2...max(2, total) where total > 1 {
            if step.contains("(answer with ") { _ = nextStep(terminal, heading: nil, keys: "skip\r", fits: true) }
            step = nextStep(terminal, heading: "step \(index) of \(total)", fits: true)
            #expect(!step.contains("promise does not hold"), "\(name) step \(index): \(step)")
        }
        #expect(terminal.leave() == 0)
    }

    /// Issue 11.12: the review quiz played at 80×24, every screen but the first buy's full Bayes
    /// table without the pager, answered right at once, wrong then right, and skipped; the score
    /// at its end counts each.
    @Test func reviewEndsWithTheScore() throws {
        let terminal = try shell()
        #expect(terminal.waitFor("t=0 98.80|101.20>"))
        _ = nextStep(terminal, heading: "step 1 of 13", keys: "lesson review\r", fits: true)
        #expect(nextStep(terminal, heading: "step 2 of 13", fits: true).contains("Predict P(V = high)"))
        #expect(nextStep(terminal, heading: nil, keys: "0.5\r", fits: true).contains("Not quite"))
        // The buy's full Bayes table under the answer runs past 24 lines: read through the pager.
        #expect(nextStep(terminal, heading: "continued", keys: "13/20\r").contains("Right: P(V = high) = 0.6500."))
        _ = nextStep(terminal, heading: "step 3 of 13", fits: true)
        #expect(
            nextStep(terminal, heading: "continued", keys: "skip\r", fits: true).contains(
                "The answer: P(V = high) goes down"))
        _ = nextStep(terminal, heading: "step 4 of 13", fits: true)
        // Questions 3 to 9, each right at the first try (the answers pinned in lessons/review.md).
        for (index, answer) in zip([5, 6, 7, 8, 9, 10, 12], ["7/17", "42/191", "3.4", "c", "2", "b", "a"]) {
            if index == 12 { _ = nextStep(terminal, heading: "step 11 of 13", fits: true) }
            _ = nextStep(terminal, heading: "step \(index) of 13", fits: true)
            #expect(
                nextStep(terminal, heading: "continued", keys: answer + "\r", fits: true).contains("Right:"),
                "step \(index)")
        }
        let end = nextStep(terminal, heading: "step 13 of 13", fits: true)
        let said = end.replacing("\n", with: " ")
        #expect(
            said.contains(
                "You answered 8 of 9 questions right: 7 at the first try, 1 after a wrong try or a hint; 1 revealed (skip or out of tries)."
            ), "\(end)")
        #expect(terminal.leave() == 0)
    }

    /// Issue 11.1: at example-1's question the student changes the market and trades; the answer is
    /// still the lesson's, and the next steps' numbers are the lesson's (ask 101.5352 → 102.0811).
    @Test func commandsAtAQuestionDoNotBreakTheLesson() throws {
        let terminal = try shell()
        #expect(terminal.waitFor("t=0 98.80|101.20>"))
        var step = nextStep(terminal, heading: "step 1 of", keys: "lesson example-1\r")
        // To the first buy's question, skipping any question before it.
        for index in 2...6 where !step.contains("Now the first buy arrives") {
            if step.contains("(answer with ") { _ = nextStep(terminal, heading: nil, keys: "skip\r") }
            step = nextStep(terminal, heading: "step \(index) of")
        }
        #expect(step.contains("Predict the ask after this step (within ±0.01)"))
        terminal.enter("set high 115")
        #expect(terminal.waitFor("high = 115: a new opening"))
        // A full Bayes step can be longer than the screen: read it through the pager.
        #expect(nextStep(terminal, heading: nil, keys: "buy\r").contains("t=1  buy filled"))
        terminal.enter("75%")
        #expect(terminal.waitFor("'75%' is neither an answer nor a command"))
        terminal.enter("hint")
        #expect(terminal.waitFor("Hint: First update her beliefs"))
        let answered = nextStep(terminal, heading: "continued", keys: "101.5352\r")
        #expect(answered.contains("the lesson's market is back"))
        #expect(answered.contains("Right: the ask = 101.5352."))
        #expect(!answered.contains("promise does not hold"))
        _ = nextStep(terminal, heading: "After the buy her weights")
        let second = nextStep(terminal, heading: "A second buy.")
        #expect(second.contains("Will the spread widen, narrow or stay the same in this step?"))
        let widened = nextStep(terminal, heading: "continued", keys: "widen\r")
        #expect(widened.contains("Right: the spread widens."))
        #expect(widened.contains("ask 101.5352 → 102.0811"), "\(widened)")
        #expect(!widened.contains("promise does not hold"))
        let again = nextStep(terminal, heading: nil, keys: "again\r")
        #expect(again.contains("(this step has run;"))
        #expect(terminal.leave() == 0)
    }

    /// Issue 11.8: narration wraps at spaces, keeping `14 : 3 : 3` and `x = y` whole.
    @Test func wrappingKeepsRatiosTogether() throws {
        let terminal = try shell()
        #expect(terminal.waitFor("t=0 98.80|101.20>"))
        var step = nextStep(terminal, heading: "step 1 of", keys: "lesson example-1\r")
        for index in 2...6 where !step.contains("14 : 3 : 3") {
            step = nextStep(terminal, heading: "step \(index) of")
        }
        #expect(step.contains("14 : 3 : 3"))
        #expect(step.contains("42 : 6 : 15"))
        terminal.enter("set mu 2")
        #expect(terminal.waitFor("mu must be in [0, 1)"))
        #expect(terminal.leave() == 0)
    }

    /// Issue 10.16 and 23.3: a progress file far larger than progress can be is not read (one
    /// warning); it is moved aside whole, never replaced, and the first save starts a small one.
    @Test func oversizedProgressIsNotRead() throws {
        let folder = home.appendingPathComponent("glosten")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let text =
            "{\"bayes\": {\"step\": 1, \"total\": 5, \"done\": false}, \"pad\": \""
            + String(repeating: "x", count: 300_000) + "\"}"
        try Data(text.utf8).write(to: folder.appendingPathComponent("progress"))
        let terminal = try shell()
        let aside = folder.appendingPathComponent("progress.unreadable").path
        #expect(terminal.waitFor("more than progress ever needs; moved it to"))
        #expect(terminal.waitFor("progress.unreadable"), "\(terminal.screen)")
        terminal.waitForPrompt()
        let words = terminal.screen.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(words.contains("\(aside) and starting fresh"), "\(terminal.screen)")
        terminal.enter("lesson")
        #expect(terminal.waitFor("bayes         new"))
        terminal.enter("lesson bayes")
        #expect(terminal.waitFor("step 1 of 5"))
        #expect(terminal.leave() == 0)
        let size =
            try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("progress").path)[.size]
            as? Int
        #expect((size ?? .max) < 1024)
        #expect(try String(contentsOfFile: aside, encoding: .utf8) == text)
    }

    /// Issue 11.9: presenting clears the screen for each slide, keeps the heading on top, asks the
    /// room first and answers on the next key; q ends it.
    @Test func presentation() throws {
        let terminal = try shell(["--lesson", "bayes", "--present"])
        #expect(terminal.waitFor("slide 1 of"))
        let first = terminal.screen
        #expect(first.hasPrefix("") && first.contains("── step 1 of 5 · Bayes' rule with two states ──"))
        #expect(terminal.raw.contains("\u{1B}[2J"))
        #expect(!first.contains("Enter: next step") && !first.contains("explore with any command"))
        var question = ""
        for _ in 0..<12 where !question.contains("Question for the room:") {
            terminal.clear()
            terminal.type(" ")
            #expect(terminal.waitFor("slide "))
            question = terminal.screen
        }
        #expect(question.contains("Question for the room: Predict P(V = high) after this step"))
        #expect(question.components(separatedBy: "\n").first { !$0.isEmpty }?.contains("── step 2 of 5") == true)
        terminal.clear()
        terminal.type(" ")
        #expect(terminal.waitFor("The answer: P(V = high) = 0.7500."))
        #expect(terminal.screen.contains("── step 2 of 5"))
        terminal.type("q")
        #expect(terminal.waitForExit() == 0)
    }
}
