@testable import BinaryShell
import Foundation
import Testing

@testable import ShellKit

/// Playing a lesson as a student: predicting wrong, taking a hint, predicting right, going back,
/// exploring, quitting and resuming.
struct LessonPlayerTests {
    /// A two-step lesson in a folder of its own. Default opening θ = ½, μ = 0.3, γ = ½, V 96/104:
    /// after one buy P(V_H) = 0.65; the ask after it is (0.65²·104 + 0.35²·96)/(0.65² + 0.35²) = 56.596/0.545.
    static func library() throws -> LessonLibrary {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "glosten-lessons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try """
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
        """.write(to: folder.appendingPathComponent("two.md"), atomically: true, encoding: .utf8)
        return LessonLibrary(folder: folder)
    }

    private func send(_ shell: inout Interpreter, _ line: String) -> String {
        shell.run(line: Array(line.utf8))?.plainText ?? ""
    }

    @Test func predictHintThenRight() throws {
        var shell = Interpreter(library: try Self.library())
        #expect(send(&shell, "lesson two").contains("step 1 of 3"))
        let step2 = send(&shell, "")
        #expect(step2.contains("Predict P(V = high) after this step (within ±0.01)"))
        #expect(shell.session.binary.market.time == 0, "the step ran before the prediction")
        let wrong = send(&shell, "0.5")
        #expect(wrong.contains("Not quite: P(V = high) will be higher than 0.5"))
        #expect(wrong.contains("Hint: a buy is likelier when the value is high"))
        let right = send(&shell, "0.65")
        #expect(right.contains("Right: P(V = high) = 0.6500."))
        #expect(right.contains("t=1  buy filled"))
        #expect(shell.session.binary.market.time == 1)
    }

    @Test func skipRevealsAndAFewWrongTriesToo() throws {
        var shell = Interpreter(library: try Self.library())
        _ = send(&shell, "lesson two")
        _ = send(&shell, "next")
        #expect(send(&shell, "skip").contains("The answer: P(V = high) = 0.6500."))
        _ = send(&shell, "back")
        let again = send(&shell, "next")
        #expect(!again.contains("Predict P(V = high)"), "a question already answered was asked again")
        #expect(again.contains("you answered this question before"))
        #expect(again.contains("t=1  buy filled"))
        _ = send(&shell, "restart")
        #expect(send(&shell, "next").contains("Predict P(V = high)"), "restart asks the questions again")
        for _ in 0..<2 { _ = send(&shell, "0.1") }
        #expect(send(&shell, "0.1").contains("The answer: P(V = high) = 0.6500."))
    }

    /// back restores the market exactly as it was before the step; next puts back the lesson's
    /// market after exploring.
    @Test func backAndExplore() throws {
        var shell = Interpreter(library: try Self.library())
        _ = send(&shell, "lesson two")
        let opening = shell.session.binary.market
        _ = send(&shell, "next")
        _ = send(&shell, "skip")
        let afterStep = shell.session.binary.market
        _ = send(&shell, "sell")
        _ = send(&shell, "sell")
        #expect(shell.session.binary.market.time == 3)
        #expect(send(&shell, "next").contains("the lesson's market is back"))
        #expect(shell.session.binary.market == afterStep)
        _ = send(&shell, "back")
        _ = send(&shell, "back")
        #expect(shell.session.binary.market == opening)
        #expect(send(&shell, "back").contains("this is the lesson's first step"))
    }

    /// quit leaves the lesson, not the shell; progress resumes where it stopped.
    @Test func quitAndResume() throws {
        let store = MemoryProgressStore()
        let library = try Self.library()
        var shell = Interpreter(library: library, progress: store)
        _ = send(&shell, "lesson two")
        _ = send(&shell, "")
        let quitReply = shell.run(line: Array("quit".utf8))
        let quit = try #require(quitReply)
        #expect(!quit.quits)
        #expect(quit.plainText.contains("left two; lesson two resumes at step 2 of 3"))
        #expect(store.load().progress["two"] == LessonProgress(step: 1, total: 3, done: false))
        _ = send(&shell, "lesson two")
        _ = send(&shell, "0.1")
        _ = shell.run(line: Array("quit".utf8))
        #expect(store.load().progress["two"] == LessonProgress(step: 1, total: 3, done: false, tries: 1, hints: 1))

        var tomorrow = Interpreter(library: library, progress: store)
        #expect(send(&tomorrow, "lesson").contains("step 2/3"))
        let resumed = send(&tomorrow, "lesson two")
        #expect(resumed.contains("resuming two at step 2 of 3"))
        #expect(resumed.contains("Predict P(V = high)"))
        // The try and the hint were kept: the next wrong answer is the last allowed but one, with no hint left.
        let second = send(&tomorrow, "0.2")
        #expect(second.contains("Not quite") && !second.contains("Hint:"))
        #expect(send(&tomorrow, "0.2").contains("The answer: P(V = high) = 0.6500."))
        #expect(tomorrow.run(line: Array("quit".utf8))?.quits == false)
        #expect(tomorrow.run(line: Array("quit".utf8))?.quits == true)
    }

    /// Lesson names are plain words: no path can escape the lessons folder.
    @Test func namesAreConfined() throws {
        var shell = Interpreter(library: try Self.library())
        for name in ["../two", "/etc/passwd", "two/../../x", "Two.MD/..", "..", "~root"] {
            let answer = shell.run(line: Array("lesson \(name)".utf8))
            let reply = try #require(answer)
            #expect(reply.error != nil, "\(name) was accepted")
        }
        #expect(send(&shell, "lesson tow").contains("did you mean 'two'?"))
        #expect(send(&shell, "next").contains("next works inside a lesson, and none is playing"))
    }

    /// The whole lesson at once, answers shown, for projecting.
    @Test func playWhole() throws {
        var shell = Interpreter(library: try Self.library())
        let text = send(&shell, "lesson play two")
        #expect(text.contains("step 3 of 3"))
        #expect(text.contains("The answer: P(V = high) = 0.6500."))
        #expect(shell.lessonStatus == nil)
    }
}
