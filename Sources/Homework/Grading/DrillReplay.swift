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
        var player = DrillPlayer(progress: MemoryProgressStore())
        guard (try? player.run(.start(kind: kind, seed: seed, count: count), model: model)) != nil else {
            return .failure(Impossible(exercise: 1))
        }
        var outcome = Outcome(claim: DrillClaim(firstTry: 0, later: 0), finished: false)
        func tally(_ result: DrillResult?) {
            switch result?.outcome {
            case "first_try": outcome.claim.firstTry += 1
            case "later": outcome.claim.later += 1
            default: break
            }
        }
        for (i, exercise) in exercises.enumerated() {
            let number = i + 1
            if player.play?.waiting == true { _ = player.again() }
            guard player.play?.index == i else { return .failure(Impossible(exercise: number)) }
            for _ in 0..<exercise.hints { _ = player.hint() }
            tally(answer(exercise.first, &player))
            let settled = player.play?.index != i
            switch exercise.settle {
            case .byFirst:
                guard settled else { return .failure(Impossible(exercise: number)) }
            case .later(let answer):
                guard !settled else { return .failure(Impossible(exercise: number)) }
                let result = Self.answer(answer, &player)
                guard result?.outcome == "later" else { return .failure(Impossible(exercise: number)) }
                tally(result)
            case .revealed:
                if !settled { _ = player.skip() }
            case .open:
                guard !settled, number == exercises.count else { return .failure(Impossible(exercise: number)) }
                return .success(outcome)
            }
        }
        outcome.finished = exercises.count == count
        return .success(outcome)
    }

    /// Gives `answer` (nil: skip) to the open exercise.
    private static func answer(_ answer: RecordedAnswer?, _ player: inout DrillPlayer) -> DrillResult? {
        switch answer {
        case nil: player.skip()?.result
        case .number(let units)?: player.answer(.number(Double(units) / RecordedAnswer.scale))?.result
        case .yes(let said)?: player.answer(.yes(said))?.result
        }
    }
}
