@testable import BinaryShell
import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// Playing a lesson as a student: predicting wrong, taking a hint, predicting right, going back,
/// exploring, quitting and resuming.
struct LessonPlayerTests {
    /// A two-step lesson in a folder of its own. Default opening θ = ½, μ = 0.3, γ = ½, V 96/104:
    /// after one buy P(V_H) = 0.65; the ask after it is (0.65²·104 + 0.35²·96)/(0.65² + 0.35²) = 56.596/0.545.
    static func library() throws -> LessonLibrary {
        try lessonLibrary([
            "two": """
        # Two steps

        First we look.

        ```gm
        quote
        ```

        Then a buy.

        ```gm
        # predict p_high 0.65 ±0.01
        # hint a buy is likelier when the value is high
        # explain 0.5 × 0.65 / 0.5
        buy
        ```

        Done.
        """
        ])
    }

    @Test func predictHintThenRight() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        #expect(printed(&shell, "lesson two").contains("step 1 of 3"))
        let step2 = printed(&shell, "")
        #expect(step2.contains("Predict P(V = high) after this step (within ±0.01)"))
        #expect(shell.session.binary.market.time == 0, "the step ran before the prediction")
        let wrong = printed(&shell, "0.5")
        #expect(wrong.contains("Not quite: P(V = high) will be higher than 0.5"))
        #expect(wrong.contains("Hint: a buy is likelier when the value is high"))
        let right = printed(&shell, "0.65")
        #expect(right.contains("Right: P(V = high) = 0.6500."))
        #expect(right.contains("t=1  buy filled"))
        #expect(shell.session.binary.market.time == 1)
    }

    @Test func skipRevealsAndAFewWrongTriesToo() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        _ = printed(&shell, "lesson two")
        _ = printed(&shell, "next")
        #expect(printed(&shell, "skip").contains("The answer: P(V = high) = 0.6500."))
        _ = printed(&shell, "back")
        let again = printed(&shell, "next")
        #expect(!again.contains("Predict P(V = high)"), "a question already answered was asked again")
        #expect(again.contains("you answered this question before"))
        #expect(again.contains("t=1  buy filled"))
        _ = printed(&shell, "restart")
        #expect(printed(&shell, "next").contains("Predict P(V = high)"), "restart asks the questions again")
        for _ in 0..<2 { _ = printed(&shell, "0.1") }
        #expect(printed(&shell, "0.1").contains("The answer: P(V = high) = 0.6500."))
    }

    /// back restores the market exactly as it was before the step; next puts back the lesson's
    /// market after exploring.
    @Test func backAndExplore() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        _ = printed(&shell, "lesson two")
        let opening = shell.session.binary.market
        _ = printed(&shell, "next")
        _ = printed(&shell, "skip")
        let afterStep = shell.session.binary.market
        _ = printed(&shell, "sell")
        _ = printed(&shell, "sell")
        #expect(shell.session.binary.market.time == 3)
        #expect(printed(&shell, "next").contains("the lesson's market is back"))
        #expect(shell.session.binary.market == afterStep)
        _ = printed(&shell, "back")
        _ = printed(&shell, "back")
        #expect(shell.session.binary.market == opening)
        #expect(printed(&shell, "back").contains("this is the lesson's first step"))
    }

    /// quit leaves the lesson, not the shell; progress resumes where it stopped.
    @Test func quitAndResume() throws {
        let store = MemoryProgressStore()
        let library = try Self.library()
        var shell = Interpreter.forTests(library: library, progress: store)
        _ = printed(&shell, "lesson two")
        _ = printed(&shell, "")
        let quitReply = send(&shell, "quit")
        let quit = try #require(quitReply)
        #expect(!quit.quits)
        #expect(quit.plainText.contains("left two; lesson two resumes at step 2 of 3"))
        #expect(store.load().progress["two"] == LessonProgress(step: 1, total: 3, done: false))
        _ = printed(&shell, "lesson two")
        _ = printed(&shell, "0.1")
        _ = send(&shell, "quit")
        #expect(store.load().progress["two"] == LessonProgress(step: 1, total: 3, done: false, tries: 1, hints: 1))

        var tomorrow = Interpreter.forTests(library: library, progress: store)
        #expect(printed(&tomorrow, "lesson").contains("step 2/3"))
        let resumed = printed(&tomorrow, "lesson two")
        #expect(resumed.contains("resuming two at step 2 of 3"))
        #expect(resumed.contains("Predict P(V = high)"))
        // The try and the hint were kept: the next wrong answer is the last allowed but one, with no hint left.
        let second = printed(&tomorrow, "0.2")
        #expect(second.contains("Not quite") && !second.contains("Hint:"))
        #expect(printed(&tomorrow, "0.2").contains("The answer: P(V = high) = 0.6500."))
        #expect(send(&tomorrow, "quit")?.quits == false)
        #expect(send(&tomorrow, "quit")?.quits == true)
    }

    /// Lesson names are plain words: no path can escape the lessons folder.
    @Test func namesAreConfined() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        for name in ["../two", "/etc/passwd", "two/../../x", "Two.MD/..", "..", "~root"] {
            let answer = send(&shell, "lesson \(name)")
            let reply = try #require(answer)
            #expect(reply.error != nil, "\(name) was accepted")
        }
        #expect(printed(&shell, "lesson tow").contains("did you mean 'two'?"))
        #expect(printed(&shell, "next").contains("next works inside a lesson, and none is playing"))
    }

    /// The whole lesson at once, answers shown, for projecting.
    @Test func playWhole() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        let text = printed(&shell, "lesson play two")
        #expect(text.contains("step 3 of 3"))
        #expect(text.contains("The answer: P(V = high) = 0.6500."))
        #expect(shell.lessonStatus == nil)
    }
}
