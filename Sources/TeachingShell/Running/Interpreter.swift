import Foundation
import MarketModel

/// Long work that reports its progress.
public enum LongWork: String, Sendable {
    case simulating, exporting
}

/// The shell's core: one line in, one `Reply` out. Owns the session; never touches the terminal.
public struct Interpreter: Sendable {
    /// The learner's market (under the current model) and the commands that built it.
    public internal(set) var session: MarketSession
    /// Asked now and then during long work (`run`); returning true stops it at a safe point.
    public var shouldStop: @Sendable () -> Bool = { false }
    /// Where `lesson NAME` finds lessons; nil when there is no lessons folder.
    public let library: LessonLibrary?
    let progressStore: any ProgressStore
    var progress: [String: LessonProgress]
    /// The lesson being played, if any.
    var play: LessonPlay?
    /// Warnings about files (progress) not yet shown.
    var warnings: [String] = []
    /// Whether the last progress save failed and was warned about (a failing store warns once).
    var progressWarned = false
    /// How orders are shown: `set detail full|brief`.
    public var detail = Detail.full
    /// The record of the last lesson command that succeeded (for `p_informed` in expectations).
    var lastRecord: Record?
    /// How wide charts may be, and whether the terminal shows Unicode; set by the executable.
    public var display = Display()
    /// Told (what, done, of how many) as long work goes (`simulate` from worker threads, `export`
    /// from this one); for a progress bar.
    public var reportProgress: @Sendable (LongWork, Int, Int) -> Void = { _, _, _ in }
    /// Where `export` and `save` write; the executable gives one that makes real files.
    public var files: any FileWriter = NoFiles()

    public init(session: MarketSession = MarketSession(), library: LessonLibrary? = nil, progress: any ProgressStore = MemoryProgressStore()) {
        self.session = session
        self.library = library
        progressStore = progress
        let loaded = progress.load()
        self.progress = loaded.progress.filter { LessonLibrary.isValidName($0.key) && $0.value.isPlausible }
        if let warning = loaded.warning { warnings.append(warning) }
    }

    /// Parses and runs one line. Returns nil for a blank line or a comment. In a lesson, a blank
    /// line is `next`, and at an open question an answer (`0.75`, `75%`, `widen`, `b`) answers it;
    /// a command explores, and anything else says what an answer looks like.
    public mutating func run(line bytes: [UInt8]) -> Reply? {
        // The whole line: `save` replays exactly what ran (the parser refuses lines over its limit).
        let text = String(decoding: bytes.prefix(Parser.maximumLineBytes), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if play != nil {
            if text.isEmpty, bytes.count <= Parser.maximumLineBytes { return run(.next, text: "next") }
            if let prediction = play?.pending?.prediction, bytes.count <= Parser.maximumLineBytes,
               let given = prediction.reading(text) {
                return reply(lines: answer(given, typed: text), text: text)
            }
        }
        do {
            guard let command = try Parser.parse(bytes, model: session.kind) else { return nil }
            return run(command, text: text)
        } catch {
            if case .unknownVerb = error, let prediction = play?.pending?.prediction {
                return failureReply(.notAnAnswer(text, accepts: prediction.accepts), command: text)
            }
            return failureReply(error, command: text)
        }
    }

    /// `[example-1 2/7]`-style status for the prompt when a lesson is playing, with the pending question.
    public var lessonStatus: (position: String, question: String?)? {
        play.map { ($0.status, $0.pending.map(\.prediction.promptLabel)) }
    }

    /// Warnings about files (history is the reader's) to show once; taking them clears them.
    public mutating func takeWarnings() -> [String] {
        defer { warnings = [] }
        return warnings
    }

    func reply(lines: [Line], text: String, step: ModelStep? = nil) -> Reply {
        Reply(lines: lines, record: Record(command: text, session: session.model, step: step))
    }

    /// Runs one parsed command. `text` is what the learner typed, for the record.
    public mutating func run(_ command: Command, text: String) -> Reply {
        if case .lesson(.present(let name)) = command {
            do {
                let slides = try presentation(of: name)
                var reply = reply(lines: slides.flatMap { [$0.heading] + $0.lines }, text: text)
                reply.slides = slides
                return reply
            } catch {
                return failureReply(error, command: text)
            }
        }
        do {
            let (reply, quits) = try execute(command, text: text)
            session.journal += reply.journal ?? (command.isJournaled ? [text] : [])
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

    /// Runs the shell's own verbs here and hands the market's verbs to the current model.
    private mutating func execute(_ command: Command, text: String) throws(ShellError) -> (reply: ModelReply, quits: Bool) {
        switch command {
        case .set(.seed(let seed)):
            session.model.setSeed(seed)
            return (ModelReply([Line("seed = \(seed): the generator restarts from it")]), false)
        case .set(.detail(let detail)):
            self.detail = detail
            return (ModelReply([Line(detail == .full ? "detail = full: each order shows Bayes' rule with its numbers" : "detail = brief: one compact row per order; set detail full shows Bayes' rule")]), false)
        case .model(let kind):
            return (ModelReply(try model(kind)), false)
        case .help(let topic):
            return (ModelReply(try HelpText.lines(topic: topic, model: session.kind)), false)
        case .quit:
            if play != nil { return (ModelReply(leaveLesson()), false) }
            return (ModelReply([]), true)
        case .lesson(let request):
            return (ModelReply(try lesson(request)), false)
        case .save(let path):
            try Export.save(session.journal, to: path, files: files)
            return (ModelReply([Line("wrote \(session.journal.count) commands to \(path); glosten \(path) replays this session exactly")]), false)
        case .next:
            return (ModelReply(try nextStep()), false)
        case .back:
            return (ModelReply(try previousStep()), false)
        case .skip:
            return (ModelReply(try skipPrediction()), false)
        case .restart:
            return (ModelReply(try restartLesson()), false)
        case .hint:
            return (ModelReply(try nextHint()), false)
        case .again:
            return (ModelReply(try repeatStep()), false)
        case .order, .informed, .noise, .run, .quote, .state, .params, .history, .explain, .set(.parameter), .set(.truth),
             .reset, .undo, .plot, .compare, .simulate, .export:
            return (try session.model.execute(command, context: modelContext), false)
        }
    }

    /// `model`: the models, the current one marked; `model NAME`: a new opening under NAME (the
    /// seed stays), said so.
    private mutating func model(_ kind: ModelKind?) throws(ShellError) -> [Line] {
        guard let kind else {
            return [Line("models (model NAME opens a market under it)", .heading)]
                + ModelKind.allCases.map { Line((($0 == session.kind) ? "* " : "  ") + Format.pad($0.rawValue, 9) + $0.summary) }
        }
        let from = session.kind, time = session.model.time
        session.model = ModelSession(kind, seed: session.model.seed)
        let was = from == kind ? "the \(kind.rawValue) model again" : "the \(kind.rawValue) model (was \(from.rawValue))"
        return [Line("model = \(kind.rawValue): a new opening under \(was), t = 0" + (time > 0 ? "; the \(time) periods before are gone (undo does not bring them back)" : ""))]
            + (try session.model.execute(.quote, context: modelContext).lines)
    }

    /// What the model's commands see of the shell.
    private var modelContext: ModelContext {
        ModelContext(detail: detail, display: display, shouldStop: shouldStop, reportProgress: reportProgress, files: files)
    }
}
