@testable import BinaryShell
import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// One input mode at a time, and a lesson that gives back what it set aside: the learner's
/// market, her display settings and her place (issues 22.3–22.7, 23.11).
struct LessonModeTests {
    /// Issue 22.3: `set detail brief` typed in free play or at a step does not last into the
    /// lesson's steps: the first order of a step shows Bayes' rule, and quit gives brief back.
    @Test func displaySettingsAreSetAsideAtEachStep() throws {
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(LessonClassroomTests.twoBuys))
        _ = printed(&shell, "set detail brief")
        _ = printed(&shell, "lesson les")
        let first = printed(&shell, "0.65")
        #expect(first.contains("Bayes' rule"), "the lesson's step showed a compact row: \(first)")
        // At the next step the learner's brief (set while exploring) is set aside again.
        _ = printed(&shell, "set detail brief")
        let second = printed(&shell, "")
        #expect(second.contains("your exploration is set aside"))
        #expect(shell.detail == .full)
        _ = printed(&shell, "quit")
        #expect(shell.detail == .brief, "quit gives back the learner's own display setting")
    }

    /// Issue 22.4: quit right after restart of a finished lesson says truly where it goes on.
    @Test func quitAfterRestartSaysWhereTheLessonGoesOn() throws {
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(LessonClassroomTests.twoBuys))
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "skip")
        _ = printed(&shell, "")
        // Finished at its last step: quit says so and where it starts next time.
        #expect(printed(&shell, "quit").contains("left les (finished); lesson les starts at step 1"))
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "restart")
        let quit = printed(&shell, "quit")
        #expect(quit.contains("left les; lesson les starts at step 1, quit again leaves glosten"), "\(quit)")
    }

    /// Issue 22.4: a lesson finished before, restarted and left part-way, resumes there.
    @Test func aRestartedLessonResumesWhereItWasLeft() throws {
        let store = MemoryProgressStore()
        let library = try LessonClassroomTests.library(LessonClassroomTests.threeSteps)
        var shell = Interpreter.forTests(library: library, progress: store)
        _ = printed(&shell, "lesson les")
        _ = printed(&shell, "")
        _ = printed(&shell, "")
        #expect(store.load().progress["les"]?.done == true)
        _ = printed(&shell, "restart")
        _ = printed(&shell, "")
        let quit = printed(&shell, "quit")
        #expect(quit.contains("lesson les resumes at step 2 of 3"), "\(quit)")
        let resumed = printed(&shell, "lesson les")
        #expect(resumed.contains("resuming les at step 2 of 3"), "\(resumed)")
        #expect(shell.lessonStatus?.position == "les 2/3")
    }

    /// Issue 22.5: quit from a lesson started on an untouched market gives the learner's market
    /// back (the lesson's market was another model), with a line saying so.
    @Test func quitGivesTheUntouchedMarketBack() throws {
        let lesson = "# Normal\n\nA normal market.\n\n```gm\nmodel normal\nquote\n```\n\nMore.\n\n```gm\nbuy\n```\n"
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(lesson))
        #expect(shell.session.kind == .binary)
        _ = printed(&shell, "lesson les")
        #expect(shell.session.kind == .normal)
        let quit = printed(&shell, "quit")
        #expect(shell.session.kind == .binary && shell.session.model.time == 0)
        #expect(quit.contains("your own market is back: binary model at t = 0"), "\(quit)")
    }

    /// Issue 22.6: a lesson cannot start inside a game; a game started at a lesson's step takes
    /// the input (and the prompt) until it is left, the lesson's verbs are refused meanwhile, and
    /// the lesson then goes on with its question still open.
    @Test func oneInputModeAtATime() throws {
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(LessonClassroomTests.twoBuys))
        _ = printed(&shell, "maker compete rounds 3 seed 1")
        #expect(shell.inputMode.prompt(clock: "t=0") == "[maker 1/3] bid ask> ")
        let refused = printed(&shell, "lesson les")
        #expect(
            refused.contains(
                "a game is being played (maker 1/3): finish it, or leave it (quit), before starting a lesson"))
        #expect(shell.lessonStatus == nil)
        _ = printed(&shell, "quit")
        #expect(shell.inputMode == .free)

        _ = printed(&shell, "lesson les")
        guard case .lesson(let position, let question?) = shell.inputMode else {
            Issue.record("not in the lesson's mode at its question: \(shell.inputMode)")
            return
        }
        #expect(shell.inputMode.prompt(clock: "t=0") == "[\(position)] \(question)> ")
        let started = printed(&shell, "maker compete rounds 3 seed 1")
        #expect(
            started.contains("(lesson les waits while you play maker 1/3; quit leaves the game and lesson les goes on)")
        )
        #expect(shell.inputMode.prompt(clock: "t=0") == "[maker 1/3] bid ask> ")
        // 0.65 is not a move of the game, nor an answer to the waiting lesson.
        let answer = printed(&shell, "0.65")
        #expect(!answer.contains("Right"))
        let hint = printed(&shell, "hint")
        #expect(hint.contains("the game (maker 1/3) has the input, so hint does not go to lesson les"))
        let left = printed(&shell, "quit")
        #expect(
            left.contains("left the maker game")
                && left.contains("(back to lesson les at step 1 of 2; its question is open)"))
        #expect(shell.lessonStatus?.position == "les 1/2")
        #expect(printed(&shell, "0.65").contains("Right"))
    }

    /// Issue 22.7: a command that changes the market at an open question is a peek: the right
    /// answer after it is scored as a peek, not a first try.
    @Test func aPeekIsScoredAsOne() throws {
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(LessonClassroomTests.twoBuys))
        _ = printed(&shell, "lesson les")
        // Looking is not a peek; changing the market is.
        #expect(!printed(&shell, "quote").contains("peek"))
        #expect(printed(&shell, "buy").contains("a right answer now counts as a peek"))
        _ = printed(&shell, "0.65")
        let end = printed(&shell, "")
        #expect(
            end.contains(
                "You answered 1 of 1 question right: 0 at the first try, 0 after a wrong try or a hint, 1 after a peek at the market; 0 revealed"
            ), "\(end)")
    }

    /// Issue 23.11: Ctrl-C during a step's block abandons the rest of the block and its checks,
    /// says so, and `again` runs the step from the start on the lesson's market as it was.
    @Test func interruptingAStepAbandonsItsBlock() throws {
        let lesson = "# Stop\n\nRun then buy.\n\n```gm\nrun 50\nbuy\n# expect t 999\n```\n\nEnd.\n"
        let stop = StopSwitch()
        var shell = Interpreter.forTests(library: try LessonClassroomTests.library(lesson))
        shell.shouldStop = { stop.on }
        stop.on = true
        let interrupted = printed(&shell, "lesson les")
        #expect(interrupted.contains("step interrupted; again runs it"))
        #expect(!interrupted.contains("promise does not hold"))
        #expect(!interrupted.contains("> buy\n"), "the block went on after Ctrl-C")
        #expect(shell.session.model.time == 0)
        stop.on = false
        // The next step would start from a market this step did not build: Enter says so.
        #expect(printed(&shell, "").contains("step interrupted; again runs it"))
        #expect(shell.lessonStatus?.position == "les 1/2")
        let again = printed(&shell, "again")
        #expect(again.contains("> buy") && again.contains("promise does not hold"))
        #expect(shell.session.model.time == 51)
    }
}

extension LessonClassroomTests {
    /// Three steps without questions: two orders, then narration.
    static let threeSteps = """
        # Three

        A buy.

        ```gm
        buy
        ```

        A sell.

        ```gm
        sell
        ```

        The end.
        """
}

/// A stop flag the test flips, read as Ctrl-C would be.
final class StopSwitch: @unchecked Sendable {
    var on = false
}
