import MarketModel

/// `lesson check`: runs every block of a lesson on a fresh market and holds it to its promises.
public enum LessonChecker {
    /// What checking one lesson found.
    public struct Report: Sendable {
        public let lesson: Lesson
        public var failures: [LessonError] = []
        public var expectations = 0
        public var predictions = 0

        public var passed: Bool { failures.isEmpty }

        /// One line per failure (`FILE:LINE: expected …, got …`), then a summary line.
        public var lines: [Line] {
            failures.map { Line($0.message, .error) } + [Line(
                "\(lesson.path): \(passed ? "ok" : "FAILED"): \(expectations) expectation\(expectations == 1 ? "" : "s"), \(predictions) prediction\(predictions == 1 ? "" : "s") checked\(passed ? "" : ", \(failures.count) failed")",
                passed ? .plain : .error)]
        }
    }

    /// Checks a lesson; `shouldStop` can cut long `run`s short (the fuzzer bounds its work so).
    public static func check(_ lesson: Lesson, shouldStop: @escaping @Sendable () -> Bool = { false }) -> Report {
        var report = Report(lesson: lesson)
        var shell = Interpreter()
        shell.shouldStop = shouldStop
        for step in lesson.steps {
            var previousFailed: (text: String, error: ShellError)?
            var previousLine = 0
            for line in step.lines {
                switch line.kind {
                case .command(let text):
                    if let (failed, error) = previousFailed {
                        report.failures.append(LessonError(path: lesson.path, line: previousLine, problem: .commandFailed(failed, message: error.message)))
                    }
                    let reply = shell.runLessonCommand(text)
                    previousFailed = reply.error.map { (text, $0) }
                    previousLine = line.number
                case .expectation(let expectation):
                    report.expectations += 1
                    if expectation == .error {
                        if previousFailed == nil {
                            report.failures.append(LessonError(path: lesson.path, line: line.number, problem: .expectationFailed(.error, actual: "no error")))
                        }
                        previousFailed = nil
                        continue
                    }
                    if let actual = mismatch(expectation, in: shell) {
                        report.failures.append(LessonError(path: lesson.path, line: line.number, problem: .expectationFailed(expectation, actual: actual)))
                    }
                case .comment:
                    continue
                }
            }
            if let (failed, error) = previousFailed {
                report.failures.append(LessonError(path: lesson.path, line: previousLine, problem: .commandFailed(failed, message: error.message)))
            }
            if let prediction = step.prediction {
                report.predictions += 1
                let actual = prediction.quantity.value(in: shell.session, record: shell.lastRecord)
                if let stated = prediction.stated, let actual, !DirectiveSyntax.holds(actual, stated, within: prediction.tolerance) {
                    report.failures.append(LessonError(path: lesson.path, line: prediction.line, problem: .predictionWrong(prediction.quantity, stated: stated, actual: actual, tolerance: prediction.tolerance)))
                }
            }
        }
        return report
    }

    /// What the market shows instead, or nil when the expectation holds.
    private static func mismatch(_ expectation: Expectation, in shell: Interpreter) -> String? {
        let quote = shell.session.market.quote
        switch expectation {
        case .value(let quantity, let value, let tolerance):
            guard let actual = quantity.value(in: shell.session, record: shell.lastRecord) else { return "undefined" }
            return DirectiveSyntax.holds(actual, value, within: tolerance) ? nil : Format.exact(actual)
        case .side(let side, let closed):
            let isClosed = switch side {
            case .market: quote.isClosed
            case .ask: quote.ask.isWithdrawn
            case .bid: quote.bid.isWithdrawn
            }
            return isClosed == closed ? nil : (isClosed ? "closed" : "open")
        case .error:
            return nil
        }
    }
}
