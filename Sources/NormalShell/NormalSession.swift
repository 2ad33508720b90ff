import NormalValue
import ShellKit

/// A learner's normal-value market: the market maker's posterior and quotes, nature's v and
/// generator, and the tape of orders so far.
///
/// Each opening (the start, `reset`, a change of m or σ, a new seed at t = 0) reseeds the generator
/// and then fixes nature's v: the number set with `truth`, or a draw from N(m, σ²) taken first
/// from the fresh generator. So `reset` then `run N` repeats exactly.
public struct NormalSession: Sendable {
    public private(set) var market: NormalMarket
    public private(set) var truth: NormalTruth = .drawn
    /// Nature's v for the current opening (or since `truth` last changed).
    public private(set) var trueValue: Double
    public private(set) var seed: UInt64 = defaultSeed
    var rng: Xoshiro256
    /// A posterior holds every quote met, so stored ones are spaced further apart as the tape grows.
    private(set) var tape = PeriodTape<NormalPosterior>(.growing(minimum: 256))
    /// Parameters and v in force since the opening; a tape entry names the one it used.
    private(set) var epochs: [NormalEpoch]

    /// A session at the default parameters, its generator started from `seed`.
    public init(seed: UInt64) {
        self.init()
        setSeed(seed)
    }

    public init(parameters: NormalParameters = NormalParameters()) {
        market = NormalMarket(parameters: parameters)
        rng = Xoshiro256(seed: defaultSeed)
        trueValue = truth.resolve(parameters, using: &rng)
        epochs = [NormalEpoch(parameters: parameters, truth: truth, trueValue: trueValue)]
    }

    /// The number of periods on the tape.
    public var periods: Int { tape.count }

    /// Applies one order and records it on the tape.
    public mutating func apply(
        _ wanted: Order, from trader: Trader, strict: Bool
    ) throws(NormalMarketError) -> NormalBayesStep {
        // Only a stored posterior is kept: holding every one would copy its arrays at each update.
        let before = tape.storesCheckpoint(at: tape.count) ? market.posterior : nil
        let step = try market.observe(wanted, from: trader, trueValue: trueValue, strict: strict)
        tape.append(
            before: before ?? market.posterior, order: step.order, trader: trader, epoch: UInt32(epochs.count - 1))
        return step
    }

    /// An informed arrival: it knows v, buys iff v > ask, sells iff v < bid, else stays out.
    public mutating func informed() throws(NormalMarketError) -> NormalBayesStep {
        let arrival = NormalArrival.informed(value: trueValue, quote: market.quote)
        return try apply(arrival.wanted, from: .informed, strict: false)
    }

    /// An uninformed arrival: buys with ε_b, sells with ε_s, else stays out (one seeded draw).
    public mutating func noise() throws(NormalMarketError) -> NormalBayesStep {
        let arrival = NormalArrival.uninformed(market.parameters, quote: market.quote, using: &rng)
        return try apply(arrival.wanted, from: .uninformed, strict: false)
    }

    /// Nature's next arrival: informed with probability μ, else uninformed.
    mutating func natureStep() throws(NormalMarketError) -> NormalBayesStep {
        let arrival = NormalArrival.draw(market.parameters, value: trueValue, quote: market.quote, using: &rng)
        if market.isStuck(on: arrival) { throw .converged(market.outcome(of: arrival.wanted)) }
        return try apply(arrival.wanted, from: arrival.trader, strict: false)
    }

    /// `run N`: nature's arrivals, stopping at a safe point; at `.converged` (the belief a few
    /// Doubles wide, bid = ask = v) the run stops and says so.
    mutating func run(_ n: Int, shouldStop: () -> Bool) -> NormalRunResult {
        NormalRunResult.run(n, shouldStop: shouldStop) { () throws(NormalMarketError) in
            let step = try natureStep()
            return (step, step.order, step.trader)
        }
    }

