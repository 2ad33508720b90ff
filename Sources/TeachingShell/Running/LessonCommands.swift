import MarketModel

/// The lesson player: `lesson NAME`, Enter / `next`, `back`, `skip`, `restart`, `quit`.
extension Interpreter {
    mutating func lesson(_ request: LessonRequest) throws(ShellError) -> [Line] {
        switch request {
        case .list: return try listLessons()
        case .quit:
            guard play != nil else { throw .noLessonPlaying("lesson quit") }
            return leaveLesson()
        case .check(let name): return try checkLessons(name)
        case .start(let name): return try startLesson(name)
        case .play(let name): return try playWholeLesson(name)
        }
    }

    private func listLessons() throws(ShellError) -> [Line] {
        guard let library else { throw .lessonLookup(.noFolder) }
        var lines = [Line("lessons (lesson NAME starts or resumes one)", .heading)]
        for name in library.names {
            let title = (try? library.lesson(named: name).title) ?? "(cannot be read: lesson check \(name) says why)"
            let state = progress[name].map { $0.done ? "done" : "step \($0.step + 1)/\($0.total)" } ?? "new"
            lines.append(Line(Format.pad("  " + name, 16) + Format.pad(state, 12) + title))
        }
        return lines
    }

    private func checkLessons(_ name: String?) throws(ShellError) -> [Line] {
        guard let library else { throw .lessonLookup(.noFolder) }
        let names = name.map { [$0] } ?? library.names
        var lines: [Line] = []
        for name in names {
            do {
                let report = LessonChecker.check(try library.lesson(named: name))
                lines += report.lines
            } catch let error as LessonLookupError {
                throw .lessonLookup(error)
            } catch let error as LessonError {
                lines.append(Line(error.message, .error))
            } catch {
                lines.append(Line("\(name): \(error)", .error))
            }
        }
        return lines
    }

    private func load(_ name: String) throws(ShellError) -> Lesson {
        guard let library else { throw .lessonLookup(.noFolder) }
        do {
            return try library.lesson(named: name)
        } catch let error as LessonLookupError {
            throw .lessonLookup(error)
        } catch let error as LessonError {
            throw .lesson(error)
        } catch {
            throw .lessonLookup(.notFound(name, suggestion: nil))
        }
    }

    /// Every step of a lesson in one go, predictions answered; the market is the lesson's at the end.
    private mutating func playWholeLesson(_ name: String) throws(ShellError) -> [Line] {
        let lesson = try load(name)
        session = Session()
        play = LessonPlay(lesson: lesson)
        var lines: [Line] = []
        for index in lesson.steps.indices {
            play?.index = index
            lines += showStep(revealing: true)
        }
        play = nil
        return lines
    }

    private mutating func startLesson(_ name: String) throws(ShellError) -> [Line] {
        let lesson = try load(name)
        session = Session()
        play = LessonPlay(lesson: lesson)
        var lines: [Line] = []
        if let saved = progress[lesson.name], !saved.done, saved.step > 0, saved.step < lesson.steps.count {
            for _ in 0..<saved.step {
                _ = showStep(revealing: true)
                play?.pending = nil
                play?.index += 1
            }
            lines.append(Line("resuming \(lesson.name) at step \(saved.step + 1) of \(lesson.steps.count) (restart begins again)", .dim))
        }
        return lines + showStep(revealing: false)
    }

    mutating func leaveLesson() -> [Line] {
        guard let current = play else { return [] }
        play = nil
        let place = progress[current.lesson.name].map { $0.done ? "finished" : "at step \($0.step + 1) of \($0.total)" } ?? ""
        return [Line("left \(current.lesson.name) \(place); lesson \(current.lesson.name) resumes it, quit again leaves glosten", .dim)]
    }

    mutating func nextStep() throws(ShellError) -> [Line] {
        guard var current = play else { throw .noLessonPlaying("next") }
        if current.pending != nil { return try skipPrediction() }
        guard !current.isLastStep else {
            return [Line("that was the last step of \(current.lesson.name); lesson lists the others, quit leaves the lesson", .dim)]
        }
        var lines: [Line] = []
        if let after = current.after, after.market != session.market || after.tape.count != session.tape.count {
            session = after
            lines.append(Line("(the lesson's market is back; your exploration is set aside)", .dim))
        }
        current.index += 1
        play = current
        return lines + showStep(revealing: false)
    }

    mutating func previousStep() throws(ShellError) -> [Line] {
        guard var current = play else { throw .noLessonPlaying("back") }
        guard current.index > 0 else { throw .firstStep }
        current.index -= 1
        current.pending = nil
        session = current.before[current.index]
        play = current
        return showStep(revealing: false)
    }

    mutating func restartLesson() throws(ShellError) -> [Line] {
        guard var current = play else { throw .noLessonPlaying("restart") }
        session = current.before[0]
        current.index = 0
        current.pending = nil
        play = current
        return showStep(revealing: false)
    }

    mutating func skipPrediction() throws(ShellError) -> [Line] {
        guard let pending = play?.pending else {
            if play == nil { throw .noLessonPlaying("skip") }
            throw .nothingToSkip
        }
        return reveal(pending, opening: "The answer:")
    }

    /// The learner's number for the pending prediction: right, a hint, or after a few tries the answer.
    mutating func answer(_ value: Double) -> [Line] {
        guard var pending = play?.pending else { return [] }
        let quantity = pending.prediction.quantity.phrase
        guard let answer = pending.answer else { return reveal(pending, opening: "The answer:") }
        if DirectiveSyntax.holds(value, answer, within: pending.prediction.tolerance) {
            return reveal(pending, opening: "Right:", tone: .buy)
        }
        pending.tries += 1
        if pending.tries >= pending.allowedTries {
            return [Line("Not quite (you said \(Format.number(value))).", .warning)] + reveal(pending, opening: "The answer:")
        }
        play?.pending = pending
        let direction = value < answer ? "higher" : "lower"
        var lines = [Line("Not quite: \(quantity) will be \(direction) than \(Format.number(value)). Try again, or skip.", .warning)]
        if pending.tries <= pending.prediction.hints.count {
            lines.append(Line("Hint: " + NarrationText.plain(pending.prediction.hints[pending.tries - 1]), .dim))
        }
        return lines
    }

    /// Shows the answer and explanation, then runs the step's commands.
    mutating func reveal(_ pending: PendingPrediction, opening: String, tone: Tone = .plain) -> [Line] {
        play?.pending = nil
        let value = pending.answer.map(Format.price) ?? "undefined"
        var lines = [Line("\(opening) \(pending.prediction.quantity.phrase) = \(value).", tone)]
        if let explanation = pending.prediction.explanation { lines.append(Line(NarrationText.plain(explanation))) }
        return lines + runBlock()
    }
}
