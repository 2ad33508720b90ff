import MarketModel
import NormalValue

/// A learner's market under one model: the enum every per-model `switch` goes through, so adding
/// a model makes the compiler list what it still needs.
public enum ModelSession: Sendable {
    case binary(Session)
    case normal(NormalSession)

    /// A market at its opening under `kind`, with the generator seeded from `seed`.
    init(_ kind: ModelKind, seed: UInt64) {
        switch kind {
        case .binary:
            var session = Session()
            session.setSeed(seed)
            self = .binary(session)
        case .normal:
            var session = NormalSession()
            session.setSeed(seed)
            self = .normal(session)
        }
    }

    public var kind: ModelKind {
        switch self {
        case .binary: .binary
        case .normal: .normal
        }
    }

    /// The number of periods so far.
    public var time: Int {
        switch self {
        case .binary(let s): s.market.time
        case .normal(let s): s.market.time
        }
    }

    public var seed: UInt64 {
        switch self {
        case .binary(let s): s.seed
        case .normal(let s): s.seed
        }
    }

    /// Restarts the generator from `seed` (the market stays); returns what else that changed.
    mutating func setSeed(_ seed: UInt64) -> [Line] {
        switch self {
        case .binary:
            withBinary { $0.setSeed(seed) }
            return []
        case .normal:
            return withNormal { s in
                s.setSeed(seed)
                guard s.periods == 0, case .drawn = s.truth else { return [] }
                return [Line("at t = 0 that is a new opening: nature's v is drawn again, v = \(Format.value(s.trueValue)) (hidden)", .hidden)]
            } ?? []
        }
    }

    /// `t=3 100.98|101.98`: the clock and the quotes in a few characters, for the prompt.
    public var clock: String {
        switch self {
        case .binary(let s): s.clock
        case .normal(let s): s.clock
        }
    }

    /// A quantity a lesson can pin, under this model (nil when undefined or not in the model).
    func value(of quantity: Quantity) -> Double? {
        switch self {
        case .binary(let s): s.value(of: quantity)
        case .normal(let s): s.value(of: quantity)
        }
    }

    /// Whether a side (or the whole market) has no quote.
    func isClosed(_ side: LessonSide) -> Bool {
        switch self {
        case .binary(let s): s.isClosed(side)
        case .normal(let s): s.isClosed(side)
        }
    }

    /// Changes the binary session in place. The enum gives up its reference first, so the session's
    /// tape is uniquely held and is not copied by the change.
    mutating func withBinary<T, E: Error>(_ change: (inout Session) throws(E) -> T) throws(E) -> T? {
        guard case .binary(var session) = self else { return nil }
        self = .binary(Session())
        defer { self = .binary(session) }
        return try change(&session)
    }

    /// Changes the normal session in place, as `withBinary` does.
    mutating func withNormal<T, E: Error>(_ change: (inout NormalSession) throws(E) -> T) throws(E) -> T? {
        guard case .normal(var session) = self else { return nil }
        self = .normal(NormalSession())
        defer { self = .normal(session) }
        return try change(&session)
    }

    /// Whether two sessions hold the same market (model, beliefs, clock), for "your exploration is
    /// set aside".
    func sameMarket(as other: ModelSession) -> Bool {
        switch (self, other) {
        case (.binary(let a), .binary(let b)): a.market == b.market
        case (.normal(let a), .normal(let b)): a.market == b.market
        case (.binary, .normal), (.normal, .binary): false
        }
    }
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
