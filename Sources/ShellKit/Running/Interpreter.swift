import Foundation

/// Long work that reports its progress.
public enum LongWork: String, Sendable {
    case simulating, exporting
}

/// The shell's core: one line in, one `Reply` out. Owns the session; never touches the terminal.
public struct Interpreter: Sendable {
    /// The learner's market and how it is shown; lessons' blocks run on a shell of their own.
    package var shell: MarketShell
    /// The learner's market (under the current model) and the commands that built it.
    public internal(set) var session: MarketSession {
        get { shell.session }
        set { shell.session = newValue }
    }
    /// Asked now and then during long work (`run`); returning true stops it at a safe point.
    public var shouldStop: @Sendable () -> Bool {
        get { shell.shouldStop }
        set { shell.shouldStop = newValue }
    }
    /// The lessons, the learner's progress, and the lesson being played.
    package var lessons: LessonPlayer
    /// The drill being played, and the drills' progress.
    package var drills: DrillPlayer
    /// The game being played, if any (`maker compete`, `insider`).
    package var game: (any ShellGame)?
    /// Where `lesson NAME` finds lessons; nil when there is no lessons folder.
    public var library: LessonLibrary? { lessons.library }
    /// How orders are shown: `set detail full|brief`.
    public var detail: Detail {
        get { shell.detail }
        set { shell.detail = newValue }
    }
    /// How wide charts may be, and whether the terminal shows Unicode; set by the executable.
    public var display: Display {
        get { shell.display }
        set { shell.display = newValue }
    }
    /// Told (what, done, of how many) as long work goes (`simulate` from worker threads, `export`
    /// from this one); for a progress bar.
    public var reportProgress: @Sendable (LongWork, Int, Int) -> Void {
        get { shell.reportProgress }
        set { shell.reportProgress = newValue }
    }
    /// The hosted class's console, set by the executable while `glosten host` runs; nil: `class`
    /// is refused.
    public var classConsole: (@Sendable (ClassCommand) -> [Line])?
    /// Where `export` and `save` write; the executable gives one that makes real files.
    public var files: any FileWriter {
        get { shell.files }
        set { shell.files = newValue }
    }

    /// A shell offering `models`, its market at the opening of the first of them unless `session` is given.
    public init(
        models: ModelCatalog, session: MarketSession? = nil, library: LessonLibrary? = nil,
        progress: any ProgressStore = MemoryProgressStore(), drillProgress: any ProgressStore = MemoryProgressStore()
    ) {
        shell = MarketShell(models: models, session: session)
        // The lessons are listed, and followed one by another, in the course the models declare.
        lessons = LessonPlayer(library: library?.following(Course(models)), progress: progress)
        drills = DrillPlayer(progress: drillProgress)
    }

    /// Parses and runs one line. Returns nil for a blank line or a comment. The input mode
    /// (`inputMode`) routes it first: in a game a move plays it; in a drill or at a lesson's open
    /// question an answer (`0.75`, `75%`, `widen`, `b`) answers it; in a lesson a blank line is
    /// `next`. Any other line runs as a command, and a line that is neither says what an answer looks like.
    public mutating func run(line bytes: [UInt8]) -> Reply? {
        // The whole line: `save` replays exactly what ran (the parser refuses lines over its limit).
        let text = String(decoding: bytes.prefix(Parser.maximumLineBytes), as: UTF8.self).trimmingCharacters(
            in: .whitespacesAndNewlines)
        if let reply = routeByMode(text, bytes: bytes) { return reply }
        do {
            guard let command = try Parser.parse(bytes, model: session.kind, models: shell.models) else { return nil }
            return run(command, text: text)
        } catch {
            if case .unknownVerb = error, case .lesson = inputMode, let prediction = lessons.play?.pending?.prediction {
                return failureReply(.notAnAnswer(text, accepts: prediction.accepts), command: text)
            }
            return failureReply(error, command: text)
        }
    }

    /// `[example-1 2/7]`-style status for the prompt when a lesson is playing, with the pending question.
    public var lessonStatus: (position: String, question: String?)? {
        lessons.status
    }

    /// The lesson as slides for a room; the shell is left as it was.
    public mutating func presentation(of name: String) throws(ShellError) -> [Slide] {
        try lessons.presentation(&shell, of: name)
    }

