import MarketCore

/// The lesson player: `lesson NAME`, Enter / `next`, `back`, `skip`, `hint`, `again`, `restart`, `quit`.
extension LessonPlayer {
    package mutating func lesson(_ learner: inout MarketShell, _ request: LessonRequest) throws(ShellError) -> [Line] {
        switch request {
        case .list: return try listLessons()
        case .quit:
            guard play != nil else { throw .noLessonPlaying("lesson quit") }
            return leaveLesson(&learner)
        case .check(let name): return try checkLessons(name, models: learner.models, shouldStop: learner.shouldStop)
        case .start(let name): return try startLesson(&learner, name)
        case .play(let name): return try playWholeLesson(&learner, name)
        case .present(let name): return try presentation(&learner, of: name).flatMap { [$0.heading] + $0.lines }
        }
    }

    private func checkLessons(
        _ name: String?, models: ModelCatalog, shouldStop: @escaping @Sendable () -> Bool
    ) throws(ShellError) -> [Line] {
        guard let library else { throw .lessonLookup(.noFolder) }
        let names = name.map { [$0] } ?? library.names
        var lines: [Line] = []
        for name in names {
            do {
                var report = LessonChecker.check(try library.lesson(named: name), models: models, shouldStop: shouldStop)
                report.failures += library.course.problems(in: report.lesson, exists: library.names.contains)
                lines += report.lines
                if report.stoppedAfter != nil { break }
            } catch {
                // A lesson that cannot be read or parsed is reported and the others still run.
                guard case .lesson(let problem) = error else { throw error }
                lines.append(Line(problem.message, .error))
            }
        }
        return lines
    }

    private func load(_ name: String, models: ModelCatalog) throws(ShellError) -> Lesson {
        guard let library else { throw .lessonLookup(.noFolder) }
        return try library.lesson(named: name).declaring(models.quantities)
    }

    /// Every step of a lesson in one go, questions then answers, with nothing to type (for
    /// recording); the market is the lesson's at the end, unless a lesson was being played, which
    /// goes on where it was.
    private mutating func playWholeLesson(_ learner: inout MarketShell, _ name: String) throws(ShellError) -> [Line] {
        let lesson = try load(name, models: learner.models)
        let before = (play, learner.session, lastStep)
        play = LessonPlay(lesson: lesson, outside: .init(market: learner.openingMarket, detail: .full), mode: .recording,
            market: learner.openingMarket)
        var lines: [Line] = []
        for index in lesson.steps.indices {
            play?.index = index
            lines += showStep(&learner)
        }
        play = nil
        if before.0 != nil { (play, learner.session, lastStep) = before }
        return lines
    }

    /// The lesson as slides for a room: each step, and a question's answer on a slide of its own.
    public mutating func presentation(_ learner: inout MarketShell, of name: String) throws(ShellError) -> [Slide] {
        let lesson = try load(name, models: learner.models)
        // Showing a lesson to a room leaves the shell as it was: its market and any lesson being played.
        let before = (play, learner.session, lastStep)
        defer { (play, learner.session, lastStep) = before }
        play = LessonPlay(lesson: lesson, outside: .init(market: learner.openingMarket, detail: .full), mode: .presenting,
            market: learner.openingMarket)
        var slides: [Slide] = []
        for index in lesson.steps.indices {
            play?.index = index
            let heading = play?.heading(width: learner.display.width) ?? Line("")
            let narration = NarrationText.lines(lesson.steps[index].narration)
            guard let prediction = lesson.steps[index].prediction else {
                slides.append(Slide(heading: heading, lines: narration + runStepBlock(&learner, revealing: nil)))
                continue
            }
            slides.append(
                Slide(
                    heading: heading,
                    lines: narration + BlockRun.echoes(of: lesson.steps[index])
                        + questionLines(prediction, forRoom: true)))
            slides.append(Slide(heading: heading, lines: runStepBlock(&learner, revealing: prediction)))
        }
        return slides
    }

