import KyleModel
import ShellKit

/// A learner's day in Kyle's market: the market maker's price and plan, nature's v and
/// generator, and the auctions cleared so far.
///
/// Each opening (the start, `reset`, a parameter change, a new seed at t = 0) reseeds the
/// generator and then fixes nature's v: the number set with `truth`, or a draw from N(p₀, Σ₀)
/// taken first from the fresh generator. So `reset` then `run` repeats the day exactly.
struct KyleSession: Sendable {
    private(set) var market: KyleMarket
    private(set) var truth: KyleTruth = .drawn
    /// Nature's v for the current opening (or since `truth` last changed).
    private(set) var trueValue: Double
    private(set) var seed: UInt64 = defaultSeed
    private var rng: Xoshiro256
    /// The auctions cleared today, in order (a day has at most `maximumAuctions`).
    private(set) var tape: [KyleAuction] = []

    /// A session at the default parameters, its generator started from `seed`.
    init(seed: UInt64) {
        self.init()
        setSeed(seed)
    }

    init(parameters: KyleParameters = KyleParameters()) {
        market = KyleMarket(parameters: parameters)
        rng = Xoshiro256(seed: defaultSeed)
        trueValue = truth.resolve(parameters, using: &rng)
    }

    var parameters: KyleParameters { market.parameters }
    var plan: KylePlan { market.plan }

    /// `flow Y`: a net order flow typed by the teacher clears the next auction.
    mutating func flow(_ y: Double) throws(KyleMarketError) -> KyleAuction {
        record(try market.clear(flow: y, trueValue: trueValue))
    }

    /// `auction`: nature sends the insider's order on v and the noise traders' draw.
    mutating func auction() throws(KyleMarketError) -> KyleAuction {
        record(try market.play(value: trueValue, using: &rng))
    }

    private mutating func record(_ auction: KyleAuction) -> KyleAuction {
        tape.append(auction)
        return auction
    }

    /// Takes back the last auction: price and clock as before it (v, parameters and the
    /// generator stay where they are).
    mutating func undo() -> KyleAuction? {
        guard let last = tape.popLast() else { return nil }
        market.rewind(to: last.priceBefore, time: last.n - 1)
        return last
    }

    /// Back to the opening: generator reseeded, v fixed again.
    mutating func reset() { open(market.parameters) }

    /// A new equilibrium: every parameter restarts the day.
    mutating func adopt(_ parameters: KyleParameters) { open(parameters) }

    /// Nature's v from the next auction on (at t = 0 a new opening, drawn from the fresh generator).
    mutating func setTruth(_ truth: KyleTruth) {
        self.truth = truth
        if tape.isEmpty { open(parameters) } else { trueValue = truth.resolve(parameters, using: &rng) }
    }

    /// A new seed; at t = 0 it is a new opening (v drawn again from it).
    mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        if tape.isEmpty { open(parameters) } else { rng = Xoshiro256(seed: seed) }
    }

    private mutating func open(_ parameters: KyleParameters) {
        market = KyleMarket(parameters: parameters)
        tape.removeAll()
        rng = Xoshiro256(seed: seed)
        trueValue = truth.resolve(parameters, using: &rng)
    }
}