    /// Warnings about files (history is the reader's) to show once; taking them clears them.
    public mutating func takeWarnings() -> [String] {
        defer { (lessons.warnings, drills.warnings) = ([], []) }
        return lessons.warnings + drills.warnings
    }

    package func reply(lines: [Line], text: String, step: (any ModelStep)? = nil) -> Reply {
        Reply(lines: lines, record: Record(command: text, session: session.model, step: step))
    }

    /// Runs one parsed command. `text` is what the learner typed, for the record.
    public mutating func run(_ command: Command, text: String) -> Reply {
        if case .shell(.lesson(.present(let name))) = command {
            do {
                let slides = try presentation(of: name)
                var reply = reply(lines: slides.flatMap { [$0.heading] + $0.lines }, text: text)
                reply.slides = slides
                return reply
            } catch {
                return failureReply(error, command: text)
            }
        }
        if case .shell(.homework(let source)) = command {
            var reply = reply(lines: [], text: text)
            reply.homework = source
            return reply
        }
        do {
            try refuseOutsideMode(command, text: text)
            // A command that changes the market at a lesson's open question peeks at its answer.
            let journal = session.journal.count
            let asking = lessons.play?.pending != nil && inputMode != .free
            let playing = game != nil
            var (reply, quits) = try execute(command, text: text)
            if asking, lessons.play?.pending != nil, session.journal.count != journal {
                reply.lines += lessons.notePeek()
            }
            if !playing, game != nil { reply.lines += stackedNote() }
            var record = Record(command: text, session: session.model, step: reply.step)
            record.results = reply.results
            return Reply(lines: reply.lines, record: record, quits: quits)
        } catch {
            return failureReply(error, command: text)
        }
    }

    func failureReply(_ error: ShellError, command: String) -> Reply {
        var record = Record(command: command, session: session.model, step: nil)
        record.error = error.message
        return Reply(lines: [Line(error.message, .error)], record: record, error: error)
    }

    /// Runs the lesson player's verbs, `quit` and `save` here, and the market's on the shell.
    private mutating func execute(
        _ command: Command, text: String
    ) throws(ShellError) -> (reply: ModelReply, quits: Bool) {
        if let reply = try drillCommand(command) { return (reply, false) }
        if let reply = gameView(command) { return (reply, false) }
        switch command {
        case .shell(.quit):
            switch inputMode {
            case .game: return (ModelReply(try leaveGame() + resumedAfterGame()), false)
            case .lesson: return (ModelReply(lessons.leaveLesson(&shell)), false)
            case .drill, .free: return (ModelReply([]), true)
            }
        case .shell(.lesson(let request)):
            return (ModelReply(try lessons.lesson(&shell, request)), false)
        case .shell(.save(let path)):
            try Export.save(session.journal, to: path, files: files)
            return (ModelReply([Line(Export.saved(session.journal, to: path))]), false)
        case .shell(.next):
            return (ModelReply(try lessons.nextStep(&shell)), false)
        case .shell(.back):
            return (ModelReply(try lessons.previousStep(&shell)), false)
        case .shell(.skip):
            return (ModelReply(try lessons.skipPrediction(&shell)), false)
        case .shell(.restart):
            return (ModelReply(try lessons.restartLesson(&shell)), false)
        case .shell(.hint):
            return (ModelReply(try lessons.nextHint()), false)
        case .shell(.again):
            return (ModelReply(try lessons.repeatStep(&shell)), false)
        case .shell(.maker(let request)):
            return (ModelReply(try makerCommand(request)), false)
        case .shell(.classroom(let request)):
            guard let classConsole else { throw .classNeedsHost }
            return (ModelReply(classConsole(request.playing(session.classMarket(models: shell.models)))), false)
        case .shell(.drill):
            preconditionFailure("drillCommand runs every drill command")
        case .shell(.homework):
            preconditionFailure("run(_:text:) answers homework")
        case .market, .shell(.seed), .shell(.detail), .shell(.model), .shell(.help), .shell(.compareModels):
            var reply = try shell.execute(command, text: text)
            if let started = reply.game { reply.lines = try start(started, opening: reply.lines) }
            return (reply, false)
        }
    }
}
