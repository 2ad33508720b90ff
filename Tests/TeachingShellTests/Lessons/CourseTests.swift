import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// The course (issue 22): one order for every shipped lesson, a `Next:` line at the end of each
/// that `lesson check` holds to it, and a listing that is the course's entry point.
struct CourseTests {
    private var library: LessonLibrary { LessonLibrary(folder: LessonContentTests.folder) }

    @Test func everyShippedLessonIsInTheCourseOnce() {
        #expect(Set(Course.order) == Set(library.names))
        #expect(Set(Course.order).count == Course.order.count)
        #expect(library.names == Course.order)
        #expect(Course.order.first == "bayes" && Course.parts[0].lessons.last == "play")
    }

    @Test func everyLessonNamesTheNextOne() throws {
        for (index, name) in Course.order.enumerated() {
            let lesson = try library.lesson(named: name)
            let next = index + 1 < Course.order.count ? Course.order[index + 1] : nil
            #expect(Course.namedNext(in: lesson) == next, "\(name)")
            #expect(Course.problems(in: lesson, exists: library.names.contains).isEmpty, "\(name)")
        }
    }

    /// The check can fail: a `Next:` out of course order, one naming no lesson, and a missing one.
    @Test func theCheckCatchesAWrongNext() throws {
        func lesson(_ name: String, ending: String) throws -> Lesson {
            try Lesson.parse("# T\n\n```gm\nquote\n```\n\n\(ending)\n", name: name, path: "\(name).md")
        }
        let exists = { (name: String) in Course.order.contains(name) }
        let skipped = Course.problems(in: try lesson("bayes", ending: "Next: `lesson example-2`."), exists: exists)
        #expect(skipped.map(\.problem) == [.nextNotInCourseOrder(named: "example-2", course: "example-1")])
        #expect(skipped[0].message.contains("Next: `lesson example-1`"))
        let missing = Course.problems(in: try lesson("bayes", ending: "The end."), exists: exists)
        #expect(missing.map(\.problem) == [.nextNotInCourseOrder(named: nil, course: "example-1")])
        let typo = Course.problems(in: try lesson("mine", ending: "Next: `lesson exampel-1`."), exists: exists)
        #expect(typo.map(\.problem) == [.nextNotALesson("exampel-1")])
        let last = Course.problems(in: try lesson("comparative", ending: "Next: `lesson bayes`."), exists: exists)
        #expect(last.map(\.problem) == [.nextNotInCourseOrder(named: "bayes", course: nil)])
        #expect(Course.problems(in: try lesson("mine", ending: "The end."), exists: exists).isEmpty)
    }

    /// `lesson` lists the course in order, part by part, with each lesson's steps and minutes, the
    /// next lesson to take and how to present one, on one 80×24 screen.
    @Test func theListingIsTheEntryPoint() throws {
        var shell = Interpreter.forTests(library: library)
        let reply = send(&shell, "lesson")
        let lines = try #require(reply).lines.map(\.plain)
        #expect(lines.count <= 24)
        #expect(lines.allSatisfy { $0.count <= 80 }, "\(lines.filter { $0.count > 80 })")
        let rows = lines.filter { $0.hasPrefix("  ") }
        #expect(rows.map { $0.split(separator: " ")[0] } == Course.order.map { Substring($0) })
        for (row, name) in zip(rows, Course.order) {
            let lesson = try library.lesson(named: name)
            #expect(row.contains("\(lesson.steps.count) steps, ~\(Course.minutes(of: lesson)) min"), "\(row)")
            #expect(row.hasSuffix(lesson.title))
        }
        #expect(lines.contains(Course.parts[0].title) && lines.contains(Course.parts[1].title))
        #expect(lines.contains("next: lesson bayes"))
        #expect(lines.contains { $0.contains("lesson NAME present") && $0.contains("--present") })
    }

    /// A minute a step and two a question, to the nearest five: bayes has 5 steps and 3 questions.
    @Test func minutes() throws {
        let bayes = try library.lesson(named: "bayes")
        #expect(bayes.steps.count == 5 && bayes.steps.filter { $0.prediction != nil }.count == 3)
        #expect(Course.minutes(of: bayes) == 10)
    }
}
