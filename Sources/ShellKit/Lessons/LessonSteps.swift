import MarketCore

/// Showing a lesson step: narration, then either a question or the block's commands and output.
extension LessonPlayer {
    /// Shows the current step from the start: its heading and narration, then its question, or
    /// its block's output when it has no question (or the question was settled before).
    mutating func showStep(_ learner: inout MarketShell) -> [Line] {
        guard play != nil else { return [] }
        var lines = restoreNote(learner)
        play?.ran = false
        play?.pending = nil
        if let market = play?.market { learner.session = market }
        // Display settings are part of the exploration set aside: each step starts at the lesson's.
        if play?.mode == .student { learner.detail = Self.lessonDetail }
        saveProgress()
        lines += stepIntroduction(learner)
        // Only values are read from the play here: a copy of it would hold the lesson's market
        // while its block runs, and make every step copy the tape.
        guard let index = play?.index, let mode = play?.mode, let prediction = play?.step.prediction else {
            return lines + runStepBlock(&learner, revealing: nil)
        }
        if mode == .student, play?.answered.contains(index) == false {
            return lines + ask(&learner, prediction)
        }
        if mode == .student {
            lines.append(Line("(you answered this question before; here is the step again)", .dim))
        } else {
            lines += questionLines(prediction, forRoom: true)
        }
        return lines + runStepBlock(&learner, revealing: prediction)
    }

    /// The step's heading and narration.
    func stepIntroduction(_ learner: MarketShell) -> [Line] {
        guard let current = play else { return [] }
        return [current.heading(width: learner.display.width)] + NarrationText.lines(current.step.narration)
    }

    /// Runs the block on a copy of the lesson's market and asks the question; the answer and the
    /// block's output wait in `pending`. The learner's learner.session stays as the lesson's market was.
    private mutating func ask(_ learner: inout MarketShell, _ prediction: Prediction) -> [Line] {
        guard var current = play else { return [] }
        var child = lessonShell(learner, current.market)
        let block = BlockRun.run(
            current.step, of: current.lesson, on: &child, showing: true, abandoningOnStop: current.mode == .student)
        learner.session = current.market
        if block.interrupted { return BlockRun.echoes(of: current.step) + [Self.interruptedLine] }
        current.pending = PendingPrediction(
            prediction: prediction, answer: block.answer(to: prediction), block: block,
            market: child.session, lastStep: child.lastStep)
        play = current
        return BlockRun.echoes(of: current.step) + questionLines(prediction, forRoom: false)
    }

    /// A question with its options; for a learner, what may be typed; for a room, nothing to type.
    func questionLines(_ prediction: Prediction, forRoom: Bool) -> [Line] {
        var lines = [Line((forRoom ? "Question for the room: " : "") + prediction.question, .heading)]
        for option in prediction.options {
            lines.append(Line("  \(option.label)  \(NarrationText.plain(option.text))"))
        }
        if !forRoom { lines.append(Line("(answer with \(prediction.accepts); or hint, again, skip)", .dim)) }
        return lines
    }

    /// Runs the current step's block on the lesson's market and shows it (with the answer first
    /// when a question is being revealed), then records progress.
    /// `outcome` is how the learner settled the question, kept for the score when it was asked.
    mutating func runStepBlock(
        _ learner: inout MarketShell, revealing prediction: Prediction?, opening: String = "The answer:",
        tone: Tone = .plain,
        outcome: QuestionOutcome = .revealed
    ) -> [Line] {
        guard let step = play?.step, let lesson = play?.lesson else { return [] }
        var lines = restoreNote(learner)
        let block: BlockRun
        let market: MarketSession
        let last: (any ModelStep)?
        if let pending = play?.pending {
            (block, market, last) = (pending.block, pending.market, pending.lastStep)
        } else {
            // The market is taken out first, so that no copy of it is left to make the block copy its tape.
            let before = detachedMarket(&learner)
            var child = lessonShell(learner, before)
            block = BlockRun.run(step, of: lesson, on: &child, showing: true, abandoningOnStop: play?.mode == .student)
            (market, last) = (child.session, child.lastStep)
            // Ctrl-C abandons the rest of the block and its checks: the lesson's market stays as
            // it was before the step, which `again` runs from the start.
            if block.interrupted {
                play?.market = before
                learner.session = before
                // Said first, so that a pager's first screen shows it, and again under long output.
                let again = block.lines.count > 20 ? [Self.interruptedLine] : []
                return lines + [Self.interruptedLine] + block.lines + again
            }
        }
        guard var current = play else { return [] }
        current.market = market
        lastStep = last
        if let prediction {
            let answer = current.pending?.answer ?? block.answer(to: prediction)
            lines.append(Line("\(opening) \(answer.sentence(for: prediction)).", tone))
            if let explanation = prediction.explanation { lines.append(Line(NarrationText.plain(explanation))) }
            // The block's output starts a screen of its own, under the step's heading.
            if current.mode != .presenting {
                lines += [Line(""), current.heading(width: learner.display.width, continued: true)]
            }
            current.answered.insert(current.index)
            if current.pending != nil { current.outcomes[current.index] = outcome }
        }
        current.pending = nil
        current.ran = true
        learner.session = current.market
        play = current
        lines += block.lines
        lines += block.failures.map {
            Line(ShellError.brokenPromise($0, lesson: current.lesson.name).message, .error)
        }
        saveProgress()
        lines += stepFooter()
        return lines
    }

