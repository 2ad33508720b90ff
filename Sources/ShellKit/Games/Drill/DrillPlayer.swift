/// The drill mode: the set being played, where the learner is in it, and the progress kept
/// between sessions (one `LessonProgress` entry per set, in a store of its own).
package struct DrillPlayer: Sendable {
    package let store: any ProgressStore
    package var progress: [String: LessonProgress]
    /// The set being played, if any.
    package var play: DrillPlay?
    /// Warnings about the progress file not yet shown.
    var warnings: [String] = []
    /// Whether a failed save was warned about (a failing store warns once).
    var saveWarned = false
    /// The exercise last answered right, whose worked solution `solution` shows on request.
    var lastRight: Exercise?
    /// The word that asks for it.
    static let solutionWord = "solution"

    package init(progress store: any ProgressStore) {
        self.store = store
        let loaded = store.load()
        progress = Self.usable(loaded.progress)
        if let warning = loaded.warning { warnings.append(warning.message) }
    }

    /// The entries of a progress file the drills take: plausible ones, of drill sets.
    package static func usable(_ progress: [String: LessonProgress]) -> [String: LessonProgress] {
        progress.filter { $0.key.hasPrefix("drill-") && $0.value.isPlausible }
    }

    /// `drill …`: a new set of the current model's exercises (resumed where it was left), or `drill quit`.
    package mutating func run(_ request: DrillRequest, model: ModelKind) throws(ShellError) -> [Line] {
        switch request {
        case .quit:
            return try leave()
        case .start(let kind, let seed, let count):
            let count = count ?? DrillSet.defaultCount
            let seed = seed ?? firstUnfinishedSeed(model: model, kind: kind, count: count)
            let set = DrillSet(model: model, kind: kind, seed: seed, count: count)
            var lines: [Line] = []
            if let left = play, left.index < left.set.exercises.count {
                lines.append(Line("(left \(left.set.command) at exercise \(left.index + 1); it resumes there)", .dim))
            }
            var play = DrillPlay(set: set)
            let saved = progress[set.key]
            if let saved, !saved.done, saved.total == count {
                play.resume(saved)
                lines += DrillText.start(set, resumedAt: play.index)
            } else {
                lines += DrillText.start(set, before: saved?.done == true ? saved?.score : nil)
            }
            self.play = play
            save()
            return lines + DrillText.question(play)
        }
    }

    /// The first seed from 1 whose set of this model, kind and count is not finished.
    private func firstUnfinishedSeed(model: ModelKind, kind: DrillKind?, count: Int) -> UInt64 {
        var seed: UInt64 = 1
        while progress[DrillSet.key(model: model, kind: kind, seed: seed, count: count)]?.done == true { seed += 1 }
        return seed
    }

    /// The learner's answer: right (the next exercise), or wrong (the next worked step; once
    /// every step is shown, the whole solution and the next exercise).
    package mutating func answer(_ given: DrillValue) -> (lines: [Line], result: DrillResult)? {
        guard var play, let exercise = play.current else { return nil }
        let right = exercise.accepts(given)
        let shown = play.shown
        let outcome = play.judge(right: right, exercise)
        var lines: [Line]
        if right {
            lastRight = exercise
            lines = [
                Line("right: \(exercise.answerSentence)", .buy),
                Line("(\(Self.solutionWord) shows its worked solution)", .dim),
            ]
        } else {
            lines = [Line(exercise.correction(to: given), .warning)]
            // A wrong yes or no leaves one answer: it settles with the solution, as does a wrong
            // answer once every step is shown.
            lines += outcome == nil ? DrillText.step(exercise, shown) : DrillText.solution(exercise, from: shown)
        }
        let result = DrillResult(play, exercise, given: given, right: right, outcome: outcome)
        if let outcome { lines += play.settle(outcome) }
        keep(play)
        return (lines, result)
    }

    /// `solution` after a right answer: that exercise's whole worked solution; the open exercise
    /// (if any) then waits for Enter, as after a revealed answer. Nil when no answer was right.
    package mutating func solution() -> [Line]? {
        guard let exercise = lastRight else { return nil }
        var lines = [Line("the exercise you answered right: \(exercise.question)", .dim)] + DrillText.solution(exercise, from: 0)
        if var play, play.current != nil {
            play.waiting = true
            self.play = play
            lines.append(DrillText.waiting(play))
        }
        return lines
    }

    /// `hint`: the next worked step.
    package mutating func hint() -> [Line] {
        guard var play, let exercise = play.current else { return [] }
        let shown = play.shown
        guard play.takeHint(exercise) else {
            return [Line("every step of the worked solution is shown above; answer, or skip for the answer", .dim)]
        }
        let lines = DrillText.step(exercise, shown)
        self.play = play
        save()
        return lines
    }

    /// `skip`: the whole solution and the answer, then the next exercise.
    package mutating func skip() -> (lines: [Line], result: DrillResult)? {
        guard var play, let exercise = play.current else { return nil }
        let result = DrillResult(play, exercise, given: nil, right: false, outcome: .revealed)
        let lines = DrillText.solution(exercise, from: play.shown) + play.settle(.revealed)
        keep(play)
        return (lines, result)
    }

    /// `again`, or Enter when the exercise waits to be shown: the exercise (once more).
    package mutating func again() -> [Line] {
        play?.waiting = false
        return play.map(DrillText.question) ?? []
    }

    /// `quit` or `drill quit`: leave the drill; an unfinished set resumes where it was left.
    package mutating func leave() throws(ShellError) -> [Line] {
        guard let play else { throw .noDrill }
        self.play = nil
        return [
            Line(
                "left the drill at exercise \(play.index + 1) of \(play.set.exercises.count); \(play.set.command) resumes it"
            )
        ]
    }

    /// Saves the play, and closes the drill once its set is finished.
    private mutating func keep(_ play: DrillPlay) {
        self.play = play
        save()
        if play.current == nil { self.play = nil }
    }

    /// Keeps the set's progress (as lesson progress is kept: step, total, tries, hints, outcomes, score).
    private mutating func save() {
        guard let play else { return }
        let before = progress[play.set.key]
        progress[play.set.key] = play.progress(before: before)
        let saved = store.save(progress)
        progress = Self.usable(saved.progress)  // adopts the sets other shells saved meanwhile
        if let warning = saved.warning {
            if !saveWarned { warnings.append(warning.message) }
            saveWarned = true
        } else {
            saveWarned = false
        }
    }
}
