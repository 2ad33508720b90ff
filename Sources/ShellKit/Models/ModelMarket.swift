import MarketCore

/// One market model's session, as the shell drives it: the seam every model plugs into. The
/// shell layer (`MarketShell`, the lesson player, `--json`) reaches a model only through this
/// protocol and the model's `ModelDescriptor`; what a model holds inside is its own.
package protocol ModelMarket: Sendable {
    var kind: ModelKind { get }
    /// The number of periods (orders, auctions, days) so far.
    var time: Int { get }
    var seed: UInt64 { get }
    /// Restarts the generator from `seed` (the market stays); returns what else that changed.
    mutating func reseed(_ seed: UInt64) -> [Line]
    /// `t=3 100.98|101.98`: the clock and the prices in a few characters, for the prompt.
    var clock: String { get }
    /// A quantity a lesson can pin (nil when undefined or not in the model).
    func value(of quantity: Quantity) -> Double?
    /// Whether a side (or the whole market) has no quote.
    func isClosed(_ side: LessonSide) -> Bool
    /// The names of the model's parameters (`KyleParameterName`), as `set` takes them.
    associatedtype Parameter: RawRepresentable<String>
    /// The model's own verbs (`KyleVerb`); `NoModelVerbs` for a model with none.
    associatedtype OwnVerb: ModelVerb = NoModelVerbs
    /// The model's charts (`BinaryPlot`); `NoPlots` for a model that draws none.
    associatedtype Plot: ModelPlot = NoPlots

    // The market's verbs, one requirement each (`execute` dispatches to them). Each has a default
    // that refuses it in the words of the descriptor's `omittedVerbs` (`MarketVerbs.swift`): a
    // model implements only the verbs it offers.
    /// `buy`: an order of unknown origin hits the ask.
    mutating func buy(context: ModelContext) throws(ShellError) -> ModelReply
    /// `sell`: an order of unknown origin hits the bid.
    mutating func sell(context: ModelContext) throws(ShellError) -> ModelReply
    /// `pass`: no order this period.
    mutating func pass(context: ModelContext) throws(ShellError) -> ModelReply
    /// `informed`: nature sends an informed trader.
    mutating func informed(context: ModelContext) throws(ShellError) -> ModelReply
    /// `noise`: nature sends an uninformed trader.
    mutating func noise(context: ModelContext) throws(ShellError) -> ModelReply
    /// `run N`: nature draws `n` periods.
    mutating func run(_ n: Int, context: ModelContext) throws(ShellError) -> ModelReply
    /// `quote`: the prices now.
    func quote(context: ModelContext) throws(ShellError) -> ModelReply
    /// `state`: the market maker's beliefs and nature's hidden truth.
    func state(context: ModelContext) throws(ShellError) -> ModelReply
    /// `params`: the parameters with their symbols.
    func params(context: ModelContext) throws(ShellError) -> ModelReply
    /// `history [N]`: the last `last` periods.
    func history(last: Int, context: ModelContext) throws(ShellError) -> ModelReply
    /// `explain`: why the quotes are where they are.
    func explain(context: ModelContext) throws(ShellError) -> ModelReply
    /// `set NAME VALUE`: a parameter of the model's table (the parser takes only its names).
    mutating func set(_ parameter: Parameter, to value: Double, context: ModelContext) throws(ShellError) -> ModelReply
    /// `set truth …`: nature's truth, as the model's reader made it.
    mutating func setTruth(_ truth: ModelTruth, context: ModelContext) throws(ShellError) -> ModelReply
    /// `reset`: back to the opening.
    mutating func reset(context: ModelContext) throws(ShellError) -> ModelReply
    /// `undo`: one period back.
    mutating func undo(context: ModelContext) throws(ShellError) -> ModelReply
    /// `plot KIND`: a chart of this session (the parser takes only the kinds the descriptor lists).
    func plot(_ kind: Plot, context: ModelContext) throws(ShellError) -> ModelReply
    /// `compare …`: the model's two-market study, with the arguments its descriptor's `study` parsed.
    func compare(_ setup: StudySetup, context: ModelContext) throws(ShellError) -> ModelReply
    /// `simulate …`: Monte Carlo over many sessions of this market (the market stays).
    func simulate(_ request: SimulationRequest, context: ModelContext) throws(ShellError) -> ModelReply
    /// `export FORMAT FILE`.
    func export(_ format: ExportFormat, to path: String, context: ModelContext) throws(ShellError) -> ModelReply
    /// One of the model's own verbs, with the arguments its row parsed.
    mutating func own(_ verb: OwnVerb, _ arguments: ParsedArguments, context: ModelContext) throws(ShellError)
        -> ModelReply

    /// Whether `other` holds the same market (model, beliefs, clock), for "your exploration is set aside".
    func sameMarket(as other: any ModelMarket) -> Bool
    /// The model's fields of the `--json` record.
    func fill(_ record: inout Record)
    /// The market as the maker game plays it, nature's value drawn from `rng`; refused (in one
    /// line) by a model that has no such game or cannot play `rule` as it is set.
    func makerMarket(_ rule: MakerRule, using rng: inout Xoshiro256) throws(ShellError) -> any MakerMarket
    /// The command that brings one customer order of `compare models` to this market.
    func comparisonCommand(for order: Order) -> MarketCommand
}

extension ModelMarket {
    /// The command that brings one customer order of `compare models` to this market.
    package func comparisonCommand(for order: Order) -> MarketCommand { .order(order) }

    package func makerMarket(_ rule: MakerRule, using rng: inout Xoshiro256) throws(ShellError) -> any MakerMarket {
        throw .notInModel(verb: "maker", model: kind, instead: "the maker game plays the binary and normal models")
    }
}

/// The order (or auction, or day) a command applied, as a model's Bayes step: what the lesson
/// player and `--json` read of it.
package protocol ModelStep: Sendable {
    /// P(this trader was informed | the order), with the beliefs before it; nil where the model
    /// has no such probability.
    var informedProbability: Double? { get }
    func fill(_ record: inout Record)
}
