import MarketModel

/// `lesson check`: runs every block of a lesson on a fresh market and holds it to its promises.
public enum LessonChecker {
    /// What checking one lesson found.
    public struct Report: Sendable {
        public let lesson: Lesson
        public var failures: [LessonError] = []
        public var expectations = 0
        public var predictions = 0
        /// The steps checked before a stop (Ctrl-C, SIGTERM) cut the check short; nil when all were.
        public var stoppedAfter: Int?

        public var passed: Bool { failures.isEmpty && stoppedAfter == nil }

        /// One line per failure (`FILE:LINE: expected …, got …`), then a summary line.
        public var lines: [Line] {
            if let done = stoppedAfter {
                return [
                    Line(
                        "\(lesson.path): interrupted after \(done) of \(lesson.steps.count) steps; not checked",
                        .error)
                ]
            }
            return failures.map { Line($0.message, .error) } + [
                Line(
                    "\(lesson.path): \(passed ? "ok" : "FAILED"): \(expectations) expectation\(expectations == 1 ? "" : "s"), \(predictions) prediction\(predictions == 1 ? "" : "s") checked\(passed ? "" : ", \(failures.count) failed")",
                    passed ? .plain : .error)
            ]
        }
    }

    /// Checks a lesson; `shouldStop` can cut long `run`s short (the fuzzer bounds its work so, and
    /// Ctrl-C or SIGTERM stop `lesson check`), and ends the check at the step it cut.
    public static func check(
        _ lesson: Lesson, models: ModelCatalog, shouldStop: @escaping @Sendable () -> Bool = { false }
    ) -> Report {
        var report = Report(lesson: lesson)
        var shell = MarketShell(models: models)
        shell.shouldStop = shouldStop
        for (index, step) in lesson.steps.enumerated() {
            // A stop asked for during a block cut its long commands short: what they left proves
            // nothing, so the check ends here.
            if shouldStop() {
                report.stoppedAfter = index
                return report
            }
            let run = BlockRun.run(step, of: lesson, on: &shell, showing: false)
            if shouldStop() {
                report.stoppedAfter = index
                return report
            }
            report.failures += run.failures
            report.expectations += run.expectations
            guard let prediction = step.prediction else { continue }
            report.predictions += 1
            if let problem = wrongAnswer(prediction, run.answer(to: prediction)) {
                report.failures.append(LessonError(path: lesson.path, line: prediction.line, problem: problem))
            }
        }
        return report
    }

    /// Why the author's stated answer is not the model's, or nil when it is (or none is stated).
    private static func wrongAnswer(_ prediction: Prediction, _ answer: PredictionAnswer) -> LessonError.Problem? {
        switch (prediction.kind, answer) {
        case (.number(let quantity, let stated?, let tolerance), .number(let actual?)):
            return DirectiveSyntax.holds(actual, stated, within: tolerance)
                ? nil
                : .predictionWrong(quantity, stated: stated, actual: actual, tolerance: tolerance)
        case (.direction(let quantity, let stated?), .move(let actual)):
            return stated == actual ? nil : .directionWrong(quantity, stated: stated, actual: actual)
        default:
            return nil
        }
    }
}
