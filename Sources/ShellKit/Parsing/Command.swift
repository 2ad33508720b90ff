import MarketModel

/// One parsed command line. Parsing happens once; running switches over this exhaustively.
public enum Command: Equatable, Sendable {
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
    case set(Setting)
    case reset
    case undo
    case help(String?)
    case quit
    case lesson(LessonRequest)
    /// Lesson steps: Enter or `next`, `back`, `skip` (reveal the answer), `restart`.
    case next, back, skip, restart
    /// In a lesson: the next hint to the open question; the step once more.
    case hint, again
    /// `plot spread|belief|price|cost`: a chart of this session.
    case plot(SeriesKind)
    /// `compare …`: the document's two-market study.
    case compare(ComparisonSetup)
    /// `compare models [buy|sell …]`: the same orders through every model that takes them.
    case compareModels([Order])
    /// `export csv|json|svg FILE`.
    case export(ExportFormat, String)
    /// `save FILE`: the commands that replay this session.
    case save(String)
    /// `simulate …`: Monte Carlo over many sessions of the current market.
    case simulate(SimulationRequest)
    /// `model`: the models, the current one marked; `model NAME`: a new opening under NAME.
    case model(ModelKind?)
    /// `maker …`: start, show or leave the market-making game.
    case maker(MakerCommand)
    /// One of a model's own verbs (`flow 50` under Kyle), from the model's descriptor.
    case modelVerb(ModelVerbCall)
    /// `drill [KIND] [seed S] [count N]`, `drill quit`: practice with worked answers.
    case drill(DrillRequest)

    /// Whether the command changes the session, so `save` must replay it (`run` records its own count).
    package var isJournaled: Bool {
        switch self {
        case .order, .informed, .noise, .set, .reset, .undo, .model(.some): true
        case .modelVerb(let call): call.changesMarket
        case .maker: false
        case .run, .quote, .state, .params, .history, .explain, .help, .quit, .lesson, .next, .back, .skip,
            .restart, .hint, .again, .plot, .compare, .compareModels, .export, .save, .simulate, .model(nil), .drill:
            false
        }
    }

    /// Whether a lesson's `gm` block may run this command: a lesson is data, so it cannot start
    /// lessons, steer the player, leave the shell, or write files.
    public var isAllowedInLessons: Bool {
        // Every case is listed, with no default: a new verb must decide.
        switch self {
        case .lesson, .next, .back, .skip, .restart, .hint, .again, .quit, .export, .save, .drill: false
        case .order, .informed, .noise, .run, .quote, .state, .params, .history, .explain, .set, .reset, .undo,
            .help, .plot, .compare, .compareModels, .simulate, .model:
            true
        case .modelVerb(let call): call.allowedInLessons
        case .maker: false
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
