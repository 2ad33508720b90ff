import MarketModel

/// A lesson being played in the shell: which step is shown, the market before each step (for
/// `back`), and the prediction waiting for an answer.
struct LessonPlay: Sendable {
    let lesson: Lesson
    /// The step shown last (0-based).
    var index = 0
    /// The session before each step shown so far, so `back` and `restart` restore the market exactly.
    var before: [Session] = []
    /// The session as the lesson left it after the current step (exploring does not change it).
    var after: Session?
    var pending: PendingPrediction?

    init(lesson: Lesson) {
        self.lesson = lesson
    }

    var step: LessonStep { lesson.steps[index] }
    var isLastStep: Bool { index == lesson.steps.count - 1 }

    /// `[example-1 2/7]` for the prompt.
    var status: String { "\(lesson.name) \(index + 1)/\(lesson.steps.count)" }
}

/// A prediction the learner has been asked for, with the true value already worked out.
struct PendingPrediction: Sendable {
    let prediction: Prediction
    /// The value after the step's commands, computed on a copy of the market.
    let answer: Double?
    var tries = 0

    /// How many wrong answers before the answer is shown.
    var allowedTries: Int { max(3, prediction.hints.count + 1) }
}
