/// The course: the order the shipped lessons are meant to be taken in, in two parts, and which
/// lesson comes after which. The one place the order is written: `lesson` lists by it, the
/// library sorts by it, and `lesson check` holds each lesson's closing `Next: \`lesson NAME\``
/// line to it.
public enum Course {
    /// A part of the course, in order.
    public struct Part: Sendable {
        public let title: String
        public let lessons: [String]
    }

    public static let parts: [Part] = [
        Part(
            title: "the core path: from Bayes' rule to the games",
            lessons: [
                "bayes", "example-1", "example-2", "example-3", "two-models", "asymmetry", "profit",
                "formulas", "review", "play",
            ]),
        Part(
            title: "the other models",
            lessons: ["normal", "gm1985", "kyle", "inventory", "pin", "copeland", "comparative"]),
    ]

    /// Every lesson of the course, in order.
    public static var order: [String] { parts.flatMap(\.lessons) }

    /// Where a lesson stands in the course; nil for a lesson outside it.
    public static func rank(of name: String) -> Int? { order.firstIndex(of: name) }

    /// The lesson after `name` in the course; nil after the last one or outside the course.
    public static func next(after name: String) -> String? {
        guard let index = rank(of: name), index + 1 < order.count else { return nil }
        return order[index + 1]
    }

    /// A rough time for a lesson: a minute to read a step and two more for each question,
    /// rounded to five minutes (at least five).
    public static func minutes(of lesson: Lesson) -> Int {
        let questions = lesson.steps.filter { $0.prediction != nil }.count
        let estimate = lesson.steps.count + 2 * questions
        return max(5, (estimate + 2) / 5 * 5)
    }

    /// The lesson a closing line `Next: \`lesson NAME\`` names, if the last step has one.
    public static func namedNext(in lesson: Lesson) -> String? {
        guard let last = lesson.steps.last else { return nil }
        let marker = "Next: `lesson "
        for case .paragraph(let text) in last.narration {
            guard let start = text.range(of: marker) else { continue }
            let name = text[start.upperBound...].prefix { $0 != "`" && $0 != " " }
            return String(name)
        }
        return nil
    }

    /// What is wrong with a lesson's `Next:` line: in the course it must name the course's next
    /// lesson (and the last lesson names none); anywhere, the lesson it names must exist.
    public static func problems(in lesson: Lesson, exists: (String) -> Bool) -> [LessonError] {
        let named = namedNext(in: lesson)
        var problems: [LessonError.Problem] = []
        if rank(of: lesson.name) != nil, named != next(after: lesson.name) {
            problems.append(.nextNotInCourseOrder(named: named, course: next(after: lesson.name)))
        }
        if let named, !exists(named) {
            problems.append(.nextNotALesson(named))
        }
        return problems.map { LessonError(path: lesson.path, line: nil, problem: $0) }
    }
}
