import ShellKit

/// A drill item replayed through the drill checker (`DrillPlayer`), from the student's seed:
/// her hints, first answers and later answers, as the code recorded them.
package enum DrillReplay {
    package struct Outcome: Equatable {
        /// Right first time, right later, as the checker scored them.
        package var claim: DrillClaim
        /// Every exercise settled.
        package var finished: Bool
    }

    /// The exercise (from 1) the record cannot have come from.
    package struct Impossible: Error, Equatable {
        package var exercise: Int
    }

    /// The replayed score, or the number (from 1) of the first exercise the record cannot have
    /// come from: one left open before the end, or an answer recorded after it settled.
    package static func replay(
        model: ModelKind, kind: DrillKind?, seed: UInt64, count: Int, exercises: [ExerciseRecord]
    ) -> Result<Outcome, Impossible> {
        guard exercises.count <= count else { return .failure(Impossible(exercise: count + 1)) }
        // The drill's own rules (`DrillPlay`), on exercises dealt with their answers only: the
        // worked solutions' words are never built (10 000 codes verify in seconds).
        var play = DrillPlay(set: DrillSet(model: model, kind: kind, seed: seed, count: count))
        var outcome = Outcome(claim: DrillClaim(firstTry: 0, later: 0), finished: false)
        func settle(_ settled: QuestionOutcome) {
            switch settled {
            case .firstTry: outcome.claim.firstTry += 1
            case .later: outcome.claim.later += 1
            default: break
            }
            play.record(settled)
        }
        for (i, exercise) in exercises.enumerated() {
            let number = i + 1
            guard play.index == i, let dealt = play.current else { return .failure(Impossible(exercise: number)) }
            for _ in 0..<exercise.hints { _ = play.takeHint(dealt) }
            let first = judge(exercise.first, dealt, &play)
            if let first { settle(first) }
            switch exercise.settle {
            case .byFirst:
                guard first != nil else { return .failure(Impossible(exercise: number)) }
            case .later(let answer):
                guard first == nil, judge(answer, dealt, &play) == .later else {
                    return .failure(Impossible(exercise: number))
                }
                settle(.later)
            case .revealed:
                if first == nil { settle(.revealed) }
            case .open:
                guard first == nil, number == exercises.count else { return .failure(Impossible(exercise: number)) }
                return .success(outcome)
            }
        }
        outcome.finished = exercises.count == count
        return .success(outcome)
    }

    /// How `answer` (nil: skip) settles the open exercise, by the drill's rules (nil: still open).
    private static func judge(_ answer: RecordedAnswer?, _ exercise: Exercise, _ play: inout DrillPlay) -> QuestionOutcome? {
        switch answer {
        case nil: .revealed
        case .number(let units)?: play.judge(right: exercise.accepts(.number(Double(units) / RecordedAnswer.scale)), exercise)
        case .yes(let said)?: play.judge(right: exercise.accepts(.yes(said)), exercise)
        }
    }
}
