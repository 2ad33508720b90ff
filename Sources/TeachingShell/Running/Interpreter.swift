import Foundation
import MarketModel

/// Long work that reports its progress.
public enum LongWork: String, Sendable {
    case simulating, exporting
}

/// The shell's core: one line in, one `Reply` out. Owns the session; never touches the terminal.
public struct Interpreter: Sendable {
    public internal(set) var session: Session
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
    /// The figures of the study the command being run played, for its record (taken by `run`).
    var studyResults: StudyResults?
    /// Told (what, done, of how many) as long work goes (`simulate` from worker threads, `export`
    /// from this one); for a progress bar.
    public var reportProgress: @Sendable (LongWork, Int, Int) -> Void = { _, _, _ in }
    /// Where `export` and `save` write; the executable gives one that makes real files.
    public var files: any FileWriter = NoFiles()

    public init(session: Session = Session(), library: LessonLibrary? = nil, progress: any ProgressStore = MemoryProgressStore()) {
        self.session = session
        self.library = library
        progressStore = progress
        let loaded = progress.load()
        self.progress = loaded.progress.filter { LessonLibrary.isValidName($0.key) && $0.value.isPlausible }
        if let warning = loaded.warning { warnings.append(warning.message) }
    }

    /// Parses and runs one line. Returns nil for a blank line or a comment. In a lesson, a blank
    /// line is `next`, and at an open question an answer (`0.75`, `75%`, `widen`, `b`) answers it;
    /// a command explores, and anything else says what an answer looks like.
    public mutating func run(line bytes: [UInt8]) -> Reply? {
        let text = String(decoding: bytes.prefix(200), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if play != nil {
            if text.isEmpty, bytes.count <= Parser.maximumLineBytes { return run(.next, text: "next") }
            if let prediction = play?.pending?.prediction, bytes.count <= Parser.maximumLineBytes,
               let given = prediction.reading(text) {
                return reply(lines: answer(given, typed: text), text: text)
            }
        }
        do {
            guard let command = try Parser.parse(bytes) else { return nil }
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

    func reply(lines: [Line], text: String, step: BayesStep? = nil) -> Reply {
        Reply(lines: lines, record: Record(command: text, market: session.market, step: step))
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
            studyResults = nil
            let (lines, step, quits) = try execute(command)
            if command.isJournaled { session.journal.append(text) }
            var record = Record(command: text, market: session.market, step: step)
            record.results = studyResults
            studyResults = nil
            return Reply(lines: lines, record: record, quits: quits)
        } catch {
            return failureReply(error, command: text)
        }
    }

    func failureReply(_ error: ShellError, command: String) -> Reply {
        var record = Record(command: command, market: session.market, step: nil)
        record.error = error.message
        return Reply(lines: [Line(error.message, .error)], record: record, error: error)
    }

    private mutating func execute(_ command: Command) throws(ShellError) -> (lines: [Line], step: BayesStep?, quits: Bool) {
        let parameters = session.market.parameters
        switch command {
        case .order(let order):
            let step = try applied { s throws(MarketError) in try s.apply(order, from: .unknown, strict: true) }
            return (StepText(step: step, parameters: parameters, truth: session.truth).lines(detail), step, false)
        case .informed:
            guard let arrival = Arrival.informed(truth: session.truth, at: session.market.quote) else { throw .market(.noInformedTraders) }
            let step = try applied { s throws(MarketError) in try s.apply(arrival.wanted, from: .informed, strict: false) }
            return (StepText(step: step, parameters: parameters, truth: session.truth).lines(detail), step, false)
        case .noise:
            var rng = session.rng
            let arrival = Arrival.uninformed(parameters, using: &rng)
            let step = try applied { s throws(MarketError) in try s.apply(arrival.wanted, from: .uninformed, strict: false) }
            session.rng = rng
            return (StepText(step: step, parameters: parameters, truth: session.truth).lines(detail), step, false)
        case .run(let n):
            let result = NatureRun.run(n, in: &session, shouldStop: shouldStop)
            if result.steps > 0 { session.journal.append("run \(result.steps)") }
            if let error = result.error, result.steps == 0 { throw .runStopped(at: session.market.time, error) }
            return (RunText(result: result, session: session, detail: detail).lines, result.lastStep, false)
        case .quote:
            return (QuoteText.lines(session.market.quote, parameters: parameters), nil, false)
        case .state:
            return (StateText(session: session).lines, nil, false)
        case .params:
            return (ParamsText(session: session, detail: detail).lines, nil, false)
        case .history(let n):
            return (HistoryText(session: session, count: n ?? 20).lines, nil, false)
        case .explain:
            return (ExplainText(market: session.market).lines, nil, false)
        case .set(let setting):
            return (try set(setting), nil, false)
        case .reset:
            session.reset()
            return ([Line("back to the opening: t = 0, generator reseeded with \(session.seed)")] + QuoteText.lines(session.market.quote, parameters: parameters), nil, false)
        case .undo:
            let entry = try applied { s throws(MarketError) in try s.undo() }
            let what = entry.order == .none ? "no trade" : entry.order.word
            return ([Line("took back t=\(session.market.time + 1) (\(what)); beliefs are as they were before it")] + QuoteText.lines(session.market.quote, parameters: parameters), nil, false)
        case .help(let topic):
            return (try HelpText.lines(topic: topic), nil, false)
        case .quit:
            if play != nil { return (leaveLesson(), nil, false) }
            return ([], nil, true)
        case .lesson(let request):
            return (try lesson(request), nil, false)
        case .plot(let kind):
            return (PlotText(session: session, kind: kind, width: display.width, unicode: display.unicode).lines, nil, false)
        case .compare(let setup):
            let seed = setup.seed ?? session.seed
            let markets = try Comparison.run(setup, seed: seed, shouldStop: shouldStop)
            studyResults = .comparison(ComparisonResults(markets, setup: setup, seed: seed))
            return (ComparisonText(markets: markets, setup: setup, seed: seed, width: display.width, unicode: display.unicode).lines, nil, false)
        case .simulate(let request):
            let (lines, results) = simulate(request)
            studyResults = .simulation(results)
            return (lines, nil, false)
        case .export(let format, let path):
            let report = reportProgress
            let rows = try Export.write(format, of: session, to: path, files: files, shouldStop: shouldStop,
                                        progress: { report(.exporting, $0, $1) })
            let what = format == .svg ? "the four panels of \(rows) periods" : "\(rows) rows"
            return ([Line("wrote \(what) to \(path)")], nil, false)
        case .save(let path):
            try Export.save(session.journal, to: path, files: files)
            return ([Line("wrote \(session.journal.count) commands to \(path); glosten \(path) replays this session exactly")], nil, false)
        case .next:
            return (try nextStep(), nil, false)
        case .back:
            return (try previousStep(), nil, false)
        case .skip:
            return (try skipPrediction(), nil, false)
        case .restart:
            return (try restartLesson(), nil, false)
        case .hint:
            return (try nextHint(), nil, false)
        case .again:
            return (try repeatStep(), nil, false)
        }
    }

    /// Plays a Monte Carlo study of the current market; the market itself is untouched.
    private func simulate(_ request: SimulationRequest) -> (lines: [Line], results: SimulationResults) {
        let plan = SimulationPlan(parameters: session.market.parameters, sessions: request.sessions, arrivals: request.trades,
                                  seed: request.seed ?? session.seed, truth: request.truth, discoveryDistance: request.distance)
        let report = reportProgress, total = request.sessions
        let summary = SessionSimulator(plan: plan).run(
            threads: request.threads ?? ProcessInfo.processInfo.activeProcessorCount,
            shouldStop: shouldStop, progress: { report(.simulating, $0, total) })
        report(.simulating, total, total)
        return (SimulationText(summary: summary, requested: total, width: display.width, unicode: display.unicode).lines,
                SimulationResults(summary, requested: total))
    }

    /// Runs a session change that can fail with a market error, as a shell error.
    private mutating func applied<T>(_ change: (inout Session) throws(MarketError) -> T) throws(ShellError) -> T {
        do {
            return try change(&session)
        } catch {
            throw .market(error)
        }
    }

    private mutating func set(_ setting: Setting) throws(ShellError) -> [Line] {
        switch setting {
        case .parameter(let name, let value):
            let restarted: Bool
            do { restarted = try session.set(name, to: value) } catch { throw .parameter(error) }
            let note = restarted
                ? "\(name.rawValue) = \(Format.number(value)): a new opening, so the market restarts at t = 0"
                : "\(name.rawValue) = \(Format.number(value)): beliefs kept; applies from the next order"
            return [Line(note)] + QuoteText.lines(session.market.quote, parameters: session.market.parameters)
        case .truth(let truth):
            session.setTruth(truth)
            var lines = [Line("truth = \(truth.rawValue): the true value is \(Format.value(session.trueValue)) (hidden from the market maker)", .hidden)]
            if truth == .none, session.market.parameters.alpha == 1 {
                lines.append(Line("note: with alpha 1 the market maker is sure news arrived, so it can never learn this truth; set alpha below 1 to let it", .warning))
            }
            return lines
        case .seed(let seed):
            session.setSeed(seed)
            return [Line("seed = \(seed): the generator restarts from it")]
        case .detail(let detail):
            self.detail = detail
            return [Line(detail == .full ? "detail = full: each order shows Bayes' rule with its numbers" : "detail = brief: one compact row per order; set detail full shows Bayes' rule")]
        }
    }
}