    /// Takes back the last order; returns it, or throws at t = 0. As in the binary model, the
    /// parameters and v in force now stay (only the posterior and the clock go back).
    public mutating func undo() throws(NormalSessionError) -> (Order, Trader) {
        guard !tape.isEmpty, let before = posterior(before: tape.count - 1) else { throw .nothingToUndo }
        let last = tape.removeLast()
        market.rewind(to: before, time: market.time - 1)
        return (last.order, last.trader)
    }

    /// Back to the opening with the same parameters: the generator reseeded, v fixed again.
    public mutating func reset() {
        market.reset()
        open()
    }

    /// Changes one model parameter; returns true when that restarted the market (a new prior).
    public mutating func set(_ name: NormalParameterName, to value: Double) throws(NormalParameterError) -> Bool {
        let new = try market.parameters.setting(name, to: value)
        try market.adopt(new, restart: name.restartsMarket)
        if name.restartsMarket {
            open()
        } else {
            record(NormalEpoch(parameters: new, truth: truth, trueValue: trueValue))
        }
        return name.restartsMarket
    }

    /// Nature's v from the next order on: a number, or a fresh draw from the prior (at t = 0 a
    /// draw from the reseeded generator, as at every opening).
    public mutating func setTruth(_ truth: NormalTruth) {
        self.truth = truth
        if tape.isEmpty {
            open()
        } else {
            trueValue = truth.resolve(market.parameters, using: &rng)
            record(NormalEpoch(parameters: market.parameters, truth: truth, trueValue: trueValue))
        }
    }

    /// A new seed; at t = 0 it is a new opening (v drawn again from it).
    public mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        if tape.isEmpty { open() } else { rng = Xoshiro256(seed: seed) }
    }

    /// An opening: empty tape, generator reseeded, v fixed.
    private mutating func open() {
        tape.removeAll()
        rng = Xoshiro256(seed: seed)
        trueValue = truth.resolve(market.parameters, using: &rng)
        epochs = [NormalEpoch(parameters: market.parameters, truth: truth, trueValue: trueValue)]
    }

    /// Starts a new epoch when something changed (at t = 0 it replaces the opening's).
    private mutating func record(_ epoch: NormalEpoch) {
        if tape.isEmpty { epochs = [epoch] } else if epochs.last != epoch { epochs.append(epoch) }
    }

    /// The parameters and v that were in force for period `index` (0-based).
    func epoch(at index: Int) -> NormalEpoch { epochs[Int(tape[index].epoch)] }

    /// The epoch of the opening (what t = 0 was quoted under).
    var openingEpoch: NormalEpoch { epochs[0] }

    /// The posterior before period `index` (0-based), recomputed from the tape.
    func posterior(before index: Int) -> NormalPosterior? {
        let checkpoint = tape.checkpoint(atOrBefore: index)
        guard checkpoint.index < index else { return checkpoint.state }
        var last: NormalPosterior?
        replay(checkpoint.index..<index) { _, posterior in
            last = posterior
            return true
        }
        return last
    }

    /// The Bayes step of period `index` (0-based), recomputed by the same code from the same
    /// posterior and parameters, so its numbers are bit for bit those that updated the market.
    public func step(at index: Int) -> NormalBayesStep? {
        var found: NormalBayesStep?
        replay(index..<(index + 1)) { step, _ in
            found = step
            return false
        }
        return found
    }

    /// Replays periods `range` (0-based) through `NormalMarket.observe` from the nearest stored
    /// posterior, handing each step and the posterior it left to `body`; `body` returns false to
    /// stop early.
    func replay(_ range: Range<Int>, _ body: (NormalBayesStep, NormalPosterior) -> Bool) {
        guard range.lowerBound >= 0 else { return }
        tape.replay(
            range, epochs: epochs,
            open: { epoch, posterior, time in
                var market = NormalMarket(parameters: epoch.parameters)
                market.rewind(to: posterior, time: time)
                return market
            }, state: \.posterior,
            observe: { market, entry, epoch in try? market.observe(entry.order, from: entry.trader, trueValue: epoch.trueValue) }
        ) { step, market in body(step, market.posterior) }
    }
}

/// Why a normal session refused a command that is not an order.
public enum NormalSessionError: Error, Equatable, Sendable {
    case nothingToUndo
}
