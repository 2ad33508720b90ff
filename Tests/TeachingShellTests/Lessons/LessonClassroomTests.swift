@testable import BinaryShell
import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// What a student can type never breaks a lesson, and the player keeps and says their progress.
struct LessonClassroomTests {
    /// A lesson in a folder of its own. Default opening V 96/104, θ = ½, μ = 0.3, γ = ½:
    /// bid 98.8, ask 101.2; after a buy P(V_H) = 0.65, and after a second buy
    /// P(V_H) = 0.65·0.65 / (0.65·0.65 + 0.35·0.35) = 0.4225/0.545 ≈ 0.7752.
    static func library(_ text: String, name: String = "les") throws -> LessonLibrary {
        try lessonLibrary([name: text])
    }

    static let twoBuys = """
        # Two buys

        One buy; predict.

        ```gm
        # predict p_high 0.65 ±0.01
        # hint a buy is likelier when the value is high
        # hint 0.5 × 0.65 / 0.5
        buy
        # expect p_high 0.65
        ```

        Another buy.

        ```gm
        buy
        # expect p_high 0.4225/0.545
        # expect t 2
        ```
        """

    /// Issue 11.1: commands typed at a question run on a copy; the lesson's next expectations hold.
    @Test func commandsAtAQuestionLeaveTheLessonsMarket() throws {
        var shell = Interpreter.forTests(library: try Self.library(Self.twoBuys))
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "set high 115")
        _ = printed(&shell, "buy")
        _ = printed(&shell, "buy")
        #expect(shell.session.binary.market.time == 2)
        let right = printed(&shell, "0.65")
        #expect(right.contains("Right: P(V = high) = 0.6500."))
        #expect(right.contains("the lesson's market is back"))
        #expect(!right.contains("promise does not hold"))
        #expect(shell.session.binary.market.time == 1)
        #expect(abs(shell.session.binary.market.belief.pHigh - 0.65) < 1e-12)
        _ = printed(&shell, "sell")
        let next = printed(&shell, "")
        #expect(!next.contains("promise does not hold"), "\(next)")
        #expect(abs(shell.session.binary.market.belief.pHigh - 0.4225 / 0.545) < 1e-12)
        #expect(shell.session.binary.market.time == 2)
    }

    /// A lesson whose promise fails says so during play, at its line.
    @Test func aBrokenPromiseIsReportedDuringPlay() throws {
        var shell = Interpreter.forTests(
            library: try Self.library(Self.twoBuys.replacingOccurrences(of: "# expect t 2", with: "# expect t 3")))
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "skip")
        let text = printed(&shell, "")
        #expect(text.contains("this lesson's promise does not hold:"))
        #expect(text.contains(":18: expected t 3 ±0.5, got 2"))
    }

    /// Issue 11.2 and 11.5: Enter and next at a question re-ask it; 65% and 13/20 answer a
    /// probability; a line that is neither an answer nor a command says what is accepted.
    @Test func answersAndNonAnswers() throws {
        var shell = Interpreter.forTests(library: try Self.library(Self.twoBuys))
        _ = printed(&shell, "lesson les")
        for line in ["", "next"] {
            let text = printed(&shell, line)
            #expect(
                text.contains(
                    "The question is still open: answer with a probability such as 0.75, 3/4, 75% or 0.3*0.5/0.4, or type skip"))
            #expect(shell.lessonStatus?.question != nil)
        }
        let junk = send(&shell, "abc")
        #expect(
            junk?.error?.message
                == "'abc' is neither an answer nor a command: answer with a probability such as 0.75, 3/4, 75% or 0.3*0.5/0.4, or type skip, hint or again"
        )
        #expect(printed(&shell, "65%").contains("Right: P(V = high) = 0.6500."))
        _ = printed(&shell, "restart")
        #expect(printed(&shell, "13/20").contains("Right:"))
    }

    /// Issue 11.3: hint gives the hints in order without using a try; again shows the step once more.
    @Test func hintAndAgain() throws {
        var shell = Interpreter.forTests(library: try Self.library(Self.twoBuys))
        _ = printed(&shell, "lesson les")
        #expect(printed(&shell, "hint").contains("Hint: a buy is likelier when the value is high"))
        #expect(printed(&shell, "hint").contains("Hint: 0.5 × 0.65 / 0.5"))
        #expect(printed(&shell, "hint").contains("no more hints for this question"))
        let again = printed(&shell, "again")
        #expect(again.contains("One buy; predict.") && again.contains("Predict P(V = high) after this step"))
        _ = printed(&shell, "skip")
        #expect(send(&shell, "hint")?.error == .noQuestion)
    }

    /// Issue 11.4: finishing stays done through restart and replay, and replaying says so.
    @Test func doneIsKept() throws {
        let store = MemoryProgressStore()
        let library = try Self.library(Self.twoBuys)
        var shell = Interpreter.forTests(library: library, progress: store)
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "skip")
        _ = printed(&shell, "")
        #expect(store.load().progress["les"]?.done == true)
        _ = printed(&shell, "restart")
        #expect(store.load().progress["les"]?.done == true)
        _ = printed(&shell, "quit")
        #expect(printed(&shell, "lesson les").contains("you finished les before; it starts again from step 1"))
    }

    /// Issue 10.16: `lesson NAME` sets the learner's market aside and `lesson quit` gives it back.
    @Test func theLearnersMarketComesBack() throws {
        var shell = Interpreter.forTests(library: try Self.library(Self.twoBuys))
        _ = printed(&shell, "set mu 0.2")
        _ = printed(&shell, "sell")
        let mine = shell.session.binary.market
        #expect(printed(&shell, "lesson les").contains("your market at t = 1 is set aside; lesson quit brings it back"))
        #expect(shell.session.binary.market.time == 0)
        #expect(printed(&shell, "lesson quit").contains("your own market is back: binary model at t = 1"))
        #expect(shell.session.binary.market == mine)
    }

    /// Issue 10.16: a store that cannot save warns once, not on every step.
    @Test func aFailingStoreWarnsOnce() throws {
        final class Failing: ProgressStore, @unchecked Sendable {
            func load() -> (progress: [String: LessonProgress], warning: StateFileWarning?) { ([:], nil) }
            func save(
                _ progress: [String: LessonProgress]
            ) -> (progress: [String: LessonProgress], warning: StateFileWarning?) {
                (progress, .progressUnwritable(.lessons, "p.json", .full(device: false)))
            }
        }
        var shell = Interpreter.forTests(library: try Self.library(Self.twoBuys), progress: Failing())
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "skip")
        _ = printed(&shell, "")
        _ = printed(&shell, "back")
        #expect(
            shell.takeWarnings() == [
                "could not save lesson progress to p.json (the disk refused the data (full?)); earlier progress is kept"
            ])
    }

    /// Issue 10.16: implausible progress entries (huge, negative, not a lesson name) are dropped on load.
    @Test func progressIsBounded() throws {
        let store = MemoryProgressStore()
        _ = store.save([
            "les": LessonProgress(step: 1, total: 2, done: false),
            "../x": LessonProgress(step: 0, total: 2, done: false),
            "big": LessonProgress(step: 5, total: 2, done: false),
            "many": LessonProgress(step: 0, total: 2, done: false, answered: Array(0..<100_000)),
        ])
        let shell = Interpreter.forTests(progress: store)
        #expect(shell.lessons.progress.keys.sorted() == ["les"])
    }

    /// Issue 11.11: direction and multiple-choice questions, checked by lesson check and answered in play.
    @Test func directionAndChoice() throws {
        let text = """
            # Kinds

            ```gm
            # predict direction spread narrow
            # hint at θ = ½ the spread is widest
            buy
            ```

            ```gm
            # predict choice b
            # option a  the bid falls
            # option b  the bid rises
            buy
            ```

            ```gm
            # predict direction p_informed up
            buy
            ```
            """
        let library = try Self.library(text)
        #expect(LessonChecker.check(try library.lesson(named: "les")).passed)
        let wrong = LessonChecker.check(
            try Lesson.parse(
                text.replacingOccurrences(of: "spread narrow", with: "spread widen"), name: "x", path: "x.md"))
        #expect(
            wrong.failures.map(\.message) == [
                "x.md:4: the prediction's answer says spread moves widen, but the model gives narrow"
            ])
        var shell = Interpreter.forTests(library: library)
        #expect(printed(&shell, "lesson les").contains("Will the spread widen, narrow or stay the same in this step?"))
        #expect(shell.lessonStatus?.question == "widen, narrow or same?")
        #expect(printed(&shell, "widen").contains("Not quite: the spread does not widen. Try again, or skip."))
        #expect(printed(&shell, "narrow").contains("Right: the spread narrows."))
        let choice = printed(&shell, "")
        #expect(choice.contains("  a  the bid falls") && choice.contains("  b  the bid rises"))
        #expect(printed(&shell, "a").contains("Not quite: not a."))
        #expect(printed(&shell, "(b)").contains("Right: b (the bid rises)."))
        _ = printed(&shell, "")
        #expect(printed(&shell, "up").contains("Right: P(trader informed | order) goes up."))
    }

    /// A malformed choice is an error at its line.
    @Test func malformedChoices() {
        #expect(throws: LessonError(path: "x.md", line: 2, problem: .choiceWithoutAnswer("c", options: ["a", "b"]))) {
            try Lesson.parse(
                "```gm\n# predict choice c\n# option a one\n# option b two\nbuy\n```", name: "x", path: "x.md")
        }
        #expect(throws: LessonError(path: "x.md", line: 3, problem: .orphanOption)) {
            try Lesson.parse("```gm\n# predict ask ±0.1\n# option a one\nbuy\n```", name: "x", path: "x.md")
        }
    }

    /// A rule (`---`) ends a step of narration only.
    @Test func ruleEndsAStep() throws {
        let lesson = try Lesson.parse("# T\n\nFirst.\n\n---\n\nSecond.\n\n```gm\nbuy\n```\n", name: "x", path: "x.md")
        #expect(lesson.steps.count == 2)
        #expect(lesson.steps[0].lines.isEmpty && lesson.steps[1].commands.count == 1)
    }

    /// The author's guide shows the directive table that drives the parser.
    @Test func guideShowsTheDirectiveTable() throws {
        let guide = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("lessons/README.md")
        let text = try String(contentsOf: guide, encoding: .utf8)
        #expect(text.contains(DirectiveTable.markdown), "lessons/README.md does not hold DirectiveTable.markdown")
    }
}

