import MarketCore

/// One verb of the shell: its names, what it accepts, and its one-line help.
public struct Verb: Sendable {
    public let name: String
    /// Where `help` lists it.
    public let group: VerbGroup
    public let aliases: [String]
    public let arguments: ArgumentShape
    public let usage: String
    public let summary: String
    /// What the verb does, in a few sentences, for `help VERB`.
    public let details: String
    /// Builds the command once the arguments have been parsed.
    package let make: @Sendable (ParsedArguments) -> Command
    /// What `help VERB` adds after `details` that depends on the models offered (`drill`'s kinds).
    let detailsForModels: (@Sendable (ModelCatalog) -> String)?
    /// The usage `help VERB` shows under a model, where it names the model's words (`simulate`'s truth).
    let usageForModel: (@Sendable (ModelKind) -> String)?

    package init(
        name: String, group: VerbGroup, aliases: [String], arguments: ArgumentShape, usage: String, summary: String,
        details: String, make: @escaping @Sendable (ParsedArguments) -> Command,
        detailsForModels: (@Sendable (ModelCatalog) -> String)? = nil,
        usageForModel: (@Sendable (ModelKind) -> String)? = nil
    ) {
        (self.name, self.group, self.aliases, self.arguments) = (name, group, aliases, arguments)
        (self.usage, self.summary, self.details, self.make) = (usage, summary, details, make)
        self.detailsForModels = detailsForModels
        self.usageForModel = usageForModel
    }

    /// `help VERB`'s usage line under `model`.
    package func usage(under model: ModelKind) -> String { usageForModel?(model) ?? usage }

    /// `help VERB`'s text under `model`: the model's wording if it has its own, then what the
    /// models offered add.
    package func details(under model: ModelKind, models: ModelCatalog) -> String {
        (model.verbDetails[name] ?? details) + (detailsForModels.map { " " + $0(models) } ?? "")
    }
}

/// The headings of `help`, in the order it shows them.
public enum VerbGroup: String, CaseIterable, Sendable {
    case trade = "trade"
    case look = "look"
    case change = "change the market"
    case lessons = "lessons"
    case studies = "studies and files"
    case games = "games"
    case shell = "the shell"
}

/// The parsed arguments handed to a verb's constructor.
package enum ParsedArguments: Equatable, Sendable {
    case none
    case count(Int?)
    case seed(UInt64?)
    case setting(Setting)
    case topic(String?)
    case lesson(LessonRequest)
    case word(String)
    case formatAndFile(String, String)
    case study(StudySetup)
    case plot(SeriesKind)
    case comparedOrders([Order])
    case simulation(SimulationRequest)
    case model(ModelKind?)
    case numbers([Double])
    case drill(DrillRequest)
    case keywordNumbers(String, [Double])
    case maker(MakerCommand)
    case classroom(ClassCommand)

    package var count: Int? { if case .count(let n) = self { n } else { nil } }
    package var seed: UInt64? { if case .seed(let s) = self { s } else { nil } }
    var topic: String? { if case .topic(let t) = self { t } else { nil } }
    package var setting: Setting? { if case .setting(let s) = self { s } else { nil } }
    package var lesson: LessonRequest? { if case .lesson(let r) = self { r } else { nil } }
    package var word: String? { if case .word(let w) = self { w } else { nil } }
    package var study: StudySetup? { if case .study(let s) = self { s } else { nil } }
    var comparedOrders: [Order]? { if case .comparedOrders(let o) = self { o } else { nil } }
    var simulation: SimulationRequest? { if case .simulation(let r) = self { r } else { nil } }
    package var model: ModelKind? { if case .model(let m) = self { m } else { nil } }
    package var numbers: [Double]? {
        switch self {
        case .numbers(let n), .keywordNumbers(_, let n): n
        default: nil
        }
    }
    package var drill: DrillRequest? { if case .drill(let r) = self { r } else { nil } }
    package var maker: MakerCommand? { if case .maker(let m) = self { m } else { nil } }
    package var classroom: ClassCommand? { if case .classroom(let c) = self { c } else { nil } }
    var formatAndFile: (String, String)? { if case .formatAndFile(let f, let p) = self { (f, p) } else { nil } }
}

