/// What the drill says: the set's heading, each question, the worked steps, the score.
enum DrillText {
    /// The set's first lines: what it is and how to play it, with the last score of a set played before.
    package static func start(_ set: DrillSet, before: LessonScore? = nil, resumedAt: Int? = nil) -> [Line] {
        let n = set.exercises.count
        let noun = n == 1 ? "exercise" : "exercises"
        let kinds = set.kind.map { "\($0.rawValue) \(noun)" } ?? "\(noun) of \(set.kindsText)"
        var lines = [
            Line(
                "drill: \(n) \(set.model.rawValue)-model \(kinds), seed \(set.seed) (\(set.command) gives everyone the same \(n == 1 ? "one" : "set"))",
                .heading),
            Line("answer each; a wrong answer or hint shows the next worked step, skip the answer, quit leaves", .dim),
        ]
        if let resumedAt {
            lines.append(Line("resuming at exercise \(resumedAt + 1) of \(n)", .dim))
        } else if let before {
            lines.append(Line("you finished this set before: \(summary(before)); here it is again", .dim))
        }
        return lines
    }

    /// The open exercise: its number, the market, the question.
    package static func question(_ play: DrillPlay) -> [Line] {
        guard let exercise = play.current else { return score(play) }
        return [
            Line(
                "── exercise \(play.index + 1) of \(play.set.exercises.count) (\(exercise.kind.rawValue)) ──", .heading)
        ] + exercise.setting + [Line(exercise.question, .heading)]
    }

    /// `Enter shows exercise 3 of 5`.
    package static func waiting(_ play: DrillPlay) -> Line {
        Line("Enter shows exercise \(play.index + 1) of \(play.set.exercises.count)", .dim)
    }

    /// Worked step `index` (0-based), as the shell prints it.
    package static func step(_ exercise: Exercise, _ index: Int) -> [Line] {
        [Line("step \(index + 1) of \(exercise.steps.count) of the worked solution:", .dim)] + exercise.steps[index]
    }

    /// The worked solution from step `shown` on (the steps before it are on the screen above),
    /// the answer, and the commands that show it in the shell.
    package static func solution(_ exercise: Exercise, from shown: Int) -> [Line] {
        let rest = exercise.steps.dropFirst(shown).flatMap { $0 }
        let heading = shown == 0 ? "the worked solution:" : "the rest of the worked solution:"
        return (rest.isEmpty ? [] : [Line(heading, .dim)] + rest) + [
            Line("answer: \(exercise.answerSentence)", .heading),
            Line("in the shell: \(exercise.commands.joined(separator: "; "))", .dim),
        ]
    }

    /// The score at the end of a set (its first line said how to get the same set again).
    package static func score(_ play: DrillPlay) -> [Line] {
        [Line("drill done: \(summary(play.score))", .heading)]
    }

    /// `3 of 5 right first time, 1 right after steps shown, 1 revealed`: right with no step shown,
    /// right after a hint or a wrong answer showed steps, and answers shown (skip, or no steps left).
    package static func summary(_ score: LessonScore) -> String {
        "\(score.firstTry) of \(score.questions) right first time, \(score.later) right after steps shown, \(score.revealed) revealed"
    }
}

/// One answer (or skip) for `--json`: the exercise, its kind, the right answer, the learner's,
/// and whether it was right.
public struct DrillResult: Sendable, Encodable, Equatable {
    /// The set's name (`drill-binary-mixed-seed-7-count-5`).
    package let drill: String
    /// The exercise's number in the set, from 1, and the set's size.
    package let exercise: Int
    package let of: Int
    package let model: String
    package let kind: String
    package let question: String
    package let answer: DrillValue
    /// What the learner gave; nil for `skip`.
    package let given: DrillValue?
    package let right: Bool
    /// How the exercise settled, when this answer settled it: first_try, later, revealed.
    package let outcome: String?

    package init(_ play: DrillPlay, _ exercise: Exercise, given: DrillValue?, right: Bool, outcome: QuestionOutcome?) {
        drill = play.set.key
        self.exercise = play.index + 1
        of = play.set.exercises.count
        model = exercise.model.rawValue
        kind = exercise.kind.rawValue
        question = exercise.setting.map(\.plain).joined(separator: "; ") + ". " + exercise.question
        answer = exercise.answer
        self.given = given
        self.right = right
        self.outcome = outcome.map {
            switch $0 {
            case .firstTry: "first_try"
            case .later: "later"
            case .revealed: "revealed"
            case .peeked: "peeked"
            }
        }
    }

    package enum CodingKeys: String, CodingKey {
        case drill, exercise, of, model, kind, question, answer, given, right, outcome
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(drill, forKey: .drill)
        try c.encode(exercise, forKey: .exercise)
        try c.encode(of, forKey: .of)
        try c.encode(model, forKey: .model)
        try c.encode(kind, forKey: .kind)
        try c.encode(question, forKey: .question)
        try c.encode(answer, forKey: .answer)
        try c.encode(given, forKey: .given)
        try c.encode(right, forKey: .right)
        try c.encode(outcome, forKey: .outcome)
    }
}