/// Links lose their marks in one pass: labels kept, URLs dropped, unfinished ones left as written.
@Test func linksLoseTheirMarks() {
    #expect(NarrationText.plain("see [the paper](https://x.org/a) and [b](c).") == "see the paper and b.")
    #expect(NarrationText.plain("[a](b)[c](d)") == "ac")
    #expect(NarrationText.plain("an [unclosed](link and [x]") == "an [unclosed](link and [x]")
    #expect(NarrationText.plain("E[V] = 100, no link") == "E[V] = 100, no link")
    #expect(NarrationText.plain("**bold** *it* `code` [μ = ½](u)") == "bold it code μ = ½")
    let many = Array(repeating: "[a](b)", count: 50_000).joined(separator: " ")
    #expect(NarrationText.plain(many) == Array(repeating: "a", count: 50_000).joined(separator: " "))
}

/// Tab completes `present` after a lesson's name, and `detail`'s values after `set detail`.
@Test func completionKnowsTheNewWords() {
    #expect(Completion.candidates(for: "lesson bayes pr", lessons: ["bayes"]) == ["present"])
    #expect(Completion.candidates(for: "set detail ", lessons: []) == ["full", "brief"])
    #expect(Completion.candidates(for: "ag", lessons: []) == ["again"])
}

/// Presenting or printing another lesson in the middle of one leaves the learner where they were.
@Test func presentingLeavesTheShellAsItWas() throws {
    var shell = Interpreter.forTests(library: try LessonClassroomTests.library(LessonClassroomTests.twoBuys))
    _ = send(&shell, "lesson les")
    _ = send(&shell, "skip")
    let market = shell.session.binary.market
    let slides = send(&shell, "lesson les present")?.slides ?? []
    #expect(slides.count == 3, "a question's step is two slides")
    #expect(slides[0].lines.contains { $0.plain.hasPrefix("Question for the room: Predict P(V = high)") })
    #expect(slides[1].lines.contains { $0.plain == "The answer: P(V = high) = 0.6500." })
    #expect(shell.session.binary.market == market && shell.lessonStatus?.position == "les 1/2")
    _ = send(&shell, "lesson play les")
    #expect(shell.session.binary.market == market && shell.lessonStatus?.position == "les 1/2")
}
