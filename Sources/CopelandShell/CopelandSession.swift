import CopelandGalai
import ShellKit

/// A learner's Copeland–Galai market: the parameters, nature's value, the dealer's quotes, the
/// arrivals so far, and nature's generator.
///
/// Every arrival keeps nature's draw, so `undo` replays all but the last from the opening through
/// `CopelandMarket.arrive`, the code that made them. Every parameter opens a new market.
struct CopelandSession: Sendable {
    private(set) var parameters: CopelandParameters
    private(set) var seed: UInt64
    /// `set truth`: nature's V for every opening, or drawn from U[m − w, m + w] at each.
    private(set) var truth: ModelTruth = .drawn
    private(set) var opening: CopelandMarket
    private(set) var market: CopelandMarket
    private(set) var arrivals: [CopelandArrival] = []
    private var rng: Xoshiro256

    init(parameters: CopelandParameters = CopelandParameters(), seed: UInt64 = defaultSeed) {
        self.parameters = parameters
        self.seed = seed
        rng = Xoshiro256(seed: seed)
        opening = Self.opening(parameters, truth: .drawn, rng: &rng)
        market = opening
    }

    /// A market at t = 0: V from the truth or drawn (one uniform), the dealer's best quotes.
    private static func opening(
        _ parameters: CopelandParameters, truth: ModelTruth, rng: inout Xoshiro256
    ) -> CopelandMarket {
        let value: Double =
            switch truth {
            case .value(let v): v
            case .drawn, .state: CopelandMarket.drawValue(parameters, using: &rng)
            }
        do {
            return try CopelandMarket(parameters: parameters, value: value)
        } catch {
            // `set` and `set truth` refuse what would make this throw, before they change anything.
            preconditionFailure("the session holds a market it refused: \(error)")
        }
    }

    /// Nature's next arrival, as nature draws her type (`run`) or as the verb names it.
    mutating func arrive(_ who: Trader) -> CopelandArrival {
        let drawn = market.draw(using: &rng)
        let draw =
            who == .unknown
            ? drawn
            : CopelandDraw(informed: who == .informed, wantsToBuy: drawn.wantsToBuy, reservation: drawn.reservation)
        let arrival = market.arrive(draw)
        arrivals.append(arrival)
        return arrival
    }

    /// Takes back the last arrival (nil at t = 0); the generator goes on from where it is.
    mutating func undo() -> CopelandArrival? {
        guard let last = arrivals.popLast() else { return nil }
        market = opening
        for arrival in arrivals { market.arrive(arrival.draw) }
        return last
    }

    /// Back to the opening with the same parameters, the generator reseeded.
    mutating func reset() { open(parameters, truth: truth) }

    /// A new market under one changed parameter, or the refusal (nothing changes then).
    mutating func set(_ name: CopelandParameterName, to value: Double) throws(CopelandError) {
        let changed = try parameters.setting(name, to: value)
        if case .value(let v) = truth, !changed.valueRange.contains(v) {
            throw .valueOutOfRange(value: v, accepted: changed.valueRange)
        }
        open(changed, truth: truth)
    }

    /// Nature's V for every opening from now on (a new market at t = 0), or the refusal.
    mutating func setTruth(_ truth: ModelTruth) throws(CopelandError) {
        if case .value(let v) = truth, !parameters.valueRange.contains(v) {
            throw .valueOutOfRange(value: v, accepted: parameters.valueRange)
        }
        open(parameters, truth: truth)
    }

    /// A new seed: the generator restarts from it; the market stays.
    mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    private mutating func open(_ parameters: CopelandParameters, truth: ModelTruth) {
        self.parameters = parameters
        self.truth = truth
        rng = Xoshiro256(seed: seed)
        opening = Self.opening(parameters, truth: truth, rng: &rng)
        market = opening
        arrivals.removeAll()
    }
}
