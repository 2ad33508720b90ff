import PINModel
import ShellKit

/// A learner's PIN market: the EKOP parameters, nature's day type and generator, the days held
/// (typed, drawn or loaded), and the last estimate made from them.
///
/// Days are data: changing a parameter keeps them (the next day's Bayes step and the quotes use
/// the new values; `estimate` uses only the days). `reset` forgets the days and reseeds.
public struct PINSession: Sendable {
    public private(set) var parameters = PINParameters()
    public private(set) var truth: DayTruth = .drawn
    public private(set) var seed: UInt64 = defaultSeed
    var rng = Xoshiro256(seed: defaultSeed)
    /// The days held, compactly (10⁷ days in about 90 MB), and where each came from, a byte a day.
    private(set) var days = TradingDays()
    private(set) var origins: [DayOrigin] = []
    /// The last `estimate`, while the days are those it used (any change of the days clears it).
    private(set) var estimate: PINEstimate?

    public init() {}

    /// The number of days held.
    public var count: Int { days.count }

    /// The Bayes step of the last day, with the parameters now in force.
    var lastStep: DayBayes? { days.last.map { DayBayes(day: $0, parameters: parameters) } }

    /// `day B S`: a day's counts arrive.
    mutating func typed(buys: Int, sells: Int) -> DayBayes {
        hold(buys: buys, sells: sells, .typed)
        return DayBayes(day: days[days.count - 1], parameters: parameters)
    }

    /// `day`: nature draws one day from the parameters and `truth`.
    mutating func drawDay() -> DrawnDay {
        let drawn = DrawnDay.draw(parameters, truth: truth, using: &rng)
        hold(buys: drawn.day.buys, sells: drawn.day.sells, DayOrigin(drawn: drawn.type))
        return drawn
    }

    /// `run N`: nature draws N days, held as they are drawn (no list of them is built).
    ///
    /// `shouldStop` is asked every 4 096 days; the days drawn before a stop stay held.
    mutating func draw(_ n: Int, shouldStop: () -> Bool = { false }) -> DrawnRun {
        days.reserve(n)
        origins.reserveCapacity(origins.count + n)
        var run = DrawnRun(first: count, requested: n)
        for i in 0..<n {
            if i & 4095 == 4095, shouldStop() { break }
            let drawn = DrawnDay.draw(parameters, truth: truth, using: &rng)
            run.add(drawn)
            hold(buys: drawn.day.buys, sells: drawn.day.sells, DayOrigin(drawn: drawn.type))
        }
        return run
    }

    /// `load FILE`: the file's days replace those held.
    mutating func load(_ loaded: [TradingDay]) { load(TradingDays(loaded)) }

    /// The same from days already held compactly (a reader can append into `TradingDays`).
    mutating func load(_ loaded: TradingDays) {
        days = loaded
        origins = [DayOrigin](repeating: .loaded, count: loaded.count)
        estimate = nil
    }

    /// `undo`: the last day goes, with where it came from (nil at no day).
    mutating func undo() -> (day: TradingDay, origin: DayOrigin)? {
        guard let last = days.removeLast(), let origin = origins.popLast() else { return nil }
        estimate = nil
        return (last, origin)
    }

    /// `reset`: no day, the generator reseeded.
    mutating func reset() {
        days = TradingDays()
        origins = []
        estimate = nil
        rng = Xoshiro256(seed: seed)
    }

    mutating func set(_ name: PINParameterName, to value: Double) throws(PINParameterError) {
        parameters = try parameters.setting(name, to: value)
    }

    mutating func setTruth(_ truth: DayTruth) { self.truth = truth }

    /// A new seed: the generator restarts from it (the days held stay).
    package mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    /// `estimate`: the maximum-likelihood fit to the days held, kept for the quantities and JSON.
    mutating func fit(shouldStop: () -> Bool = { false }) throws(PINEstimationError) -> PINEstimate {
        let made = try PINEstimator.estimate(days, shouldStop: shouldStop)
        estimate = made
        return made
    }

    private mutating func hold(buys: Int, sells: Int, _ origin: DayOrigin) {
        days.append(buys: buys, sells: sells)
        origins.append(origin)
        estimate = nil
    }
}
