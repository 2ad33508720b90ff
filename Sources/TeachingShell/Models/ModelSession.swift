import MarketModel
import NormalValue

/// A learner's market under one model. Every per-model question goes to the model through the
/// `ModelMarket` seam.
public struct ModelSession: Sendable {
    var market: any ModelMarket

    init(_ market: any ModelMarket) {
        self.market = market
    }

    /// A market at its opening under `kind`, with the generator seeded from `seed`.
    init(_ kind: ModelKind, seed: UInt64) {
        market = kind.descriptor.open(seed)
    }

    /// The binary model's market, as tests and `MarketSession()` build it.
    public static func binary(_ session: Session) -> ModelSession { ModelSession(session) }
    /// The normal model's market.
    public static func normal(_ session: NormalSession) -> ModelSession { ModelSession(session) }

    public var kind: ModelKind { market.kind }
    /// The number of periods so far.
    public var time: Int { market.time }
    public var seed: UInt64 { market.seed }
    /// `t=3 100.98|101.98`: the clock and the quotes in a few characters, for the prompt.
    public var clock: String { market.clock }

    /// Restarts the generator from `seed` (the market stays); returns what else that changed.
    mutating func setSeed(_ seed: UInt64) -> [Line] { market.reseed(seed) }

    /// A quantity a lesson can pin, under this model (nil when undefined or not in the model).
    func value(of quantity: Quantity) -> Double? { market.value(of: quantity) }

    /// Whether a side (or the whole market) has no quote.
    func isClosed(_ side: LessonSide) -> Bool { market.isClosed(side) }

    /// Runs one of the market's commands (every verb but the shell's own) under this model.
    mutating func execute(_ command: Command, context: ModelContext) throws(ShellError) -> ModelReply {
        try market.execute(command, context: context)
    }

    /// Whether two sessions hold the same market (model, beliefs, clock).
    func sameMarket(as other: ModelSession) -> Bool { market.sameMarket(as: other.market) }

    /// The session as model `M`, if it runs under it (for tests and model-specific views).
    func session<M: ModelMarket>(as _: M.Type) -> M? { market as? M }
    /// The binary model's session, when the market runs under it (for the fuzz targets' checks).
    public var binarySession: Session? { market as? Session }
}

/// The learner's market, and the commands that built it (for `save`).
public struct MarketSession: Sendable {
    public internal(set) var model: ModelSession
    /// The commands that built this market, for `save` (a `model NAME` among them).
    var journal: [String] = []

    public init(_ model: ModelSession = .binary(Session())) {
        self.model = model
    }

    public var kind: ModelKind { model.kind }

    /// The market as `--json` shows it after a command that applied no order.
    public var snapshot: Record { Record(command: "", session: model, step: nil) }
}
