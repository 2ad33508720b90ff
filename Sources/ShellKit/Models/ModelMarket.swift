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
    /// Runs one of the market's commands (every verb but the shell's own).
    mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply
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
