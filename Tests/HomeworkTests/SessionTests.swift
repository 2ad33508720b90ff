import Foundation
import ModelRegistry
import ShellKit
import ShellTestSupport
import Testing

@testable import Homework

/// The homework over the interpreter: a lesson played in the lesson player, its questions
/// recorded as they settle, then the next item started with the student's own seed.
@Suite struct SessionTests {
    static let text = """
        # Bayes, then one posterior
        id session-test
        version 1
        pass 50%
        lesson bayes
        drill posterior count 1
        """

    @Test func lessonThenDrill() throws {
        let assignment = try AssignmentParser.parse(Self.text, path: "s.txt")
        var shell = Interpreter.forTests(library: LessonLibrary(folder: shippedLessonsFolder))
        var session = HomeworkSession(assignment: assignment, student: "ada", saved: nil)
        let opening = session.open(&shell).map(\.plain)
        #expect(opening.contains("── item 1 of 2: lesson bayes ──"))
        // The lesson's questions, counted in its file: one `# predict` line each.
        let file = try String(contentsOf: shippedLessonsFolder.appendingPathComponent("bayes.md"), encoding: .utf8)
        let questions = file.split(separator: "\n").count { $0.hasPrefix("# predict") }
        var answered = 0
        var lines: [String] = []
        for _ in 0..<300 where session.current == 0 {
            // The first question by hand: P(high | buy) = 0.5 × 0.75 / (0.5 × 0.75 + 0.5 × 0.25) = 0.75.
            let line = shell.lessons.play?.pending == nil ? "" : answered == 0 ? "0.75" : "skip"
            if line != "" { answered += 1 }
            lines += session.run(line: Array(line.utf8), &shell)?.lines.map(\.plain) ?? []
        }
        #expect(answered == questions)
        #expect(session.record.items[0] == .lesson([.firstTry] + Array(repeating: .revealed, count: questions - 1)))
        #expect(lines.contains("homework: item 1 of 2 done"))
        // The drill is open with the seed derived for Ada's item 2 (index 1).
        let seed = StudentDerivation.seed(assignment, student: "ada", item: 1)
        #expect(shell.drills.play?.set.seed == seed)
        #expect(shell.lessons.play == nil)
        // Her code so far verifies: 1 point of the lesson's questions, the drill not started.
        let verifier = Verifier(assignment: assignment, models: glostenModels, lessonQuestions: { $0 == "bayes" ? questions : nil })
        let grade = verifier.grade(student: "ada", code: session.code)
        #expect(grade.problem == nil)
        #expect(grade.items.map(\.points) == [1, 0] && grade.done == 1)
        // `homework code` and a bad word after homework.
        #expect(session.run(line: Array("homework code".utf8), &shell)?.lines.first?.plain.hasSuffix(session.code) == true)
        #expect(session.run(line: Array("homework submit".utf8), &shell)?.record.error?.hasPrefix("homework takes nothing or code") == true)
    }

    /// Another drill played during the homework is not recorded; `homework` takes the item up again.
    @Test func anotherDrillIsNotHomework() throws {
        let text = "# D\nid other-drill\nversion 1\npass 50%\ndrill posterior count 2\n"
        let assignment = try AssignmentParser.parse(text, path: "d.txt")
        var shell = Interpreter.forTests()
        var session = HomeworkSession(assignment: assignment, student: "ada", saved: nil)
        _ = session.open(&shell)
        let empty = session.record
        for line in ["quit", "drill posterior seed 1 count 1", "0.5", "skip"] { _ = session.run(line: Array(line.utf8), &shell) }
        #expect(session.record == empty)
        #expect(shell.drills.play == nil)
        let lines = session.run(line: Array("homework".utf8), &shell)?.lines.map(\.plain) ?? []
        #expect(lines.contains("── item 1 of 1: drill posterior count 2 ──"))
        #expect(shell.drills.play?.set.seed == StudentDerivation.seed(assignment, student: "ada", item: 0))
        _ = session.run(line: Array("skip".utf8), &shell)
        #expect(session.record.items[0] == .drill(claimed: DrillClaim(firstTry: 0, later: 0), exercises: [ExerciseRecord(hints: 0, first: nil, settle: .byFirst)]))
    }

    /// A saved code resumes the record; one of another student does not.
    @Test func resumesOnlyItsOwnCode() throws {
        let assignment = try AssignmentParser.parse(Self.text, path: "s.txt")
        var record = HomeworkRecord(assignment, student: "ada")
        record.items[0] = .lesson([.firstTry, .later])
        let code = CodeFields.code(record)
        #expect(HomeworkSession(assignment: assignment, student: "ada", saved: code).record == record)
        #expect(HomeworkSession(assignment: assignment, student: "ada", saved: code).current == 1)
        #expect(HomeworkSession(assignment: assignment, student: "bob", saved: code).record == HomeworkRecord(assignment, student: "bob"))
    }
}
