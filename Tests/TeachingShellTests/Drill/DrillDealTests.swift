@testable import BinaryShell
@testable import ShellKit
import ShellTestSupport
import Testing

/// A binary exercise is dealt with its answer and step count only (what `glosten verify` needs);
/// its words are built when first read. The dealt answer and count are the full exercise's.
struct DrillDealTests {
    @Test("a dealt exercise's answer and step count are those of its worked solution, every kind, 200 seeds")
    func dealtMatchesWorked() {
        var compared = 0
        for kind in DrillKind.kinds(of: .binary) {
            for seed in UInt64(1)...UInt64(200) {
                for exercise in DrillSet(model: .binary, kind: kind, seed: seed, count: 3).exercises {
                    let worked = exercise.worked
                    #expect(exercise.answer == worked.answer, "\(kind) seed \(seed): \(worked.question)")
                    #expect(exercise.stepCount == worked.steps.count, "\(kind) seed \(seed)")
                    #expect(exercise.question == worked.question && exercise.steps.count == worked.steps.count)
                    compared += 1
                }
            }
        }
        // 5 kinds × 200 seeds × 3 exercises.
        #expect(compared == DrillKind.kinds(of: .binary).count * 600)
    }

    @Test("an exercise made with its words given is its own worked exercise")
    func givenWordsAreKept() {
        let exercise = Exercise(
            model: .binary, kind: .posterior, setting: [Line("V is 96 or 104")], question: "What is P(V = 104)?",
            answer: .number(0.6), answerName: "P(V = 104)", answerSentence: "P(V = 104) is 0.6",
            steps: [[Line("a")], [Line("b")], [Line("c")]], commands: ["buy"], recordKey: "p_high")
        #expect(exercise.stepCount == 3)
        #expect(exercise.worked.question == "What is P(V = 104)?")
        #expect(exercise.steps.map { $0.map(\.plain) } == [["a"], ["b"], ["c"]])
    }
}
