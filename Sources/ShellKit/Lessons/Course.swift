/// The course: the order the shipped lessons are meant to be taken in, in parts, and which lesson
/// comes after which. Built from the models (`ModelCatalog`): the path a model opens the course
/// with (`ModelLessons.opening`), then each model's own lessons in the order `model` lists the
/// models, then the catalog's closing lessons. The shell names no lesson: `lesson` lists by this
/// order, the library sorts by it, and the player names the next lesson at a lesson's end.
public struct Course: Sendable {
    /// A part of the course, in order.
    public struct Part: Sendable {
        public let title: String
        public let lessons: [String]

        public init(title: String, lessons: [String]) {
            (self.title, self.lessons) = (title, lessons)
        }
    }

    public let parts: [Part]

    /// A course of these parts; a lesson is in it at most once.
    package init(parts: [Part]) {
        let order = parts.flatMap(\.lessons)
        precondition(Set(order).count == order.count, "a lesson is twice in the course: \(order)")
        self.parts = parts
    }

    /// No course: a library of lessons in alphabetical order.
    package static let none = Course(parts: [])

    /// The course the models declare: the paths they open with, in the catalog's order; then one
    /// part of every model's own lessons, in that order, and the catalog's closing lessons.
    public init(_ models: ModelCatalog) {
        let declared = models.kinds.map(\.descriptor.lessons)
        let openings = declared.compactMap(\.opening)
        let rest = declared.flatMap(\.own) + models.closingLessons
        let title = openings.isEmpty ? "the models" : "the other models"
        self.init(parts: openings + (rest.isEmpty ? [] : [Part(title: title, lessons: rest)]))
    }

    /// Every lesson of the course, in order.
    public var order: [String] { parts.flatMap(\.lessons) }

    /// Where a lesson stands in the course; nil for a lesson outside it.
    public func rank(of name: String) -> Int? { order.firstIndex(of: name) }

    /// The lesson after `name` in the course; nil after the last one or outside the course.
    public func next(after name: String) -> String? {
        let order = order
        guard let index = order.firstIndex(of: name), index + 1 < order.count else { return nil }
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

    /// What is wrong with a lesson's `Next:` line: a lesson of the course writes none (the player
    /// names the course's next lesson); a lesson outside it may, and the lesson it names must exist.
    public func problems(in lesson: Lesson, exists: (String) -> Bool) -> [LessonError] {
        guard let named = Self.namedNext(in: lesson) else { return [] }
        let problem: LessonError.Problem? =
            rank(of: lesson.name) != nil
            ? .nextWrittenInCourse(named: named, course: next(after: lesson.name))
            : exists(named) ? nil : .nextNotALesson(named)
        return problem.map { [LessonError(path: lesson.path, line: nil, problem: $0)] } ?? []
    }
}

/// The lessons a model brings to the course, as its descriptor declares them (each a file
/// `lessons/NAME.md`, carried in the program as every lesson is).
public struct ModelLessons: Sendable {
    /// A path the course opens with, taught on this model, with its title in `lesson`'s listing
    /// (the core path); nil for most models.
    public let opening: Course.Part?
    /// The model's own lessons, in order, in the course's part on the models.
    public let own: [String]

    public init(opening: Course.Part? = nil, own: [String] = []) {
        (self.opening, self.own) = (opening, own)
    }
}
