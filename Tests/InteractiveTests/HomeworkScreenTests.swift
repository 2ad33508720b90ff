import Foundation
import Testing

/// `homework FILE` typed in the interactive shell: it asks `student id>` once (a bad id or a bad
/// file gets one line and nothing starts), plays the items, and a later shell resumes the same
/// work without asking again.
@Suite(.serialized)
struct HomeworkScreenTests {
    private let home: URL

    init() throws {
        home = try privateHome("homework")
    }

    private func shell() throws -> PseudoTerminal {
        try PseudoTerminal(environment: terminalEnvironment(home: home, lessons: InteractiveTests.lessons)).atOpeningPrompt()
    }

    /// The code on the screen after `homework code`.
    private func code(_ terminal: PseudoTerminal) -> String? {
        terminal.waitForPrompt()
        terminal.clear()
        terminal.type("homework code\r")
        guard terminal.waitFor("items done): ") else { return nil }
        terminal.waitForPrompt()
        let line = terminal.screen.split(separator: "\n").first { $0.contains("items done): ") }
        return line.flatMap { $0.split(separator: " ").last.map(String.init) }
    }

    @Test func askedOnceThenResumed() throws {
        let first = try shell()
        first.enter("homework nosuch")
        #expect(first.waitFor("no file nosuch, and no shipped assignment of that name (bayes, examples, drills, games)"))
        first.enter("homework bayes")
        #expect(first.waitFor("student id> "))
        first.type("two words\r")
        #expect(first.waitFor("'two words' is not a student id: one word of 1 to 64 characters"))
        first.enter("homework bayes")
        #expect(first.waitFor("student id> "))
        first.type("S1234\r")
        #expect(first.waitFor("student s1234; 2 items"))
        #expect(first.waitFor("── item 1 of 2: lesson bayes ──"))
        first.enter("skip")
        let played = code(first)
        #expect(played != nil)
        first.enter("quit")
        #expect(first.leave() == 0)

        // A new shell: no id asked, the work so far resumed (the same code), the lesson taken up.
        let second = try shell()
        second.waitForPrompt()
        second.clear()
        second.type("homework bayes\r")
        #expect(second.waitFor("student s1234; 2 items"))
        #expect(!second.screen.contains("student id>"))
        #expect(code(second) == played)
        #expect(second.leave() == 0)
    }
}