    /// How a lesson's blocks show orders, whatever the learner set while exploring.
    static let lessonDetail = Detail.full

    /// Said when Ctrl-C stopped a step's block part-way.
    static let interruptedLine = Line("step interrupted; again runs it", .warning)

    /// What comes after a step: at the last, the course's next lesson (for everyone); then what
    /// may be typed, nothing in a recording or for a room, the player's keys for a student.
    private func stepFooter() -> [Line] {
        guard let current = play else { return [] }
        let next = current.isLastStep ? nextLessonLines(after: current.lesson.name) : []
        guard current.mode == .student else { return next }
        if current.isLastStep {
            return (current.score.map { [scoreLine($0)] } ?? []) + next + [
                Line("End of \(current.lesson.name). Type lesson for the others, quit to leave the lesson.", .heading)
            ]
        }
        return [Line("(Enter: next step · back · again · or explore with any command)", .dim)]
    }

    /// `Next: lesson NAME (its title).`: the lesson after `name` in the course,
    /// with its title; none after the course's last lesson or one outside the course.
    func nextLessonLines(after name: String) -> [Line] {
        guard let library, let next = library.course.next(after: name) else { return [] }
        let title = (try? library.lesson(named: next)).map { " (\($0.title))" } ?? ""
        return [Line("Next: lesson \(next)\(title).", .heading)]
    }

    /// How the learner did in the lesson's questions, said at its end.
    func scoreLine(_ score: LessonScore) -> Line {
        let questions = score.questions == 1 ? "question" : "questions"
        var text =
            "You answered \(score.right) of \(score.questions) \(questions) right: \(score.firstTry) at the first try, "
            + "\(score.later) after a wrong try or a hint"
            + ((score.peeked ?? 0) > 0 ? ", \(score.peeked ?? 0) after a peek at the market" : "")
            + "; \(score.revealed) revealed (skip or out of tries)"
        if score.unscored > 0 { text += "; \(score.unscored) answered before scores were kept, not counted" }
        return Line(text + ".", .heading)
    }

    /// A line saying the learner's exploration is set aside, when the learner.session is not the lesson's.
    private func restoreNote(_ learner: MarketShell) -> [Line] {
        guard let current = play, current.mode == .student else { return [] }
        let explored =
            !learner.session.model.sameMarket(as: current.market.model)
            || learner.session.journal.count != current.market.journal.count || learner.detail != Self.lessonDetail
        return explored ? [Line("(the lesson's market is back; your exploration is set aside)", .dim)] : []
    }

    /// The lesson's market, taken out so that the block can change it without a copy of its tape.
    private mutating func detachedMarket(_ learner: inout MarketShell) -> MarketSession {
        guard var current = play else { return learner.openingMarket }
        let market = current.market
        current.market = learner.openingMarket
        play = current
        learner.session = learner.openingMarket
        return market
    }

    /// A shell over the lesson's market that runs one block, shown at the learner's width and at
    /// the lesson's detail (a learner's `set detail brief` is exploration, set aside), each reply
    /// laid out to fit one screen.
    func lessonShell(_ learner: MarketShell, _ market: MarketSession) -> MarketShell {
        var child = MarketShell(models: learner.models, session: market)
        child.lastStep = lastStep
        child.display = learner.display
        child.display.compact = true
        child.detail = Self.lessonDetail
        child.shouldStop = learner.shouldStop
        return child
    }

    /// Rebuilds the lesson's market up to (not including) step `index` by replaying the blocks before it.
    mutating func rebuild(_ learner: inout MarketShell, upTo index: Int) {
        guard var current = play else { return }
        var child = lessonShell(learner, learner.openingMarket)
        for step in current.lesson.steps.prefix(index) {
            _ = BlockRun.run(step, of: current.lesson, on: &child, showing: false)
        }
        current.market = child.session
        current.index = index
        lastStep = child.lastStep
        learner.session = current.market
        play = current
    }

    /// Records the step shown (finishing the last step marks the lesson done, for good), saving at once.
    mutating func saveProgress() {
        guard let current = play, current.mode == .student else { return }
        let before = progress[current.lesson.name]
        let finished = current.isLastStep && current.ran
        let outcomes = current.outcomes.isEmpty ? nil : current.outcomes
        progress[current.lesson.name] = LessonProgress(
            step: current.index, total: current.lesson.steps.count, done: (before?.done ?? false) || finished,
            tries: current.tries[current.index].flatMap { $0 > 0 ? $0 : nil },
            hints: current.hintsShown[current.index].flatMap { $0 > 0 ? $0 : nil },
            answered: current.answered.isEmpty ? nil : current.answered.sorted(),
            outcomes: outcomes, score: finished ? current.score : before?.score)
        let saved = progressStore.save(progress)
        progress = Self.usable(saved.progress)  // adopts what other shells saved meanwhile
        if let warning = saved.warning {
            if !progressWarned { warnings.append(warning.message) }
            progressWarned = true
        } else {
            progressWarned = false
        }
    }
}
