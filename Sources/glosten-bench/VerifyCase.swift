import Foundation
import Homework
import ModelRegistry
import ShellKit

/// `glosten verify` on N codes of the shipped `drills` assignment (5 drill items, 13 exercises,
/// every one replayed through the drill checker): each student answers every exercise right,
/// one in three after a hint. Prints codes per second (best and median of the repeats) and the
/// wall time for all N, on one thread and on T (verify uses every core), against the issue's mark of 10 000 codes in under 10 s.
func benchVerify(_ options: Options) {
    guard let text = ShippedAssignments.text("drills"), let assignment = try? AssignmentParser.parse(text, path: "drills")
    else { fail("the shipped drills assignment does not read") }
    timeVerify(assignment, "drills: 13 exercises each", options)
    // A drill of a model other than binary (its exercises built with their words), and a game
    // replayed move by move (the student quotes the market maker's quotes every round).
    for (label, items) in [
        ("normal drill posterior count 3", "model normal\ndrill posterior count 3"), ("maker compete rounds 8", "model binary\nmaker compete rounds 8"),
    ] {
        guard let other = try? AssignmentParser.parse("# Bench\nid bench\nversion 1\npass 50%\n\(items)\n", path: "bench")
        else { fail("the bench assignment does not read") }
        timeVerify(other, label, options)
    }
}

/// Makes N codes of `assignment` and times their verification.
private func timeVerify(_ assignment: Assignment, _ label: String, _ options: Options) {
    var codes: [(String, String)] = []
    for s in 0..<options.verifyCodes {
        let student = "s\(1_000_000 + s)"
        var record = HomeworkRecord(assignment, student: student)
        for (index, item) in assignment.items.enumerated() {
            let seed = StudentDerivation.seed(assignment, student: student, item: index)
            let model = item.model.flatMap(glostenModels.named) ?? glostenModels.opening
            if case .maker = item.work {
                let setup = StudentDerivation.setup(assignment, student: student, item: item, opening: glostenModels.opening)
                guard case .maker(_, let rounds) = item.work, let shell = GameReplay.start(item, setup: setup, seed: seed, models: glostenModels),
                    case .success(let outcome) = GameReplay.replay(shell, moves: Array(repeating: [0, 0], count: rounds))
                else { fail("the bench's game does not replay") }
                record.items[index] = .game(claimed: outcome.score, finished: true, moves: Array(repeating: [0, 0], count: rounds))
                continue
            }
            guard case .drill(let kind, let count) = item.work else { continue }
            let set = DrillSet(model: model, kind: kind.flatMap { DrillKind.named($0, in: model) }, seed: seed, count: count)
            var claim = DrillClaim(firstTry: 0, later: 0)
            let exercises = set.exercises.enumerated().map { (i, exercise) -> ExerciseRecord in
                let hints = (s + i) % 3 == 0 ? 1 : 0
                if hints > 0 { claim.later += 1 } else { claim.firstTry += 1 }
                let answer: RecordedAnswer =
                    switch exercise.answer {
                    case .number(let x): RecordedAnswer(number: x)
                    case .yes(let b): .yes(b)
                    }
                return ExerciseRecord(hints: hints, first: answer, settle: .byFirst)
            }
            record.items[index] = .drill(claimed: claim, exercises: exercises)
        }
        codes.append((student, CodeFields.code(record)))
    }
    let verifier = Verifier(assignment: assignment, models: glostenModels, lessonQuestions: { _ in nil })
    let n = Double(codes.count)
    for threads in Set([1, options.threads]).sorted() {
        var walls: [Double] = []
        var valid = 0
        for _ in 0..<options.repeats {
            walls.append(seconds { valid = verifier.grades(codes.map { ($0.0, $0.1) }, threads: threads).count(where: \.valid) })
        }
        walls.sort()
        print(
            "verify    \(codes.count) codes (\(label), mean \(codes.map(\.1.count).reduce(0, +) / max(codes.count, 1)) characters), \(threads) thread\(threads == 1 ? "" : "s"): "
                + "\(format(n / walls[0], 0)) codes/s best, \(format(n / walls[walls.count / 2], 0)) median; "
                + "\(format(walls[0], 2)) s for all; \(valid) valid")
    }
}
