import ShellKit

extension HomeworkSession {
    /// Reads what a line did to the item being played into the record; true when it changed.
    mutating func observe(_ reply: Reply, before: DrillPlay?, _ shell: Interpreter) -> Bool {
        let item = assignment.items[current]
        switch item.work {
        case .lesson(let name):
            guard let play = shell.lessons.play, play.lesson.name == name, play.mode == .student else { return false }
            let asked = play.lesson.steps.indices.filter { play.lesson.steps[$0].prediction != nil }
            // The item is done once every question is settled (HomeworkSession.isDone).
            let marks = asked.map { Self.mark(play.outcomes[$0]) }
            let old = record.items[current]
            record.items[current] = .lesson(marks)
            return old != record.items[current]
        case .drill:
            // Only the item's own set counts: another drill played meanwhile is not homework.
            guard case .drill(let result)? = reply.record.results, let exercise = before?.current,
                result.drill == before?.set.key, before?.set.seed == StudentDerivation.seed(assignment, student: student, item: current),
                case .drill(var claimed, var exercises) = record.items[current]
            else { return false }
            let i = result.exercise - 1
            let given = result.given.map { Self.recorded($0, exercise: exercise, right: result.right) }
            switch result.outcome {
            case "first_try": claimed.firstTry += 1
            case "later": claimed.later += 1
            default: break
            }
            if exercises.count == i {
                let settle: ExerciseRecord.Settle = result.outcome == nil ? .open : .byFirst
                exercises.append(ExerciseRecord(hints: before?.hints ?? 0, first: given, settle: settle))
            } else if exercises.count == i + 1, exercises[i].settle == .open {
                switch result.outcome {
                case "later": exercises[i].settle = given.map(ExerciseRecord.Settle.later) ?? .revealed
                case nil: break
                default: exercises[i].settle = .revealed
                }
            } else {
                return false
            }
            record.items[current] = .drill(claimed: claimed, exercises: exercises)
            return true
        case .maker, .insider:
            return false  // moves are kept as they are played (HomeworkGame.swift)
        }
    }

    static func mark(_ outcome: QuestionOutcome?) -> QuestionMark {
        switch outcome {
        case nil: .open
        case .firstTry?: .firstTry
        case .later?: .later
        case .revealed?: .revealed
        case .peeked?: .peeked
        }
    }

    /// The answer as the code keeps it (to 1e-4), moved by a unit where rounding would change
    /// whether the checker accepts it, so that the replay judges it as the play did.
    static func recorded(_ given: DrillValue, exercise: Exercise, right: Bool) -> RecordedAnswer {
        switch given {
        case .yes(let said): return .yes(said)
        case .number(let x):
            let kept = RecordedAnswer(number: x)
            guard case .number(let units) = kept else { return kept }
            for candidate in [units, units - 1, units + 1]
            where exercise.accepts(.number(Double(candidate) / RecordedAnswer.scale)) == right {
                return .number(candidate)
            }
            return kept
        }
    }
}
