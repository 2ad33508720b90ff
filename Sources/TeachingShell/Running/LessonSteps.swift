import MarketModel

/// Showing a lesson step: narration, then either a question or the block's commands and output.
extension Interpreter {
    /// Shows the current step. With `revealing`, a prediction is not asked (resume, `--play`).
    mutating func showStep(revealing: Bool) -> [Line] {
        guard var current = play else { return [] }
        if current.before.count > current.index {
            current.before[current.index] = session
            current.before.removeSubrange((current.index + 1)...)
        } else {
            current.before.append(session)
        }
        current.after = nil
        let step = current.step
        var lines = [Line("── \(current.lesson.title) · step \(current.index + 1) of \(current.lesson.steps.count) ──", .heading)]
        lines += NarrationText.lines(step.narration)
        play = current
        saveProgress(done: false)
        if let prediction = step.prediction {
            var scratch = Interpreter(session: session)
            _ = scratch.runBlockQuietly(step)
            let answer = prediction.quantity.value(in: scratch.session, record: scratch.lastRecord)
            current.pending = PendingPrediction(prediction: prediction, answer: answer)
            play = current
            if revealing { return lines + reveal(current.pending!, opening: "The answer:") }
            lines += step.commands.map(echo)
            lines.append(Line("Predict \(prediction.quantity.phrase) after this step (within ±\(Format.number(prediction.tolerance))); type a number, or skip.", .heading))
            return lines
        }
        play = current
        return lines + runBlock()
    }

    /// Runs the current step's block, shows its output, and records progress.
    mutating func runBlock() -> [Line] {
        guard let current = play else { return [] }
        var lines: [Line] = []
        for line in current.step.lines {
            switch line.kind {
            case .command(let text):
                lines.append(echo(line))
                lines += runLessonCommand(text).lines
            case .comment(let text):
                lines.append(Line("# " + text, .dim))
            case .expectation:
                continue
            }
        }
        play?.after = session
        saveProgress(done: current.isLastStep)
        if current.isLastStep { lines.append(Line("End of \(current.lesson.name). Type lesson for the others, quit to leave the lesson.", .heading)) }
        else { lines.append(Line("(Enter for the next step, back to go back, or explore with any command)", .dim)) }
        return lines
    }

    /// Runs a block's commands with no output, for a scratch copy of the market.
    mutating func runBlockQuietly(_ step: LessonStep) -> Reply? {
        var last: Reply?
        for case .command(let text) in step.lines.map(\.kind) { last = runLessonCommand(text) }
        return last
    }

    /// One command from a lesson's block, parsed once: refused if a lesson may not run it.
    mutating func runLessonCommand(_ text: String) -> Reply {
        let command: Command
        do {
            guard let parsed = try Parser.parse(Array(text.utf8)) else { return reply(lines: [], text: text) }
            command = parsed
        } catch {
            return failureReply(error, command: text)
        }
        guard command.isAllowedInLessons else { return failureReply(.notAllowedInLesson(text), command: text) }
        let reply = run(command, text: text)
        if reply.error == nil { lastRecord = reply.record }
        return reply
    }

    private func echo(_ line: LessonLine) -> Line {
        guard case .command(let text) = line.kind else { return Line("") }
        return Line([Span("> ", .dim), Span(text, .heading)])
    }

    /// Records the step shown (and whether the lesson is finished), saving it at once.
    private mutating func saveProgress(done: Bool) {
        guard let current = play else { return }
        progress[current.lesson.name] = LessonProgress(step: current.index, total: current.lesson.steps.count, done: done)
        if let warning = progressStore.save(progress) { warnings.append(warning) }
    }
}
