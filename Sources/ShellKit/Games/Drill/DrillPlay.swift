/// One set being played: which exercise is open, the tries and hints at it, and how each
/// exercise settled.
package struct DrillPlay: Sendable {
    package let set: DrillSet
    /// The open exercise's index (the count of exercises once the set is finished).
    package var index = 0
    /// Wrong answers and hints at the open exercise.
    package var tries = 0
    package var hints = 0
    /// How many of its worked steps are shown.
    package var shown = 0
    /// Whether the open exercise waits for Enter to be shown (after a solution, which fills the screen).
    package var waiting = false
    package var outcomes: [Int: QuestionOutcome] = [:]

    package init(set: DrillSet) {
        self.set = set
    }

    /// The open exercise; nil once the set is finished.
    package var current: Exercise? { index < set.exercises.count ? set.exercises[index] : nil }

    /// The score so far.
    package var score: LessonScore {
        let settled = outcomes.values
        return LessonScore(
            questions: set.exercises.count, firstTry: settled.count(where: { $0 == .firstTry }),
            later: settled.count(where: { $0 == .later }), revealed: settled.count(where: { $0 == .revealed }))
    }

    /// Settles the open exercise and goes on: the score after the last one; else the next
    /// exercise, or (after a revealed answer, whose solution fills the screen) a line saying that
    /// Enter shows it.
    package mutating func settle(_ outcome: QuestionOutcome) -> [Line] {
        record(outcome)
        guard current != nil else { return DrillText.score(self) }
        waiting = outcome == .revealed
        return waiting ? [DrillText.waiting(self)] : DrillText.question(self)
    }

    /// Settles the open exercise and goes on, without a word: the rule `settle` and `verify`'s
    /// replay share.
    package mutating func record(_ outcome: QuestionOutcome) {
        outcomes[index] = outcome
        index += 1
        (tries, hints, shown) = (0, 0, 0)
    }

    /// An answer to the open `exercise`, by the drill's rules: right settles it (first try when
    /// no step was shown); wrong shows the next worked step, or settles it revealed when none is
    /// left or the question was yes/no. How it settles (nil: still open); the caller settles it.
    package mutating func judge(right: Bool, _ exercise: Exercise) -> QuestionOutcome? {
        if right { return tries + hints == 0 ? .firstTry : .later }
        tries += 1
        if shown < exercise.stepCount, case .number = exercise.answer {
            shown += 1
            return nil
        }
        return .revealed
    }

    /// `hint` at the open `exercise`: the next worked step shown, if one is left (whether it was).
    package mutating func takeHint(_ exercise: Exercise) -> Bool {
        guard shown < exercise.stepCount else { return false }
        shown += 1
        hints += 1
        return true
    }

    /// Picks up a set where saved progress left it.
    package mutating func resume(_ saved: LessonProgress) {
        index = min(saved.step, set.exercises.count - 1)
        outcomes = (saved.outcomes ?? [:]).filter { $0.key < index }
        tries = saved.tries ?? 0
        hints = saved.hints ?? 0
        shown = min(tries + hints, current?.stepCount ?? 0)
    }

    /// The set's progress entry: the open exercise, or done with its score once finished.
    package func progress(before: LessonProgress?) -> LessonProgress {
        let total = set.exercises.count
        let finished = current == nil
        return LessonProgress(
            step: min(index, total - 1), total: total, done: finished || before?.done == true,
            tries: tries == 0 ? nil : tries, hints: hints == 0 ? nil : hints, answered: nil,
            outcomes: finished ? nil : outcomes, score: finished ? score : before?.score)
    }
}