/// The longest `run` the shell accepts in one command.
public let maximumRun = 10_000_000

/// The verbs every model shares, in the order `help` lists them (a model may omit some and add
/// its own: `ModelKind.verbs`). Parsing, `help` and completion all read this table.
public let verbTable: [Verb] = [
    Verb(
        name: "buy", group: .trade, aliases: [], arguments: .nothing, usage: "buy",
        summary: "a buy order of unknown origin hits the ask; shows what the market maker learns and the new quotes",
        details: "The market maker does not know who sent the order. It fills at the ask, learns what the model lets it learn from a buy, and quotes again.",
        make: { _ in .market(.order(.buy)) }),
    Verb(
        name: "sell", group: .trade, aliases: [], arguments: .nothing, usage: "sell",
        summary: "a sell order of unknown origin hits the bid; shows what the market maker learns and the new quotes",
        details: "The mirror image of buy: fills at the bid, and the market maker learns what a sell tells it.",
        make: { _ in .market(.order(.sell)) }),
    Verb(
        name: "pass", group: .trade, aliases: ["notrade"], arguments: .nothing, usage: "pass",
        summary: "no order this period",
        details: "A period with no trade; the step shows what, if anything, the market maker learns from it.",
        make: { _ in .market(.order(.none)) }),
    Verb(
        name: "informed", group: .trade, aliases: [], arguments: .nothing, usage: "informed",
        summary: "an informed trader arrives and trades toward the true value (see `set truth`)",
        details: "Nature sends a trader who knows the value and trades toward it when the price pays. The market maker sees only the order; the shell reveals the trader's type as hidden information.",
        make: { _ in .market(.informed) }),
    Verb(
        name: "noise", group: .trade, aliases: ["uninformed"], arguments: .nothing, usage: "noise",
        summary: "an uninformed trader arrives and trades at random (seeded)",
        details: "Nature sends a liquidity trader, drawn from the seeded generator, so `set seed` repeats it.",
        make: { _ in .market(.noise) }),
    Verb(
        name: "run", group: .trade, aliases: [], arguments: .count(1...maximumRun), usage: "run N",
        summary: "nature draws N arrivals from the model; one compact row per period",
        details: "Nature draws each period's arrival from the model. Long runs show the first and last rows and a summary. Ctrl-C stops a long run at a safe point; the periods already run stay.",
        make: { .market(.run($0.count ?? 1)) }),
    Verb(
        name: "quote", group: .look, aliases: ["q"], arguments: .nothing, usage: "quote",
        summary: "the current bid, ask, spread and mid",
        details: "Shows the quotes without changing anything.",
        make: { _ in .market(.quote) }),
    Verb(
        name: "state", group: .look, aliases: ["beliefs"], arguments: .nothing, usage: "state",
        summary: "what the market maker knows now, and nature's hidden truth",
        details: "Shows what the market maker knows now and, marked hidden, nature's truth.",
        make: { _ in .market(.state) }),
    Verb(
        name: "params", group: .look, aliases: ["parameters"], arguments: .nothing, usage: "params",
        summary: "every parameter with its textbook symbol and value",
        details: "Lists the parameters that `set` changes, with their symbols from the literature.",
        make: { _ in .market(.params) }),
    Verb(
        name: "history", group: .look, aliases: ["tape"], arguments: .optionalCount(1...1_000_000),
        usage: "history [N]",
        summary: "the last N periods (default 20), one row each",
        details: "One row per period, as the model's tape records it; who sent an order is shown when nature drew it.",
        make: { .market(.history($0.count)) }),
    Verb(
        name: "explain", group: .look, aliases: ["why"], arguments: .nothing, usage: "explain",
        summary: "derive the current quotes step by step",
        details: "Writes out how the current quotes follow from the model, with the current numbers.",
        make: { _ in .market(.explain) }),
    Verb(
        name: "set", group: .change, aliases: [], arguments: .setting, usage: "set NAME VALUE",
        summary: "change a parameter (see `params`)",
        details: "Sets a parameter (params lists them), or truth, seed or detail. Numbers may be decimals (0.3) or fractions (1/3). A change that defines a new opening restarts the market at t = 0 and says so.",
        make: { $0.setting!.command }),
    Verb(
        name: "reset", group: .change, aliases: [], arguments: .nothing, usage: "reset",
        summary: "back to the opening (t = 0), same parameters, generator reseeded",
        details:
            "Forgets every order and reseeds the generator from the seed, so `reset` then `run N` repeats exactly.",
        make: { _ in .market(.reset) }),
    Verb(
        name: "undo", group: .change, aliases: [], arguments: .nothing, usage: "undo",
        summary: "take back the last order: the market as it was before it",
        details: "Restores the market exactly as it was before the last order. Parameter changes made since stay.",
        make: { _ in .market(.undo) }),
    Verb(
        name: "lesson", group: .lessons, aliases: ["lessons"], arguments: .lessonRequest,
        usage: "lesson [NAME | NAME present | NAME play | quit | check [NAME]]",
        summary: "list the lessons, or start / resume one (Enter or next advances)",
        details:
            "A lesson tells a story step by step and runs the market as it goes. Enter or next advances, back goes one step back, skip reveals the answer to a question, hint gives a hint, again shows the step once more, restart begins again, quit (or lesson quit) leaves the lesson with progress kept and your own market back. Between steps, and at a question, any command explores on a copy; the lesson's next step runs on the lesson's own market. lesson NAME present shows it to a room, one screen per key; lesson NAME play (or lesson play NAME) prints a whole lesson at once; lesson check runs every block and expectation. No lesson is named quit, check or present, so lesson play present presents the lesson play.",
        make: { .shell(.lesson($0.lesson ?? .list)) }),
    Verb(
        name: "next", group: .lessons, aliases: ["n"], arguments: .nothing, usage: "next",
        summary: "in a lesson: the next step (Enter does the same)",
        details:
            "Shows the next step of the lesson. If you explored the market since the last step, the lesson's market comes back first.",
        make: { _ in .shell(.next) }),
    Verb(
        name: "back", group: .lessons, aliases: [], arguments: .nothing, usage: "back",
        summary: "in a lesson: one step back, with the market as it was then",
        details: "Goes back one step and plays it again from the market as it was before it.",
        make: { _ in .shell(.back) }),
    Verb(
        name: "skip", group: .lessons, aliases: [], arguments: .nothing, usage: "skip",
        summary: "in a lesson: reveal the answer to the prediction",
        details:
            "Shows the answer and its explanation, then runs the step. In a drill: the rest of the worked solution and the answer; Enter then shows the next exercise.",
        make: { _ in .shell(.skip) }),
    Verb(
        name: "hint", group: .lessons, aliases: [], arguments: .nothing, usage: "hint",
        summary: "in a lesson: the next hint to the open question",
        details:
            "Shows the question's next hint without counting as a try. Wrong answers show hints too, one per try. In a drill: the next step of the worked solution.",
        make: { _ in .shell(.hint) }),
    Verb(
        name: "again", group: .lessons, aliases: [], arguments: .nothing, usage: "again",
        summary: "in a lesson: the step's narration, and its open question, once more",
        details:
            "Shows the current step's text again (after it has scrolled away), and its question if it is still open. In a drill: the exercise once more.",
        make: { _ in .shell(.again) }),
    Verb(
        name: "restart", group: .lessons, aliases: [], arguments: .nothing, usage: "restart",
        summary: "in a lesson: back to its first step",
        details:
            "Starts the lesson again from its first step and its opening market, asking its questions again; a lesson finished before stays marked done.",
        make: { _ in .shell(.restart) }),
    Verb(
        name: "plot", group: .look, aliases: ["chart"], arguments: .plotKind, usage: "plot KIND",
        summary: "a chart of this session: the spread, the belief, the mid against the true value, or the cost to uninformed traders",
        details:
            "Draws the session's tape as a chart that fits the terminal, in Unicode (ASCII when the terminal is not UTF-8), with labelled axes and a legend.",
        make: {
            guard case .plot(let kind) = $0 else { preconditionFailure("plot's arguments parse into a kind") }
            return .market(.plot(kind))
        },
        usageForModel: { "plot " + $0.descriptor.plots.map(\.rawValue).joined(separator: "|") }),
    Verb(
        name: "compare", group: .studies, aliases: [], arguments: .study, usage: "compare [SETTING VALUE …]",
        summary: "the model's two-market study, side by side",
        details: "Runs the two markets of the model's study from the same seed and shows them side by side. Does not change your market.",
        make: {
            guard case .study(let setup) = $0 else { preconditionFailure("compare's arguments parse into a setup") }
            return .market(.compare(setup))
        },
        usageForModel: { $0.descriptor.study?.usage ?? "compare [SETTING VALUE …]" }),
    // The shell's own study, a verb of its own: a model that omits `compare` (the binary model's
    // study) keeps it, and one that omitted it would keep `compare`.
    Verb(
        name: "compare models", group: .studies, aliases: [], arguments: .comparedOrders,
        usage: "compare models [buy|sell …]",
        summary: "the same customer orders through the models that trade orders: one row a model",
        details:
            "Plays the orders (buy buy sell buy unless given; b and s are short for buy and sell; at most 1000) through each model whose market takes buys and sells, each from its opening with its own default parameters and the session's seed, and shows one row a model: what its market maker learned (the sd of v), how the price moved, the spread, and what sets it. Kyle's buy is a net flow of one noise sd of an auction. It runs under every model and does not change your market.",
        make: { .shell(.compareModels($0.comparedOrders ?? ComparisonSyntax.defaultOrders)) }),
    Verb(
        name: "simulate", group: .studies, aliases: ["montecarlo"], arguments: .simulation,
        usage: "simulate [sessions M] [trades N] [truth high|low|none|drawn] [seed S] [distance D] [threads T]",
        summary: "Monte Carlo: many sessions of this market, and the model's figures over them",
        details: "Plays M sessions (default 1000) of N arrivals (default 200) of the current market, each session seeded from the seed so the result does not depend on the number of threads, and reports the model's figures over them. Ctrl-C stops it with the sessions done so far. Does not change your market.",
        make: { .market(.simulate($0.simulation ?? SimulationRequest())) },
        usageForModel: { SimulationSyntax.usage(under: $0) }),
    Verb(
        name: "export", group: .studies, aliases: [], arguments: .formatAndFile(ExportFormat.allCases.map(\.rawValue)),
        usage: "export csv|json|svg FILE",
        summary: "write the session's tape to FILE",
        details: "One row per period, in the model's columns; a model that draws a picture for a slide writes it as svg.",
        make: {
            let (format, path) = $0.formatAndFile ?? ("csv", "")
            return .market(.export(ExportFormat(rawValue: format) ?? .csv, path))
        }),
    Verb(
        name: "save", group: .studies, aliases: [], arguments: .file, usage: "save FILE",
        summary: "write this session's commands as a script that replays it exactly (glosten FILE)",
        details: "Writes the commands that built the session, so glosten FILE rebuilds the same market, bit for bit.",
        make: { .shell(.save($0.word ?? "")) }),
    Verb(
        name: "model", group: .change, aliases: ["models"], arguments: .model, usage: "model [NAME]",
        summary: "list the market models, the current one marked; model NAME opens a market under NAME",
        details:
            "Each model is its own market: its parameters (params), its truth and its arithmetic. model NAME starts a new opening under that model at t = 0 with its default parameters; the seed and the detail setting stay.",
        make: { .shell(.model($0.model)) },
        detailsForModels: { "model \($0.opening.rawValue) is the default." }),
    drillVerb,
    Verb(
        name: "maker", group: .games, aliases: [], arguments: .maker, usage: MakerSyntax.usage,
        summary: "be the market maker: quote a bid and an ask each round against informed and uninformed traders",
        details:
            "maker compete: you and the Bayesian market maker quote each round; the arriving trader takes the better price (a tie is shared). Informed traders know the value and trade only when it pays; uninformed ones buy or sell with eps_buy / eps_sell at any price. Quoting tighter than the zero-profit quotes E[V | buy], E[V | sell] wins orders but loses to informed traders on average; wider wins nothing. maker monopoly: you are alone and uninformed traders respond to price (set elastic C or value first, or in the binary model set tolerance), so there is a best spread: too tight and informed traders take you, too wide and the uninformed walk away; the computer plays the quotes that maximise each round's expected profit in a market of its own on the same traders. Type your quotes as 99.5 101.5 (or quote 99.5 101.5, - for no quote on a side; arithmetic without spaces such as 96+2.5 is read), each within a range the model's values set (binary: V_L − 10·ΔV to V_H + 10·ΔV; normal: m ± (20σ + 2)); anything else made of numbers is refused with what a move is. In compete the prompt shows the market maker's quotes; quote and history show the game's market and its rounds. A typed price is judged at the 4 places prices are shown: it ties the market maker's when they read the same, meets a tolerance at the shown E[V] ± τ, and is below break-even only when its margin shows below 0. rounds N and seed S fix the game (the same for a whole class); without seed a fresh seed is drawn and printed. One game at a time: finish or quit one before starting another. At the end (or on quit, for the rounds so far): the true value, your P&L against the computer's, split into losses to informed and gains from uninformed traders, the orders you won, a row per round (your quotes, the order, informed or not, who filled it, the price, your margin), and how many quoted sides were below break-even. The game plays the binary and the normal model (informed traders there know v and buy when it is above the best ask) and does not change your market.",
        make: { .shell(.maker($0.maker ?? .status)) }),
    Verb(
        name: "class", group: .games, aliases: [], arguments: .classroom, usage: ClassSyntax.usage,
        summary: "a live class students join from a browser: open it, start a game, pause, reveal, the league",
        details:
            "class open starts the class server from this shell (built the first time, a few minutes; on every interface at port 8080, or where port P and bind ADDR say) and shows the address, a code and a QR code on this screen; `glosten host` does the same from the command line, and in a script class is refused. class start trade (the room trades against the Bayesian market maker, one student called at a time) or class start makers (the students quote), with rounds N and seed S (the same seed replays the same nature for another section); pause and resume stop the clock; next moves on; reveal ends the round and shows the value; stop ends the game; roster and league show the room; message TEXT goes to every student; kick NAME frees a seat; export FILE writes a row per turn (CSV, or JSON for a .json name) and the grades beside it; compare FILE sets this class beside an earlier one (its export file or its .sqlite event database): per game and role the turns, the mean P&L, the transfer, the market maker's P&L and participation; close ends the class. class open and class start play this shell's model and settings (model, set). Every event is in the class's SQLite file before anyone sees it, so `glosten host --resume FILE` continues a class after a crash.",
        make: { .shell(.classroom($0.classroom ?? .roster)) }),
    Verb(
        name: "homework", group: .lessons, aliases: [], arguments: .file, usage: "homework FILE",
        summary: "play an assignment as homework (a file, or a shipped one's name) and get a completion code",
        details:
            "Asks your student id once (it is kept in the state folder for the next time), then plays the assignment's items one after another in the ordinary player, as glosten homework FILE --student ID does: the numbers of its drills and games are drawn from your id (a lesson's are written in it), your work is kept between sessions, and the code for your teacher is printed at the end. During it, homework shows where you are and homework code the code so far. See Documentation/Homework.md.",
        make: { .shell(.homework($0.word ?? "")) }),
    Verb(
        name: "help", group: .shell, aliases: ["?"], arguments: .optionalTopic, usage: "help [TOPIC]",
        summary: "this list, or help on a verb, a parameter or a topic",
        details: "Topics: every verb, every parameter, and the current model's own topics, which help's last line lists.",
        make: { .shell(.help($0.topic)) }),
    Verb(
        name: "quit", group: .shell, aliases: ["exit"], arguments: .nothing, usage: "quit",
        summary: "leave the shell (Ctrl-D works too); in a lesson, leave the lesson",
        details:
            "Leaves the shell. During a lesson it leaves the lesson first, keeping your progress; during a drill, the drill (drill quit does the same).",
        make: { _ in .shell(.quit) }),
]
