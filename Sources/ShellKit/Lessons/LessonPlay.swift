import MarketCore

/// A lesson being played in the shell: which step is shown, the lesson's own market, and the
/// question waiting for an answer.
///
/// The lesson's market is built only by the lesson's blocks: whatever the learner types between
/// steps, or at a question, runs on the shell's session, and the next block runs on the lesson's
/// market again. Going back rebuilds the market by replaying the blocks before that step, so the
/// player keeps one market and not one per step: memory is bounded by the tape.
package struct LessonPlay: Sendable {
    package let lesson: Lesson
    /// The step shown (0-based).
    package var index = 0
    /// The lesson's market: as its blocks left it up to the current step (that step's block
    /// included once it has run).
    package var market: MarketSession
    /// Whether the current step's block has run on `market`.
    package var ran = false
    package var pending: PendingPrediction?
    /// Wrong answers so far at each step's question, and the steps whose question is settled.
    package var tries: [Int: Int] = [:]
    /// How many hints each step's question has shown (after wrong answers, or asked for with `hint`).
    var hintsShown: [Int: Int] = [:]
    package var answered: Set<Int> = []
    /// How each question asked in this play was settled, by step: what the score is counted from.
    package var outcomes: [Int: QuestionOutcome] = [:]
    /// The steps whose open question the learner explored the market at (a right answer then
    /// counts as a peek, not a first try).
    package var peeked: Set<Int> = []
    /// The learner's own market and display from before the lesson, given back by `quit`.
    package let outside: Outside
    package let mode: Mode

    /// What the learner had before the lesson: her market and how orders were shown.
    package struct Outside: Sendable {
        package let market: MarketSession
        package let detail: Detail
    }

    /// Who the lesson is played for.
    package enum Mode: Sendable {
        /// A learner at the shell: questions wait for answers; progress is kept.
        case student
        /// `lesson play` / `--play`: every step at once, answers shown, nothing to type.
        case recording
        /// `lesson NAME present`: slides for a room, questions then answers.
        case presenting
    }

    package init(lesson: Lesson, outside: Outside, mode: Mode, market: MarketSession) {
        self.market = market
        self.lesson = lesson
        self.outside = outside
        self.mode = mode
    }

    package var step: LessonStep { lesson.steps[index] }
    package var isLastStep: Bool { index == lesson.steps.count - 1 }
    /// The learner's score so far, or nil for a lesson without questions.
    package var score: LessonScore? {
        let score = LessonScore(lesson: lesson, outcomes: outcomes)
        return score.questions > 0 ? score : nil
    }

    /// `[example-1 2/7]` for the prompt.
    package var status: String { "\(lesson.name) \(index + 1)/\(lesson.steps.count)" }

    /// `── step 2 of 7 · Example 1 ──` (`step 2 of 7, continued` over the block's output after a
    /// question's answer), the title cut short so that the line fits `width`.
    package func heading(width: Int, continued: Bool = false) -> Line {
        let place = "step \(index + 1) of \(lesson.steps.count)" + (continued ? ", continued" : "")
        let room = max(8, width - place.count - 9)
        return Line("── \(place) · \(Self.shortened(lesson.title, to: room)) ──", .heading)
    }
}

extension LessonPlay {
    /// A title cut to `room` characters at a word, with `…` (never mid-word).
    static func shortened(_ title: String, to room: Int) -> String {
        guard title.count > room else { return title }
        var words = title.split(separator: " ").map(String.init)
        while words.count > 1, words.joined(separator: " ").count + 1 > room { words.removeLast() }
        var kept = words.joined(separator: " ")
        while let last = kept.last, ":,;·–—-".contains(last) { kept.removeLast() }
        return kept.count + 1 <= room ? kept + "…" : String(kept.prefix(max(1, room - 1))) + "…"
    }
}

/// A question the learner has been asked, with the block already run on a copy of the lesson's
/// market: its answer, its output, and the market it leaves, used when the answer is revealed.
package struct PendingPrediction: Sendable {
    package let prediction: Prediction
    package let answer: PredictionAnswer
    package let block: BlockRun
    package let market: MarketSession
    package let lastStep: (any ModelStep)?

    /// How many wrong answers before the answer is shown.
    var allowedTries: Int { max(3, prediction.hints.count + 1) }
}
