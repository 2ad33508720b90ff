import DealerModels
import MarketCore
import ShellKit

/// A learner's Roll market: the efficient price, the trades so far, the running covariance, and
/// nature's generator.
///
/// The tape keeps each trade's sign and who sent it (typed or noise) and, beside it, nature's step
/// of the efficient price; a stored market every 256 trades. Any trade is recomputed by replaying
/// `RollMarket.trade` from the nearest stored market, the code that made it, so `undo`, `history`
/// and `export` show it bit for bit. Every parameter restarts the market, so one tape runs under
/// one set of them.
struct RollSession: Sendable {
    private(set) var market: RollMarket
    private(set) var seed: UInt64 = defaultSeed
    private var rng: Xoshiro256
    /// Each trade and, as nature's draw beside it, e_t.
    private var tape = DrawnTape<RollMarket>(.every(256))

    init(parameters: RollParameters = RollParameters(), seed: UInt64 = defaultSeed) {
        market = RollMarket(parameters: parameters)
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    var parameters: RollParameters { market.parameters }
    /// The number of trades on the tape.
    var periods: Int { tape.count }

    /// A typed trade: nature draws the step of the efficient price, then the trade prints.
    mutating func trade(_ sign: TradeSign) -> RollTrade {
        record(sign, from: .unknown, step: market.drawStep(using: &rng))
    }

    /// A noise trade: nature draws the sign (a buy with probability γ), then the step.
    mutating func noise() -> RollTrade {
        let sign = market.drawSign(using: &rng)
        return record(sign, from: .uninformed, step: market.drawStep(using: &rng))
    }

    /// `run N`: N noise trades, stopping at a safe point when asked.
    mutating func run(_ n: Int, shouldStop: () -> Bool) -> RunResult<RollTrade, Never> {
        tape.reserve(n)
        return RunResult.run(n, shouldStop: shouldStop) { () throws(Never) in
            let trade = noise()
            return (trade, trade.sign.order, Trader.uninformed)
        }
    }

    private mutating func record(_ sign: TradeSign, from trader: Trader, step: Double) -> RollTrade {
        tape.append(before: market, order: sign.order, trader: trader, draw: step)
        return market.trade(sign, step: step)
    }

    /// Takes back the last trade and returns it (nil at t = 0).
    ///
    /// The generator goes on from where
    /// it is: the next noise trade is a new draw.
    mutating func undo() -> RollTrade? {
        guard let last = trade(at: periods - 1), let before = market(before: periods - 1) else { return nil }
        tape.removeLast()
        market = before
        return last
    }

    /// Back to the opening with the same parameters, the generator reseeded.
    mutating func reset() { open(parameters) }

    /// A new opening under changed parameters (every Roll parameter restarts the market).
    mutating func set(_ name: RollParameterName, to value: Double) throws(DealerParameterError) {
        open(try parameters.setting(name, to: value))
    }

    /// A new seed: the generator restarts from it; the market stays.
    mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    private mutating func open(_ parameters: RollParameters) {
        market = RollMarket(parameters: parameters)
        tape.removeAll()
        rng = Xoshiro256(seed: seed)
    }

    /// Who sent trade `index` (0-based): typed or noise.
    func trader(at index: Int) -> Trader { tape[index].entry.trader }

    /// The market before trade `index` (0-based), replayed from the nearest stored one.
    func market(before index: Int) -> RollMarket? { tape.state(before: index, apply) }

    /// Trade `index` (0-based), recomputed by the code that made it.
    func trade(at index: Int) -> RollTrade? { tape.step(at: index, apply) }

    /// Replays trades `range` (0-based) in order, handing each to `body`; `body` returns false to stop.
    func replay(_ range: Range<Int>, _ body: (RollTrade, Trader) -> Bool) {
        tape.replay(range, apply) { trade, entry in body(trade, entry.trader) }
    }

    private func apply(_ index: Int, to market: inout RollMarket) -> RollTrade {
        let (entry, step) = tape[index]
        return market.trade(TradeSign(entry.order) ?? .buy, step: step)
    }
}
