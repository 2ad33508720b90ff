import MarketCore

/// One step's `gm` block run on a shell: what it showed, and the promises it broke. The lesson
/// checker and the player both run blocks through here, so a lesson plays as it is checked.
package struct BlockRun {
    package var lines: [Line] = []
    package var failures: [LessonError] = []
    package var expectations = 0
    /// The quantity the step's prediction asks about, before the block and after it.
    package var before: Double?
    package var after: Double?
    /// Whether the shell was asked to stop (Ctrl-C) and the rest of the block was abandoned.
    package var interrupted = false

    /// Runs `step`'s block on `shell`. With `showing`, echoes each command and shows its output:
    /// the first order in full and later ones as compact rows, unless `set detail brief` asked
    /// for compact rows throughout. With `abandoningOnStop`, a stop asked for (Ctrl-C) ends the
    /// block after the command it cut short, and its later commands and checks do not run.
    package static func run(
        _ step: LessonStep, of lesson: Lesson, on shell: inout MarketShell, showing: Bool,
        abandoningOnStop: Bool = false
    ) -> BlockRun {
        var run = BlockRun()
        let quantity = step.prediction?.quantity
        run.before = quantity?.value(in: shell.session.model, lastStep: shell.lastStep)
        let detail = shell.detail
        defer { shell.detail = detail }
        var previousFailed: (text: String, error: ShellError)?
        var previousLine = 0
        for line in step.lines {
            switch line.kind {
            case .command(let text):
                if let (failed, error) = previousFailed {
                    run.failures.append(
                        LessonError(
                            path: lesson.path, line: previousLine,
                            problem: .commandFailed(failed, message: error.message)))
                }
                let reply = shell.runLessonLine(text)
                if showing { run.lines += [echo(text)] + reply.lines }
                if reply.appliedOrder { shell.detail = .brief }
                previousFailed = reply.error.map { (text, $0) }
                previousLine = line.number
                if abandoningOnStop, shell.shouldStop() {
                    run.interrupted = true
                    return run
                }
            case .expectation(let expectation):
                run.expectations += 1
                if expectation == .error {
                    if previousFailed == nil {
                        run.failures.append(
                            LessonError(
                                path: lesson.path, line: line.number,
                                problem: .expectationFailed(.error, actual: "no error")))
                    }
                    previousFailed = nil
                } else if case .value(let quantity, _, _) = expectation, let problem = missing(quantity, in: shell) {
                    run.failures.append(LessonError(path: lesson.path, line: line.number, problem: problem))
                } else if let actual = mismatch(expectation, in: shell) {
                    run.failures.append(
                        LessonError(
                            path: lesson.path, line: line.number,
                            problem: .expectationFailed(expectation, actual: actual)))
                }
            case .comment(let text):
                if showing { run.lines.append(Line("# " + text, .dim)) }
            }
        }
        if let (failed, error) = previousFailed {
            run.failures.append(
                LessonError(
                    path: lesson.path, line: previousLine, problem: .commandFailed(failed, message: error.message)))
        }
        run.after = quantity?.value(in: shell.session.model, lastStep: shell.lastStep)
        if let prediction = step.prediction, let quantity = prediction.quantity,
            let problem = missing(quantity, in: shell)
        {
            run.failures.append(LessonError(path: lesson.path, line: prediction.line, problem: problem))
        }
        return run
    }

    /// Why the market's model cannot give `quantity` (it declares no such quantity), or nil when
    /// it declares it: one line naming the quantity, the model and what it has.
    private static func missing(_ quantity: Quantity, in shell: MarketShell) -> LessonError.Problem? {
        let kind = shell.session.model.kind
        let has = kind.descriptor.quantities
        return has.contains(quantity) ? nil : .quantityNotInModel(quantity, model: kind.rawValue, has: has)
    }

    /// The true answer to the step's prediction, from the quantity before and after the block.
    package func answer(to prediction: Prediction) -> PredictionAnswer {
        PredictionAnswer.of(prediction, before: before, after: after)
    }

    /// The step's commands as a question shows them, before they run.
    package static func echoes(of step: LessonStep) -> [Line] {
        step.lines.compactMap { line in
            if case .command(let text) = line.kind { echo(text) } else { nil }
        }
    }

    /// A command as the lesson shows it before its output: `> buy`.
    package static func echo(_ text: String) -> Line {
        Line([Span("> ", .dim), Span(text, .heading)])
    }

    /// Whether `line` is a command's echo, made by `echo`.
    static func isEcho(_ line: Line) -> Bool {
        line.spans.count == 2 && line.spans[0] == Span("> ", .dim) && line.spans[1].tone == .heading
    }

    /// What the market shows instead, or nil when the expectation holds.
    private static func mismatch(_ expectation: Expectation, in shell: MarketShell) -> String? {
        switch expectation {
        case .value(let quantity, let value, let tolerance):
            guard let actual = quantity.value(in: shell.session.model, lastStep: shell.lastStep) else {
                return "undefined"
            }
            return DirectiveSyntax.holds(actual, value, within: tolerance) ? nil : Format.exact(actual)
        case .side(let side, let closed):
            let isClosed = shell.session.model.isClosed(side)
            return isClosed == closed ? nil : (isClosed ? "closed" : "open")
        case .error:
            return nil
        }
    }
}
