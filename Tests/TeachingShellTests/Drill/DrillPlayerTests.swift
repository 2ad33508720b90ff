@testable import BinaryShell
import Foundation
@testable import MarketModel
@testable import ShellKit
import ShellTestSupport
import Testing

/// The drill as a learner plays it in the shell: answers, worked steps, hints, skips, the score,
/// progress kept, and the `--json` record of each answer.
struct DrillPlayerTests {
    /// The set `drill … seed S count N` plays, built the same way.
    private func set(_ kind: DrillKind?, model: ModelKind = .binary, seed: UInt64, count: Int) -> DrillSet {
        DrillSet(model: model, kind: kind, seed: seed, count: count)
    }

    /// A wrong number: one more than the answer, to 2 places, so at least 0.995 off.
    private func wrong(_ exercise: Exercise) -> String {
        guard case .number(let value) = exercise.answer else { return "maybe" }
        return Format.fixed(value + 1, places: 2)
    }

    private func right(_ exercise: Exercise) -> String {
        switch exercise.answer {
        case .number(let value): Format.exact(value)
        case .yes(let yes): yes ? "yes" : "no"
        }
    }

    private func contains(_ reply: Reply, _ lines: [Line]) -> Bool {
        let shown = reply.lines.map(\.plain)
        let wanted = lines.map(\.plain)
        return shown.indices.contains { shown[$0...].starts(with: wanted) }
    }

    /// The same seed and count give the same exercises; another seed gives others.
    @Test func aSeedGivesTheSameSet() {
        let a = set(nil, seed: 7, count: 10).exercises.map { $0.question + $0.setting.map(\.plain).joined() }
        let b = set(nil, seed: 7, count: 10).exercises.map { $0.question + $0.setting.map(\.plain).joined() }
        let c = set(nil, seed: 8, count: 10).exercises.map { $0.question + $0.setting.map(\.plain).joined() }
        #expect(a == b)
        #expect(a != c)
    }

    /// Each wrong answer shows the next worked step, as the step texts print it; after the last
    /// step a wrong answer settles the exercise with the answer, and the score counts it shown.
    @Test func wrongAnswersShowTheNextStep() {
        let exercise = set(.posterior, seed: 3, count: 1).exercises[0]
        #expect(exercise.steps.count == 2)
        var shell = Interpreter.forTests()
        let start = replyOrEmpty(&shell, "drill posterior seed 3 count 1")
        #expect(start.error == nil)
        #expect(start.plainText.contains(exercise.question))
        #expect(exercise.question.contains("within ±0.01"))
        for index in exercise.steps.indices {
            let reply = replyOrEmpty(&shell, wrong(exercise))
            #expect(reply.lines.first?.plain.hasPrefix("not quite: P(V = ") == true)
            #expect(reply.lines.first?.plain.hasSuffix("is lower than \(wrong(exercise))") == true)
            #expect(contains(reply, exercise.steps[index]), "step \(index + 1): \(reply.plainText)")
            #expect(shell.drillPrompt == "[drill 1/1] answer> ")
        }
        let last = replyOrEmpty(&shell, wrong(exercise))
        #expect(last.plainText.contains("answer: \(exercise.answerSentence)"))
        #expect(last.plainText.contains("drill done: 0 of 1 right first time, 0 right after steps shown, 1 revealed"))
        #expect(shell.drillPrompt == nil)
    }

