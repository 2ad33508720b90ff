import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// `lesson check` holds each lesson to its promises and names the line of any that fails.
struct LessonCheckerTests {
    private func check(_ text: String) throws -> LessonChecker.Report {
        LessonChecker.check(try LessonParser.parse(text, name: "t", path: "t.md"))
    }

    /// DESIGN §2 hand check as a lesson: V 100/104, θ = ½, μ = 0.3: bid 101.4, ask 102.6; after a
    /// buy P(V_H) = 0.65, bid 102, ask = 56.19/0.545 = 11238/109.
    static let handCheck = """
        ```gm
        set low 100
        set high 104
        # expect bid 101.4 ±1e-9
        # expect ask 102.6 ±1e-9
        buy
        # expect p_high 13/20
        # expect bid 102 ±1e-9
        # expect ask 11238/109
        # expect p_informed 3/10
        ```
        """

    @Test func correctLessonPasses() throws {
        let report = try check(Self.handCheck)
        #expect(report.passed, "\(report.failures.map(\.message))")
        #expect(report.expectations == 6)
    }

    /// A quantity the market's model does not declare (Roll's covariance under Kyle, a misspelt
    /// name) is refused in one line at its own line, naming the quantity, the model and the
    /// model's quantities, whether an expectation or a prediction names it.
    @Test func quantityTheModelLacksIsNamed() throws {
        let kyleHas = "value, sd, t, price, lambda, beta, sigma2, expected_profit"
        let lesson = """
            ```gm
            model kyle
            # expect covariance 0 ±1
            ```

            ```gm
            # predict covarience ±1
            params
            ```
            """
        let report = try check(lesson)
        #expect(
            report.failures.map(\.message) == [
                "t.md:3: the kyle model has no quantity 'covariance'; its quantities are \(kyleHas)",
                "t.md:7: the kyle model has no quantity 'covarience'; its quantities are \(kyleHas)",
            ])
        // Under the model that declares it, the same name is read: no failure names it.
        let roll = try check(lesson.replacingOccurrences(of: "model kyle", with: "model roll"))
        #expect(!roll.failures.contains { $0.message.contains("has no quantity 'covariance'") })
    }

    /// Breaking one number fails at that number's line, with expected and actual.
    @Test func brokenNumberFailsAtItsLine() throws {
        let report = try check(Self.handCheck.replacingOccurrences(of: "11238/109", with: "103.2"))
        #expect(report.failures.count == 1)
        let failure = try #require(report.failures.first)
        #expect(failure.line == 9)
        #expect(failure.message == "t.md:9: expected ask 103.2 ±0.05, got 103.10091743119266")
    }

    /// A wrong stated answer to a prediction fails at the `# predict` line.
    @Test func wrongPredictionAnswer() throws {
        let report = try check("```gm\n# predict p_high 0.7 ±0.01\nbuy\n```")
        // Default opening θ = ½, μ = 0.3, γ = ½: P(V_H | buy) = 0.5·0.65/0.5 = 0.65, not 0.7.
        #expect(report.failures.map(\.line) == [2])
    }

    /// A failing command is a failure unless `# expect error` follows it.
    @Test func commandErrors() throws {
        #expect(try check("```gm\nset mu 2\n# expect error\nquote\n```").passed)
        let unexpected = try check("```gm\nset mu 2\nquote\n```")
        #expect(unexpected.failures.map(\.line) == [2])
        let missing = try check("```gm\nquote\n# expect error\n```")
        #expect(missing.failures.map(\.line) == [3])
    }

    /// A lesson cannot start lessons, steer the player or leave the shell.
    @Test func lessonIsData() throws {
        for command in ["lesson bayes", "quit", "next", "restart", "lesson check"] {
            let report = try check("```gm\n\(command)\n```")
            #expect(!report.passed, "\(command) was allowed")
            #expect(report.failures.first?.message.contains("not allowed inside a lesson") == true)
        }
    }

    /// Withdrawn sides: DESIGN §2, V = 100/110, θ = ½, tolerance 1.2 closes at μ = 0.3, not at μ = 0.2.
    @Test func closedExpectations() throws {
        let report = try check(
            """
            ```gm
            set low 100
            set high 110
            set tolerance 1.2
            set mu 0.2
            # expect open
            set mu 0.3
            # expect closed
            # expect ask closed
            ```
            """)
        #expect(report.passed, "\(report.failures.map(\.message))")
    }

    /// Every shipped lesson passes (the README's test command also runs `glosten lesson check`).
    @Test func shippedLessonsPass() throws {
        let library = LessonLibrary(folder: shippedLessonsFolder)
        #expect(library.names.contains("bayes"))
        for name in library.names {
            let report = LessonChecker.check(try library.lesson(named: name))
            #expect(report.passed, "\(name): \(report.failures.map(\.message))")
        }
    }
}

/// Issue 23.5: Ctrl-C or SIGTERM during `lesson check` ends the check at the step it cut and says
/// so, rather than checking what the cut-short commands left (before, a stop only shortened `run`s
/// and the check went on to report on them).
@Test func lessonCheckEndsAtAStop() throws {
    let lesson = try LessonParser.parse(LessonCheckerTests.handCheck, name: "t", path: "t.md")
    #expect(LessonChecker.check(lesson).passed)
    let stopped = LessonChecker.check(lesson, shouldStop: { true })
    #expect(!stopped.passed)
    #expect(stopped.stoppedAfter == 0)
    #expect(stopped.lines.map(\.plain) == ["t.md: interrupted after 0 of \(lesson.steps.count) steps; not checked"])
}
