import MarketCore

/// One parsed command line: a verb of the shell itself, or a verb of the market, which the
/// current model runs. Parsing happens once; running switches over these exhaustively.
public enum Command: Equatable, Sendable {
    /// Lessons, drills, games, files, help, the model and the display: the shell runs these,
    /// whatever the model.
    case shell(ShellCommand)
    /// The market's verbs: the current model runs these (`ModelMarket.execute`).
    case market(MarketCommand)

    /// Whether the command changes the session, so `save` must replay it (`run` records its own count).
    var isJournaled: Bool {
        switch self {
        case .shell(let command): command.isJournaled
        case .market(let command): command.isJournaled
        }
    }

    /// Whether a lesson's `gm` block may run this command: a lesson is data, so it cannot start
    /// lessons, steer the player, leave the shell, or write files.
    public var isAllowedInLessons: Bool {
        switch self {
        case .shell(let command): command.isAllowedInLessons
        case .market(let command): command.isAllowedInLessons
        }
    }
}

/// The shell's own verbs: a new one is a case here, its row in the verb table, and its handler in
/// the interpreter; no model sees it.
public enum ShellCommand: Equatable, Sendable {
    case help(String?)
    case quit
    case lesson(LessonRequest)
    /// Lesson steps: Enter or `next`, `back`, `skip` (reveal the answer), `restart`.
    case next, back, skip, restart
    /// In a lesson: the next hint to the open question; the step once more.
    case hint, again
    /// `compare models [buy|sell …]`: the same orders through every model that takes them.
    case compareModels([Order])
    /// `save FILE`: the commands that replay this session.
    case save(String)
    /// `model`: the models, the current one marked; `model NAME`: a new opening under NAME.
    case model(ModelKind?)
    /// `maker …`: start, show or leave the market-making game.
    case maker(MakerCommand)
    /// `drill [KIND] [seed S] [count N]`, `drill quit`: practice with worked answers.
    case drill(DrillRequest)
    /// `set seed S`: the generator restarts from S (the market stays).
    case seed(UInt64)
    /// `set detail full|brief`: how orders are shown.
    case detail(Detail)
    /// `class …`: the hosted class's console (`glosten host`).
    case classroom(ClassCommand)
    /// `homework FILE`: an assignment played as homework; the executable reads the file and asks
    /// the student id (`Reply.homework`).
    case homework(String)

    var isJournaled: Bool {
        switch self {
        case .seed, .detail, .model(.some): true
        case .help, .quit, .lesson, .next, .back, .skip, .restart, .hint, .again, .compareModels, .save, .model(nil),
            .maker, .drill, .classroom, .homework:
            false
        }
    }

    var isAllowedInLessons: Bool {
        // Every case is listed, with no default: a new verb must decide.
        switch self {
        case .lesson, .next, .back, .skip, .restart, .hint, .again, .quit, .save, .drill, .maker, .classroom, .homework:
            false
        case .help, .compareModels, .model, .seed, .detail: true
        }
    }
}

/// The market's verbs, which the current model runs (`ModelMarket.execute` hands each to its
/// requirement). A model that leaves one out says so in its descriptor (`omittedVerbs`), and the
/// parser refuses it there in one line.
public enum MarketCommand: Equatable, Sendable {
    /// `buy`, `sell`, `pass`: an order of unknown origin.
    case order(Order)
    case informed
    case noise
    case run(Int)
    case quote
    case state
    case params
    case history(Int?)
    case explain
    /// `set NAME VALUE`: a parameter of the current model, by its name in the model's table.
    case setParameter(String, Double)
    /// `set truth …`: nature's truth, as the model reads it.
    case setTruth(ModelTruth)
    case reset
    case undo
    /// `plot KIND`: a chart of this session, one of the kinds the model declares.
    case plot(SeriesKind)
    /// `compare …`: the model's two-market study, set up as its descriptor's `study` parsed it.
    case compare(StudySetup)
    /// `simulate …`: Monte Carlo over many sessions of the current market.
    case simulate(SimulationRequest)
    /// `export csv|json|svg FILE`.
    case export(ExportFormat, String)
    /// One of a model's own verbs (`flow 50` under Kyle), from the model's descriptor.
    case own(ModelVerbCall)

    var isJournaled: Bool {
        switch self {
        case .order, .informed, .noise, .setParameter, .setTruth, .reset, .undo: true
        case .own(let call): call.changesMarket
        case .run, .quote, .state, .params, .history, .explain, .plot, .compare, .simulate, .export: false
        }
    }

    var isAllowedInLessons: Bool {
        switch self {
        case .export: false
        case .own(let call): call.allowedInLessons
        case .order, .informed, .noise, .run, .quote, .state, .params, .history, .explain, .setParameter, .setTruth,
            .reset, .undo, .plot, .compare, .simulate:
            true
        }
    }
}

/// What `lesson …` asks for.
public enum LessonRequest: Equatable, Sendable {
    /// `lesson`: the lessons with progress.
    case list
    /// `lesson NAME`: start or resume.
    case start(String)
    /// `lesson quit`: leave the lesson, keeping progress.
    case quit
    /// `lesson check [NAME]`: run every block and expectation.
    case check(String?)
    /// `lesson play NAME`: the whole lesson at once, answers shown (for recording).
    case play(String)
    /// `lesson NAME present`: one step per key for a room, questions then answers.
    case present(String)
}

/// A parsed `set NAME VALUE`: a parameter of the current model (by its name in the model's
/// table), nature's truth, or the generator's seed.
public enum Setting: Equatable, Sendable {
    case parameter(String, Double)
    case truth(ModelTruth)
    case seed(UInt64)
    /// `set detail full|brief`: how orders are shown (a display setting).
    case detail(Detail)

    /// The command a setting makes: a parameter or the truth is the market's, the seed and the
    /// display the shell's.
    package var command: Command {
        switch self {
        case .parameter(let name, let value): .market(.setParameter(name, value))
        case .truth(let truth): .market(.setTruth(truth))
        case .seed(let seed): .shell(.seed(seed))
        case .detail(let detail): .shell(.detail(detail))
        }
    }
}

/// A model's own verb as parsed: its name, its arguments, and the two rules its row states.
public struct ModelVerbCall: Equatable, Sendable {
    public let name: String
    package let arguments: ParsedArguments
    /// Whether it changes the market, so `save` replays it.
    package let changesMarket: Bool
    /// Whether a lesson's block may run it.
    package let allowedInLessons: Bool

    package init(_ name: String, _ arguments: ParsedArguments, changesMarket: Bool, allowedInLessons: Bool = true) {
        self.name = name
        self.arguments = arguments
        self.changesMarket = changesMarket
        self.allowedInLessons = allowedInLessons
    }

    /// The numbers it was given (`.numbers` shapes), none otherwise.
    package var numbers: [Double] { arguments.numbers ?? [] }
}
