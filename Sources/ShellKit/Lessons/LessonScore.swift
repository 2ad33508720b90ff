/// How one question of a lesson was settled by the learner.
public enum QuestionOutcome: String, Codable, Sendable {
    /// Right with no wrong answer and no hint before it.
    case firstTry
    /// Right after a wrong answer or a hint.
    case later
    /// Shown by `skip`, or after the last allowed try.
    case revealed
    /// Right, after changing the market while the question was open (a peek at the answer).
    case peeked
}

/// The learner's score in one lesson: how each of its questions was settled.
public struct LessonScore: Codable, Equatable, Sendable {
    /// The lesson's questions.
    public var questions: Int
    public var firstTry: Int
    public var later: Int
    public var revealed: Int
    /// Right after a peek (nil in scores kept before peeks were counted: none).
    public var peeked: Int?

    public init(questions: Int, firstTry: Int, later: Int, revealed: Int, peeked: Int? = nil) {
        self.questions = questions
        self.firstTry = firstTry
        self.later = later
        self.revealed = revealed
        self.peeked = peeked
    }

    /// The score of `lesson` from the outcomes kept per step (a step without one is not counted).
    package init(lesson: Lesson, outcomes: [Int: QuestionOutcome]) {
        let asked = lesson.steps.indices.filter { lesson.steps[$0].prediction != nil }
        let settled = asked.compactMap { outcomes[$0] }
        self.init(
            questions: asked.count, firstTry: settled.count(where: { $0 == .firstTry }),
            later: settled.count(where: { $0 == .later }), revealed: settled.count(where: { $0 == .revealed }),
            peeked: settled.contains(.peeked) ? settled.count(where: { $0 == .peeked }) : nil)
    }

    public var right: Int { firstTry + later + (peeked ?? 0) }
    /// Questions with no outcome kept (answered in a session from before scores were kept).
    public var unscored: Int { max(0, questions - right - revealed) }
}
