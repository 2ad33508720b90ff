import Foundation
import ShellTestSupport
import Testing

@testable import ShellKit

/// The course (issues 22 and 24): one order for every shipped lesson, built from what the models
/// declare; the player names the next lesson at a lesson's end, so no lesson writes it; and a
/// listing that is the course's entry point.
struct CourseTests {
    private var library: LessonLibrary { LessonLibrary(folder: LessonContentTests.folder) }
    private let course = Course.shipped

    @Test func everyShippedLessonIsInTheCourseOnce() {
        #expect(Set(course.order) == Set(library.names))
        #expect(Set(course.order).count == course.order.count)
        #expect(library.following(course).names == course.order)
        #expect(course.order.first == "bayes" && course.parts[0].lessons.last == "play")
        // The models' lessons in `model`'s order (binary's gm1985 first), then the closing one.
        #expect(course.parts.map(\.title) == ["the core path: from Bayes' rule to the games", "the other models"])
        #expect(course.parts[1].lessons == ["gm1985", "normal", "kyle", "inventory", "pin", "copeland", "comparative"])
    }

    /// Built from a catalog: each model's opening path, then its own lessons in the catalog's
    /// order, then the closing lessons; a model that declares none adds nothing.
    @Test func theCourseFollowsTheCatalog() {
        func model(_ name: String, _ lessons: ModelLessons) -> ModelKind {
            var descriptor = ModelKind.binary.descriptor
            descriptor = ModelDescriptor(
                name: name, summary: "a test model", parameters: [], help: HelpDocument(),
                truth: descriptor.truth, open: descriptor.open, lessons: lessons,
                detailLines: descriptor.detailLines, recordFields: descriptor.recordFields)
            return ModelKind(descriptor)
        }
        let first = model("one", ModelLessons(own: ["a1", "a2"]))
        let second = model("two", ModelLessons(opening: Course.Part(title: "the start", lessons: ["s1"]), own: ["b1"]))
        let silent = model("three", ModelLessons())
        let course = Course(ModelCatalog([first, silent, second], closingLessons: ["end"]))
        #expect(course.parts.map(\.title) == ["the start", "the other models"])
        #expect(course.order == ["s1", "a1", "a2", "b1", "end"])
        #expect(course.next(after: "s1") == "a1" && course.next(after: "end") == nil && course.next(after: "x") == nil)
        #expect(Course(ModelCatalog([first])).parts.map(\.title) == ["the models"])
        #expect(Course(ModelCatalog([silent])).parts.isEmpty)
    }

    /// No lesson of the course writes a `Next:` line: the player names the course's next.
    @Test func noLessonOfTheCourseWritesItsNext() throws {
        for name in course.order {
            let lesson = try library.lesson(named: name)
            #expect(Course.namedNext(in: lesson) == nil, "\(name)")
            #expect(course.problems(in: lesson, exists: library.names.contains).isEmpty, "\(name)")
        }
    }

    /// The check can fail: a course lesson that writes a `Next:` line (even the right one), and a
    /// lesson of one's own whose `Next:` names no lesson; one's own lesson may name a real one.
    @Test func theCheckCatchesAWrittenOrWrongNext() throws {
        func lesson(_ name: String, ending: String) throws -> Lesson {
            try Lesson.parse("# T\n\n```gm\nquote\n```\n\n\(ending)\n", name: name, path: "\(name).md")
        }
        let exists = { (name: String) in course.order.contains(name) }
        let written = course.problems(in: try lesson("bayes", ending: "Next: `lesson example-1`."), exists: exists)
        #expect(written.map(\.problem) == [.nextWrittenInCourse(named: "example-1", course: "example-1")])
        #expect(written[0].message.contains("remove that line: the player names the course's next lesson, example-1"))
        let last = course.problems(in: try lesson("comparative", ending: "Next: `lesson bayes`."), exists: exists)
        #expect(last.map(\.problem) == [.nextWrittenInCourse(named: "bayes", course: nil)])
        let typo = course.problems(in: try lesson("mine", ending: "Next: `lesson exampel-1`."), exists: exists)
        #expect(typo.map(\.problem) == [.nextNotALesson("exampel-1")])
        #expect(course.problems(in: try lesson("mine", ending: "Next: `lesson bayes`."), exists: exists).isEmpty)
        #expect(course.problems(in: try lesson("mine", ending: "The end."), exists: exists).isEmpty)
        #expect(course.problems(in: try lesson("bayes", ending: "The end."), exists: exists).isEmpty)
    }

    /// A lesson's last step ends with the course's next lesson and its title, for a learner, a
    /// recording and a room; the course's last lesson, and a lesson outside it, name none.
    @Test func thePlayerNamesTheNextLessonAtTheEnd() throws {
        var shell = Interpreter.forTests(library: library)
        var shown = printed(&shell, "lesson pin")
        // Enter through the lesson, skipping each question: the last step ends with the next lesson.
        for _ in 0..<60 where !shown.contains("End of pin.") {
            shown += "\n" + printed(&shell, shell.lessons.play?.pending == nil ? "" : "skip")
        }
        #expect(shown.contains("\nNext: lesson copeland (A dealer who chooses her spread).\nEnd of pin."), "\(shown)")
        #expect(shown.components(separatedBy: "Next: lesson").count == 2)
        _ = printed(&shell, "lesson quit")

        let recording = printed(&shell, "lesson kyle play").trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(recording.hasSuffix("\nNext: lesson inventory (A dealer who prices her inventory)."), "\(recording.suffix(200))")
        let slides = try shell.presentation(of: "kyle")
        #expect(slides.last?.lines.last?.plain == "Next: lesson inventory (A dealer who prices her inventory).")
        #expect(slides.dropLast().allSatisfy { !$0.lines.contains { $0.plain.hasPrefix("Next: lesson") } })
        // The course's last lesson names none, nor does a lesson outside the course.
        #expect(!printed(&shell, "lesson comparative play").contains("Next: lesson"))
        var own = Interpreter.forTests(library: try lessonLibrary(["mine": "# Mine\n\n```gm\nquote\n```\n"]))
        #expect(!printed(&own, "lesson mine play").contains("Next: lesson"))
        #expect(printed(&own, "lesson mine").contains("End of mine."))
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
        #expect(rows.map { $0.split(separator: " ")[0] } == course.order.map { Substring($0) })
        for (row, name) in zip(rows, course.order) {
            let lesson = try library.lesson(named: name)
            #expect(row.contains("\(lesson.steps.count) steps, ~\(Course.minutes(of: lesson)) min"), "\(row)")
            #expect(row.hasSuffix(lesson.title))
        }
        #expect(lines.contains(course.parts[0].title) && lines.contains(course.parts[1].title))
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