    private mutating func startLesson(_ learner: inout MarketShell, _ name: String) throws(ShellError) -> [Line] {
        let lesson = try load(name, models: learner.models)
        var lines: [Line] = []
        // The learner's own market and display, kept whole (even untouched) so that quit gives them back.
        let outside = play?.outside ?? LessonPlay.Outside(market: learner.session, detail: learner.detail)
        if play == nil, !outside.market.journal.isEmpty {
            lines.append(
                Line("(your market at t = \(outside.market.model.time) is set aside; lesson quit brings it back)", .dim)
            )
        }
        if play == nil, outside.detail != Self.lessonDetail {
            lines.append(
                Line(
                    "(the lesson shows orders in full; your set detail \(outside.detail.rawValue) comes back when you quit)",
                    .dim))
        }
        play = LessonPlay(lesson: lesson, outside: outside, mode: .student, market: learner.openingMarket)
        lastStep = nil
        learner.session = learner.openingMarket
        learner.detail = Self.lessonDetail
        if let saved = progress[lesson.name], let place = Self.resumePoint(saved, steps: lesson.steps.count) {
            rebuild(&learner, upTo: place)
            play?.answered = Set((saved.answered ?? []).filter { $0 < lesson.steps.count })
            play?.tries[saved.step] = saved.tries
            play?.hintsShown[saved.step] = saved.hints
            play?.outcomes = (saved.outcomes ?? [:]).filter { $0.key < lesson.steps.count }
            lines.append(
                Line(
                    "resuming \(lesson.name) at step \(place + 1) of \(lesson.steps.count) (restart begins again)",
                    .dim))
        } else if let saved = progress[lesson.name], saved.done {
            lines.append(
                Line("you finished \(lesson.name) before; it starts again from step 1 (it stays marked done)", .dim))
        }
        return lines + showStep(&learner)
    }

    /// The step (0-based) `lesson NAME` resumes at, or nil when it starts from step 1: a lesson
    /// left part-way resumes where it was, even one finished before and restarted since; one
    /// finished at its last step starts again.
    static func resumePoint(_ saved: LessonProgress, steps: Int) -> Int? {
        guard saved.step > 0, saved.step < steps, !(saved.done && saved.step == steps - 1) else { return nil }
        return saved.step
    }

    /// `quit` in a lesson: progress is kept, and the learner's own market and display come back.
    mutating func leaveLesson(_ learner: inout MarketShell) -> [Line] {
        guard let current = play else { return [] }
        play = nil
        let name = current.lesson.name
        let resumes =
            progress[name].flatMap { Self.resumePoint($0, steps: current.lesson.steps.count) }.map {
                "lesson \(name) resumes at step \($0 + 1) of \(current.lesson.steps.count)"
            } ?? "lesson \(name) starts at step 1"
        let place =
            progress[name].map { $0.done && $0.step == current.lesson.steps.count - 1 ? " (finished)" : "" } ?? ""
        learner.session = current.outside.market
        learner.detail = current.outside.detail
        lastStep = nil
        let market = current.outside.market.model
        return [
            Line("left \(name)\(place); \(resumes), quit again leaves glosten", .dim),
            Line("your own market is back: \(market.kind.rawValue) model at t = \(market.time)", .dim),
        ]
    }

    mutating func nextStep(_ learner: inout MarketShell) throws(ShellError) -> [Line] {
        guard var current = play else { throw .noLessonPlaying("next") }
        if let pending = current.pending {
            return [
                Line(
                    "The question is still open: answer with \(pending.prediction.accepts), or type skip to see the answer.",
                    .warning)
            ]
        }
        // A step whose block Ctrl-C cut short has not built the market the next step starts from.
        if !current.ran, current.mode == .student { return [Self.interruptedLine] }
        guard !current.isLastStep else {
            return [
                Line(
                    "that was the last step of \(current.lesson.name); lesson lists the others, quit leaves the lesson",
                    .dim)
            ]
        }
        current.index += 1
        play = current
        return showStep(&learner)
    }

    mutating func previousStep(_ learner: inout MarketShell) throws(ShellError) -> [Line] {
        guard let current = play else { throw .noLessonPlaying("back") }
        guard current.index > 0 else { throw .firstStep }
        rebuild(&learner, upTo: current.index - 1)
        return showStep(&learner)
    }

