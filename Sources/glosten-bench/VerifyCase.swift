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
    let model = glostenModels.named("binary")!
    var codes: [(String, String)] = []
    for s in 0..<options.verifyCodes {
        let student = "s\(1_000_000 + s)"
        var record = HomeworkRecord(assignment, student: student)
        for (index, item) in assignment.items.enumerated() {
            guard case .drill(let kind, let count) = item.work else { continue }
            let seed = StudentDerivation.seed(assignment, student: student, item: index)
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
            "verify    \(codes.count) codes (drills: 13 exercises each, mean \(codes.map(\.1.count).reduce(0, +) / max(codes.count, 1)) characters), \(threads) thread\(threads == 1 ? "" : "s"): "
                + "\(format(n / walls[0], 0)) codes/s best, \(format(n / walls[walls.count / 2], 0)) median; "
                + "\(format(walls[0], 2)) s for all; \(valid) valid")
    }
}
