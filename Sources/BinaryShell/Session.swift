import MarketModel
import ShellKit

/// The parameters and nature's truth in force for a stretch of the tape.
struct Epoch: Equatable, Sendable {
    let parameters: Parameters
    let truth: Truth
}

/// Everything one learner's market holds: the market maker's state, nature's truth and
/// generator, and the tape of orders so far.
public struct Session: Sendable {
    public private(set) var market: Market
    public private(set) var truth: Truth = .high
    public private(set) var seed: UInt64 = defaultSeed
    var rng: Xoshiro256
    /// How many periods lie between two stored beliefs (a belief is three numbers, so a fixed spacing).
    static let checkpointSpacing = 256
    private(set) var tape = PeriodTape<Belief>(.every(checkpointSpacing))
    /// Parameters and truth in force since the opening; a tape entry names the one it used.
    private(set) var epochs: [Epoch]

    public init(parameters: Parameters = Parameters()) {
        market = Market(parameters: parameters)
        rng = Xoshiro256(seed: defaultSeed)
        epochs = [Epoch(parameters: parameters, truth: .high)]
    }

    /// The true value in nature's state.
    public var trueValue: Double { market.parameters.values[truth.state] }

    /// Applies one order and records it on the tape.
    mutating func apply(_ wanted: Order, from trader: Trader, strict: Bool) throws(MarketError) -> BayesStep {
        let before = market.belief
        let step = try market.observe(wanted, from: trader, truth: truth.state, strict: strict)
        tape.append(before: before, order: step.order, trader: trader, epoch: UInt32(epochs.count - 1))
        return step
    }

    /// Takes back the last order; returns it, or throws at t = 0.
    mutating func undo() throws(MarketError) -> TapeEntry {
        guard !tape.isEmpty, let before = belief(before: tape.count - 1) else { throw .nothingToUndo }
        let last = tape.removeLast()
        market.rewind(to: before, time: market.time - 1)
        return last
    }

    /// Back to the opening with the same parameters, generator reseeded.
    mutating func reset() {
        market.reset()
        tape.removeAll()
        epochs = [Epoch(parameters: market.parameters, truth: truth)]
        rng = Xoshiro256(seed: seed)
    }

    /// Changes one model parameter; returns true when that restarted the market.
    mutating func set(_ name: ParameterName, to value: Double) throws(ParameterError) -> Bool {
        let new = try market.parameters.setting(name, to: value)
        let restarted = try market.adopt(new, restart: name.redefinesOpening)
        if restarted { tape.removeAll() }
        record(Epoch(parameters: new, truth: truth), fresh: restarted)
        return restarted
    }

    mutating func setTruth(_ truth: Truth) {
        self.truth = truth
        record(Epoch(parameters: market.parameters, truth: truth), fresh: tape.isEmpty)
    }

    /// Starts a new epoch when something changed (the only one, at the opening).
    private mutating func record(_ epoch: Epoch, fresh: Bool) {
        if fresh { epochs = [epoch] } else if epochs.last != epoch { epochs.append(epoch) }
    }

    package mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    /// The parameters and truth that were in force for a tape entry.
    func epoch(of entry: TapeEntry) -> Epoch { epochs[Int(entry.epoch)] }

    /// The belief before period `index` (0-based), recomputed from the tape.
    func belief(before index: Int) -> Belief? {
        let checkpoint = tape.checkpoint(atOrBefore: index)
        guard checkpoint.index < index else { return checkpoint.state }
        var last: Belief?
        replay(checkpoint.index..<index) { step in
            last = step.posterior
            return true
        }
        return last
    }

    /// The Bayes step of the tape entry at `index`, recomputed by the same code from the same
    /// belief and parameters, so its numbers are bit for bit those that updated the market.
    func step(at index: Int) -> BayesStep? {
        var found: BayesStep?
        replay(index..<(index + 1)) { step in
            found = step
            return false
        }
        return found
    }

    /// Replays the periods `range` (0-based) through `Market.observe` from the nearest stored
    /// belief, handing each step to `body` in order; `body` returns false to stop early.
    func replay(_ range: Range<Int>, _ body: (BayesStep) -> Bool) {
        tape.replay(
            range, epochs: epochs,
            open: { epoch, belief, time in
                var market = Market(parameters: epoch.parameters)
                market.rewind(to: belief, time: time)
                return market
            }, state: \.belief,
            observe: { market, entry, epoch in try? market.observe(entry.order, from: entry.trader, truth: epoch.truth.state) }
        ) { step, _ in body(step) }
    }
}
