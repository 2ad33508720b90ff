import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// The score said at the end of a lesson: counted from how each question was settled, kept
/// across quitting and resuming, started again by `restart`, and absent for a room or a recording.
struct LessonScoreTests {
    /// Three questions and a last step. Defaults θ = ½, μ = 0.3, γ = ½: a buy takes P(V_H) to
    /// 0.5 × 0.65 / 0.5 = 0.65, the sell after it back to 0.5 (down), the next buy to 0.65 again.
    static func library() throws -> LessonLibrary {
        try lessonLibrary([
            "quiz": """
        # Quiz

        A buy.

        ```gm
        # predict p_high 0.65 ±0.01
        # hint a buy is likelier when the value is high
        buy
        ```

        A sell.

        ```gm
        # predict direction p_high down
        sell
        ```

        A buy again.

        ```gm
        # predict p_high 0.65 ±0.01
        buy
        ```

        The end.
        """
        ])
    }

    @Test func rightWrongThenRightAndSkipAcrossAResume() throws {
        let store = MemoryProgressStore()
        let library = try Self.library()
        var shell = Interpreter.forTests(library: library, progress: store)
        #expect(printed(&shell, "lesson quiz").contains("Predict P(V = high)"))
        #expect(printed(&shell, "0.65").contains("Right:"))  // question 1: first try
        _ = printed(&shell, "")
        #expect(printed(&shell, "up").contains("Not quite"))
        #expect(printed(&shell, "down").contains("Right:"))  // question 2: after a wrong try
        _ = send(&shell, "quit")
        #expect(store.load().progress["quiz"]?.outcomes == [0: .firstTry, 1: .later])

        var tomorrow = Interpreter.forTests(library: library, progress: store)
        #expect(printed(&tomorrow, "lesson quiz").contains("resuming quiz at step 2 of 4"))
        _ = printed(&tomorrow, "")
        #expect(printed(&tomorrow, "skip").contains("The answer:"))  // question 3: revealed
        let end = printed(&tomorrow, "")
        #expect(
            end.contains(
                "You answered 2 of 3 questions right: 1 at the first try, 1 after a wrong try or a hint; 1 revealed (skip or out of tries)."
            ))
        #expect(end.contains("End of quiz."))
        #expect(store.load().progress["quiz"]?.score == LessonScore(questions: 3, firstTry: 1, later: 1, revealed: 1))
        let listing = printed(&tomorrow, "lesson")
        #expect(listing.contains("done 2/3"))
        #expect(listing.contains("(done n/m: n of the lesson's m questions right when it was last finished)"))

        // restart: a new score; a hint asked for before a right answer counts as help.
        _ = printed(&tomorrow, "restart")
        #expect(printed(&tomorrow, "hint").contains("Hint: a buy is likelier"))
        #expect(printed(&tomorrow, "0.65").contains("Right:"))
        _ = printed(&tomorrow, "")
        #expect(printed(&tomorrow, "down").contains("Right:"))
        _ = printed(&tomorrow, "")
        #expect(printed(&tomorrow, "13/20").contains("Right:"))
        #expect(
            store.load().progress["quiz"]?.score == LessonScore(questions: 3, firstTry: 1, later: 1, revealed: 1),
            "the last finished score stays until the new play reaches the end")
        let again = printed(&tomorrow, "")
        #expect(
            again.contains(
                "You answered 3 of 3 questions right: 2 at the first try, 1 after a wrong try or a hint; 0 revealed"))
        #expect(printed(&tomorrow, "lesson").contains("done 3/3"))
    }

    @Test func outOfTriesIsRevealed() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        _ = printed(&shell, "lesson quiz")
        for _ in 0..<3 { _ = printed(&shell, "0.1") }  // at least three tries, then the answer
        _ = printed(&shell, "")
        _ = printed(&shell, "skip")
        _ = printed(&shell, "")
        _ = printed(&shell, "0.65")
        #expect(
            printed(&shell, "").contains(
                "You answered 1 of 3 questions right: 1 at the first try, 0 after a wrong try or a hint; 2 revealed"))
    }

    @Test func noScoreForARoomOrARecording() throws {
        var shell = Interpreter.forTests(library: try Self.library())
        let slides = try shell.presentation(of: "quiz").flatMap { $0.lines }.map(\.plain).joined(separator: "\n")
        #expect(slides.contains("The end."))
        #expect(!slides.contains("You answered"))
        let recording = printed(&shell, "lesson play quiz")
        #expect(recording.contains("The end."))
        #expect(!recording.contains("You answered"))
    }

    @Test func oneQuestionIsSaidInTheSingular() throws {
        var shell = Interpreter.forTests(library: try LessonPlayerTests.library())
        _ = printed(&shell, "lesson two")
        _ = printed(&shell, "")
        _ = printed(&shell, "skip")
        let end = printed(&shell, "")
        #expect(
            end.contains(
                "You answered 0 of 1 question right: 0 at the first try, 0 after a wrong try or a hint; 1 revealed"))
    }
}