    /// The binary posterior's steps are the `buy` step's Bayes and odds blocks, word for word.
    @Test func stepsAreTheShellsOwnLines() {
        var p = Parameters()
        (p.low, p.high, p.prior, p.mu, p.epsBuy, p.epsSell) = (96, 104, 0.6, 0.25, 0.5, 0.5)
        let exercise = BinaryExercise.exercise(.posterior, p, order: .buy, side: .ask)
        var shell = Interpreter.forTests()
        var shown = ""
        for line in exercise.commands { shown = replyOrEmpty(&shell, line).plainText }
        for line in exercise.steps.flatMap({ $0 }) { #expect(shown.contains(line.plain), "\(line.plain)") }
        // θ = 0.6, P(buy | H) = 0.25 + 0.75 × 0.5 = 0.625, P(buy | L) = 0.375: 0.375 / 0.525 = 5/7.
        let joint: Double = 0.6 * 0.625
        let posterior: Double = joint / (joint + 0.4 * 0.375)
        guard case .number(let answer) = exercise.answer else { return }
        #expect(abs(answer - posterior) < 1e-15)
        #expect(abs(posterior - 5.0 / 7.0) < 1e-15)
    }

    /// Right at once is a first try; right after a hint is later; skip shows the answer; the
    /// score and the `--json` record say so.
    @Test func hintsSkipsAndTheScore() throws {
        let drill = set(.informed, seed: 11, count: 3)
        var shell = Interpreter.forTests()
        send(&shell, "drill informed seed 11 count 3")
        let first = replyOrEmpty(&shell, right(drill.exercises[0]))
        #expect(first.lines.first?.plain == "right: \(drill.exercises[0].answerSentence)")
        #expect(first.plainText.contains("── exercise 2 of 3 (informed) ──"))
        let hint = replyOrEmpty(&shell, "hint")
        #expect(contains(hint, drill.exercises[1].steps[0]))
        send(&shell, right(drill.exercises[1]))
        let skipped = replyOrEmpty(&shell, "skip")
        #expect(skipped.plainText.contains("answer: \(drill.exercises[2].answerSentence)"))
        #expect(
            skipped.plainText.contains(
                "drill done: 1 of 3 right first time, 1 right after steps shown, 1 revealed"))
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(first.record.json.utf8)) as? [String: Any])
        let result = try #require(json["results"] as? [String: Any])
        #expect(result["drill"] as? String == "drill-binary-informed-seed-11-count-3")
        #expect(result["exercise"] as? Int == 1)
        #expect(result["kind"] as? String == "informed")
        #expect(result["right"] as? Bool == true)
        #expect(result["outcome"] as? String == "first_try")
        #expect((result["question"] as? String)?.contains(drill.exercises[0].question) == true)
        guard case .number(let answer) = drill.exercises[0].answer else { return }
        #expect(abs((result["answer"] as? Double ?? .nan) - answer) < 1e-12)
        #expect(abs((result["given"] as? Double ?? .nan) - answer) < 1e-12)
        // After the set, `quit` leaves the shell again (the drill closed with its score).
        #expect(replyOrEmpty(&shell, "quit").quits)
    }

    /// A percentage answers a probability; a wrong yes or no settles a yes/no question at once.
    @Test func answerForms() {
        let drill = set(.withdrawn, seed: 5, count: 2)
        var shell = Interpreter.forTests()
        send(&shell, "drill withdrawn seed 5 count 2")
        guard case .yes(let yes) = drill.exercises[0].answer else { return }
        let reply = replyOrEmpty(&shell, yes ? "no" : "yes")
        #expect(reply.lines.first?.plain == "not quite")
        #expect(reply.plainText.contains("the worked solution:"))
        #expect(reply.plainText.contains("answer: \(drill.exercises[0].answerSentence)"))
        #expect(reply.plainText.contains("exercise 2 of 2"))
        let informed = set(.informed, seed: 2, count: 1).exercises[0]
        guard case .number(let p) = informed.answer else { return }
        let percent = "\(Format.exact(p * 100))%"
        let read = informed.reading(percent)
        #expect(read == .number(p * 100 / 100))
        #expect(read.map(informed.accepts) == true)
    }

    /// After a revealed answer (whose solution fills the screen) the next exercise waits for
    /// Enter; an answer, hint or skip typed then shows it and is not counted.
    @Test func theNextExerciseWaitsForEnter() {
        let drill = set(.quote, seed: 4, count: 4)
        var shell = Interpreter.forTests()
        send(&shell, "drill quote seed 4 count 4")
        let skipped = replyOrEmpty(&shell, "skip")
        #expect(skipped.lines.last?.plain == "Enter shows exercise 2 of 4")
        #expect(!skipped.plainText.contains(drill.exercises[1].question))
        #expect(shell.drillPrompt == "[drill 2/4] Enter> ")
        let shown = replyOrEmpty(&shell, "")
        #expect(shown.plainText.contains(drill.exercises[1].question))
        #expect(shell.drillPrompt == "[drill 2/4] answer> ")
        send(&shell, "skip")
        let early = replyOrEmpty(&shell, right(drill.exercises[2]))
        #expect(early.lines.first?.plain == "── exercise 3 of 4 (quote) ──")
        #expect(early.record.results == nil)
        send(&shell, "skip")
        #expect(replyOrEmpty(&shell, "hint").lines.first?.plain == "── exercise 4 of 4 (quote) ──")
        let end = replyOrEmpty(&shell, right(drill.exercises[3]))
        #expect(end.plainText.contains("drill done: 1 of 4 right first time, 0 right after steps shown, 3 revealed"))
    }

    /// A line that is neither an answer nor a command says what an answer looks like; commands
    /// still run on the learner's market, which the drill leaves alone.
    @Test func otherLinesDuringADrill() {
        var shell = Interpreter.forTests()
        send(&shell, "buy")
        let before = shell.session.binary.market
        send(&shell, "drill quote seed 1 count 2")
        let bad = replyOrEmpty(&shell, "frobnicate")
        #expect(
            bad.lines.map(\.plain) == [
                "'frobnicate' is neither an answer nor a command: answer with a number such as 102.67, 308/3 or 96+8*0.65, or type skip, hint or again"
            ])
        let quote = replyOrEmpty(&shell, "quote")
        #expect(quote.error == nil && quote.plainText.hasPrefix("bid "))
        #expect(
            replyOrEmpty(&shell, "lesson example-1").lines.map(\.plain) == [
                "a drill is open: finish it, or quit it (drill quit), before starting a lesson"
            ])
        // A game started during a drill takes the input until it ends (quit here); the drill waits.
        #expect(replyOrEmpty(&shell, "maker compete").error == nil)
        #expect(shell.drillPrompt == nil)
        #expect(
            replyOrEmpty(&shell, "drill").lines.map(\.plain) == [
                "a game is being played: finish it, or leave it (quit), before starting a drill"
            ])
        send(&shell, "quit")
        #expect(shell.drillPrompt == "[drill 1/2] answer> ")
        #expect(
            replyOrEmpty(&shell, "drill quit").lines.map(\.plain) == [
                "left the drill at exercise 1 of 2; drill quote seed 1 count 2 resumes it"
            ])
        #expect(replyOrEmpty(&shell, "drill quit").lines.map(\.plain) == ["no drill is open; drill starts one (help drill)"])
        #expect(shell.session.binary.market == before)
    }

    /// Progress is kept as lesson progress is: one entry per set, resumed where it was left, done
    /// with its score at the end; `drill` alone picks the first set not finished.
    @Test func progressIsKept() throws {
        let store = MemoryProgressStore()
        let drill = set(.spread, seed: 1, count: 2)
        do {
            var shell = Interpreter.forTests(drillProgress: store)
            send(&shell, "drill spread count 2")
            send(&shell, right(drill.exercises[0]))
            send(&shell, "quit")
        }
        let key = "drill-binary-spread-seed-1-count-2"
        let saved = try #require(store.load().progress[key])
        #expect(saved.step == 1 && saved.total == 2 && !saved.done && saved.isPlausible)
        #expect(saved.outcomes == [0: .firstTry])
        var shell = Interpreter.forTests(drillProgress: store)
        let resumed = replyOrEmpty(&shell, "drill spread count 2")
        #expect(resumed.plainText.contains("resuming at exercise 2 of 2"))
        let end = replyOrEmpty(&shell, right(drill.exercises[1]))
        #expect(end.plainText.contains("drill done: 2 of 2 right first time"))
        let done = try #require(store.load().progress[key])
        #expect(done.done && done.score == LessonScore(questions: 2, firstTry: 2, later: 0, revealed: 0))
        // The next `drill spread count 2` is a new set: seed 2.
        #expect(replyOrEmpty(&shell, "drill spread count 2").plainText.contains("seed 2"))
        // The entries read back through the lesson progress format.
        let data = try JSONEncoder().encode(store.load().progress)
        #expect(try JSONDecoder().decode([String: LessonProgress].self, from: data)[key] == done)
    }

    /// Bad `drill` arguments get one line saying what is wrong and what is accepted.
    @Test func badArguments() {
        let usage = "usage drill [KIND] [seed S] [count N] | drill quit"
        let cases: [(String, String)] = [
            (
                "drill frob",
                "drill: 'frob' is not a kind of binary-model drill (posterior, quote, informed, spread, withdrawn); \(usage)"
            ),
            ("drill count 0", "drill: count takes a whole number from 1 to 100, not '0'; \(usage)"),
            ("drill seed -1", "drill: seed takes a whole number of at least 0, not '-1'; \(usage)"),
            ("drill seed", "drill: seed needs a value; \(usage)"),
            ("drill quote colour 3", "drill: unknown setting 'colour' (seed, count); \(usage)"),
        ]
        for (line, message) in cases {
            var shell = Interpreter.forTests()
            #expect(replyOrEmpty(&shell, line).lines.map(\.plain) == [message])
            #expect(shell.drillPrompt == nil)
        }
        var normal = Interpreter.forTests()
        send(&normal, "model normal")
        var roll = Interpreter.forTests()
        send(&roll, "model roll")
        // Every model has drills now (issue 22.24): roll's kinds are named when one is not its.
        #expect(
            replyOrEmpty(&roll, "drill spread").lines.map(\.plain) == [
                "drill: 'spread' is not a kind of roll-model drill (covariance); \(usage)"
            ])
        let refused = replyOrEmpty(&normal, "drill spread").lines.map(\.plain)
        #expect(refused == ["drill: 'spread' is not a kind of normal-model drill (informed, posterior); \(usage)"])
        #expect(
            Completion.candidates(for: "drill ", model: .normal) == ["informed", "posterior", "seed", "count", "quit"])
        #expect(Completion.candidates(for: "drill quote seed 3 ") == ["count"])
    }
}
