import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// What a student sees of a shipped lesson on an 80×24 terminal at the default detail: each
/// screen the lesson prints (a step: its narration, its block's output or its question; an
/// answer: the reveal and the block's output), wrapped as the terminal wraps it.
struct LessonScreens {
    /// One reply of the lesson as the terminal shows it.
    struct Screen {
        let lesson: String
        /// 1-based step number.
        let step: Int
        /// `step`, or `answer` for the reveal after a question (here: `skip`).
        let part: String
        let lines: [String]
    }

    static let columns = 80
    /// 24 rows less the prompt line the shell shows under the reply.
    static let rows = 23

    static var folder: URL { shippedLessonsFolder }

    static var names: [String] { LessonLibrary(folder: folder).names }

    /// Plays `name` as a student skipping through: Enter at every step, `skip` at every question.
    static func screens(of name: String) -> [Screen] {
        var shell = Interpreter.forTests(library: LessonLibrary(folder: folder))
        shell.display = Display(width: columns, unicode: true)
        var screens: [Screen] = []
        var step = 1
        func show(_ reply: Reply?, _ part: String) {
            let lines = (reply?.lines ?? []).flatMap { Wrapping.wrap($0, width: columns) }.map(\.plain)
            screens.append(Screen(lesson: name, step: step, part: part, lines: lines))
        }
        show(send(&shell, "lesson \(name)"), "step")
        while let status = shell.lessonStatus, screens.count < 200 {
            if status.question != nil {
                show(send(&shell, "skip"), "answer")
                continue
            }
            let reply = send(&shell, "")
            guard shell.lessonStatus != nil else { break }
            step += 1
            show(reply, "step")
        }
        return screens
    }

    /// Every screen of every shipped lesson taller than the terminal, one line each:
    /// `two-models step 3: 31 lines (8 over)`.
    static func overflowing() -> [String] {
        names.flatMap { name in
            screens(of: name).filter { $0.lines.count > rows }.map {
                "\($0.lesson) \($0.part) \($0.step): \($0.lines.count) lines (\($0.lines.count - rows) over)"
            }
        }
    }
}

/// Issue 22.8: every step of every shipped lesson fits 80×24 at the default detail — not "fits or
/// pages". GLOSTEN_FIT_DUMP=FILE writes every screen to FILE.
struct LessonFitTests {
    @Test func theStudentPlaysEveryStep() {
        #expect(LessonScreens.names.count >= 16)
        let screens = LessonScreens.screens(of: "bayes")
        #expect(screens.count > 5 && screens.contains { $0.part == "answer" })
    }

    @Test(arguments: LessonScreens.names)
    func everyStepFits(_ name: String) {
        let screens = LessonScreens.screens(of: name)
        for screen in screens {
            #expect(
                screen.lines.count <= LessonScreens.rows,
                "\(name) \(screen.part) \(screen.step): \(screen.lines.count) lines\n\(screen.lines.joined(separator: "\n"))")
            for line in screen.lines {
                #expect(line.count <= LessonScreens.columns, "\(name) step \(screen.step): \(line)")
            }
        }
    }

    /// The whole list in one place, for the lesson authors: `two-models step 3: 31 lines (8 over)`.
    @Test func noScreenOverflows() {
        let list = LessonScreens.overflowing()
        #expect(list.isEmpty, "overflowing screens at 80×24: \(list.count)\n\(list.joined(separator: "\n"))")
        if let path = ProcessInfo.processInfo.environment["GLOSTEN_FIT_DUMP"] {
            let text = LessonScreens.names.flatMap(LessonScreens.screens).map {
                "=== \($0.lesson) \($0.part) \($0.step) (\($0.lines.count) lines)\n" + $0.lines.joined(separator: "\n")
            }
            try? text.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        }
    }
}
