/// A learner's market under one model. Every per-model question goes to the model through the
/// `ModelMarket` seam.
public struct ModelSession: Sendable {
    package var market: any ModelMarket

    package init(_ market: any ModelMarket) {
        self.market = market
    }

    /// A market at its opening under `kind`, with the generator seeded from `seed`.
    package init(_ kind: ModelKind, seed: UInt64) {
        market = kind.descriptor.open(seed)
    }

    public var kind: ModelKind { market.kind }
    /// The number of periods so far.
    public var time: Int { market.time }
    public var seed: UInt64 { market.seed }
    /// `t=3 100.98|101.98`: the clock and the quotes in a few characters, for the prompt.
    public var clock: String { market.clock }

    /// Restarts the generator from `seed` (the market stays); returns what else that changed.
    package mutating func setSeed(_ seed: UInt64) -> [Line] { market.reseed(seed) }

    /// A quantity a lesson can pin, under this model (nil when undefined or not in the model).
    package func value(of quantity: Quantity) -> Double? { market.value(of: quantity) }

    /// Whether a side (or the whole market) has no quote.
    package func isClosed(_ side: LessonSide) -> Bool { market.isClosed(side) }

    /// Runs one of the market's commands (every verb but the shell's own) under this model.
    package mutating func execute(_ command: MarketCommand, context: ModelContext) throws(ShellError) -> ModelReply {
        try market.execute(command, context: context)
    }

    /// Whether two sessions hold the same market (model, beliefs, clock).
    package func sameMarket(as other: ModelSession) -> Bool { market.sameMarket(as: other.market) }

    /// The session as model `M`, if it runs under it (for tests and model-specific views).
    package func session<M: ModelMarket>(as _: M.Type) -> M? { market as? M }
}

/// The learner's market, and the commands that built it (for `save`).
public struct MarketSession: Sendable {
    public internal(set) var model: ModelSession
    /// The commands that built this market, for `save` (a `model NAME` among them).
    package var journal: [String] = []

    public init(_ model: ModelSession) {
        self.model = model
    }

    public var kind: ModelKind { model.kind }

    /// A market at its opening under `kind`, the generator seeded with the default seed.
    public init(opening kind: ModelKind) {
        self.init(ModelSession(kind, seed: defaultSeed))
    }

    /// The market as `--json` shows it after a command that applied no order.
    public var snapshot: Record { Record(command: "", session: model, step: nil) }
}