    mutating func restartLesson(_ learner: inout MarketShell) throws(ShellError) -> [Line] {
        guard play != nil else { throw .noLessonPlaying("restart") }
        rebuild(&learner, upTo: 0)
        play?.answered = []
        play?.tries = [:]
        play?.hintsShown = [:]
        play?.outcomes = [:]
        play?.peeked = []
        return showStep(&learner)
    }

    mutating func skipPrediction(_ learner: inout MarketShell) throws(ShellError) -> [Line] {
        guard let pending = play?.pending else {
            if play == nil { throw .noLessonPlaying("skip") }
            throw .nothingToSkip
        }
        return runStepBlock(&learner, revealing: pending.prediction)
    }

    /// `hint`: the next hint to the open question.
    mutating func nextHint() throws(ShellError) -> [Line] {
        guard let current = play else { throw .noLessonPlaying("hint") }
        guard let pending = current.pending else { throw .noQuestion }
        let shown = current.hintsShown[current.index] ?? 0
        guard shown < pending.prediction.hints.count else {
            return [
                Line(
                    shown == 0
                        ? "this question has no hints; skip shows the answer"
                        : "no more hints for this question; skip shows the answer", .dim)
            ]
        }
        play?.hintsShown[current.index] = shown + 1
        saveProgress()
        return [Line("Hint: " + NarrationText.plain(pending.prediction.hints[shown]), .dim)]
    }

    /// `again`: the step's narration once more, and its question if it is still open; a step
    /// whose block was interrupted runs again.
    mutating func repeatStep(_ learner: inout MarketShell) throws(ShellError) -> [Line] {
        guard let current = play else { throw .noLessonPlaying("again") }
        if !current.ran, current.pending == nil { return showStep(&learner) }
        var lines = stepIntroduction(learner)
        if let pending = current.pending {
            lines += BlockRun.echoes(of: current.step) + questionLines(pending.prediction, forRoom: false)
        } else {
            lines.append(Line("(this step has run; Enter goes on, back plays the step before it)", .dim))
        }
        return lines
    }

    /// Marks the open question as peeked at: the learner changed the market while it was open.
    /// Says so the first time; an answer after it is not a first try.
    mutating func notePeek() -> [Line] {
        guard let current = play, current.pending != nil, current.mode == .student,
            !current.peeked.contains(current.index)
        else { return [] }
        play?.peeked.insert(current.index)
        return [Line("(you explored the market at an open question: a right answer now counts as a peek)", .dim)]
    }

    /// The learner's answer to the open question: right, a hint, or after a few tries the answer.
    package mutating func answer(_ learner: inout MarketShell, _ given: LearnerAnswer, typed: String) -> [Line] {
        guard let current = play, let pending = current.pending else { return [] }
        let prediction = pending.prediction
        if case .number(nil) = pending.answer { return runStepBlock(&learner, revealing: prediction) }
        if pending.answer.accepts(given, tolerance: prediction.tolerance) {
            let helped = (current.tries[current.index] ?? 0) > 0 || (current.hintsShown[current.index] ?? 0) > 0
            let outcome: QuestionOutcome =
                current.peeked.contains(current.index) ? .peeked : (helped ? .later : .firstTry)
            return runStepBlock(&learner, revealing: prediction, opening: "Right:", tone: .buy, outcome: outcome)
        }
        let tries = (current.tries[current.index] ?? 0) + 1
        play?.tries[current.index] = tries
        if tries >= pending.allowedTries {
            return [Line("Not quite (you said \(typed)).", .warning)] + runStepBlock(&learner, revealing: prediction)
        }
        var lines = [
            Line("Not quite: \(pending.answer.correction(to: given, for: prediction)). Try again, or skip.", .warning)
        ]
        let shown = current.hintsShown[current.index] ?? 0
        if shown < prediction.hints.count {
            lines.append(Line("Hint: " + NarrationText.plain(prediction.hints[shown]), .dim))
            play?.hintsShown[current.index] = shown + 1
        }
        saveProgress()
        return lines
    }
}

/// One slide of a presentation: the step's heading, kept at the top, and what the room sees.
public struct Slide: Sendable {
    public let heading: Line
    public let lines: [Line]
}
