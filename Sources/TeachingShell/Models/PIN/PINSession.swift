import PINModel

/// A learner's PIN market: the EKOP parameters, nature's day type and generator, the days held
/// (typed, drawn or loaded), and the last estimate made from them.
///
/// Days are data: changing a parameter keeps them (the next day's Bayes step and the quotes use
/// the new values; `estimate` uses only the days). `reset` forgets the days and reseeds.
public struct PINSession: Sendable {
    /// A day held: its counts, where it came from, and nature's type when nature drew it (hidden).
    struct HeldDay: Equatable, Sendable {
        enum Source: String, Sendable { case typed, drawn, loaded }
        let day: TradingDay
        let source: Source
        let type: DayType?
    }

    public private(set) var parameters = PINParameters()
    public private(set) var truth: DayTruth = .drawn
    public private(set) var seed: UInt64 = defaultSeed
    var rng = Xoshiro256(seed: defaultSeed)
    private(set) var days: [HeldDay] = []
    /// The last `estimate`, while the days are those it used (any change of the days clears it).
    private(set) var estimate: PINEstimate?

    public init() {}

    /// The number of days held.
    public var count: Int { days.count }

    /// The Bayes step of the last day, with the parameters now in force.
    var lastStep: DayBayes? { days.last.map { DayBayes(day: $0.day, parameters: parameters) } }

    /// `day B S`: a day's counts arrive.
    mutating func typed(buys: Int, sells: Int) -> DayBayes {
        hold([HeldDay(day: TradingDay(buys: buys, sells: sells), source: .typed, type: nil)])
        return DayBayes(day: days[days.count - 1].day, parameters: parameters)
    }

    /// `day`, `run N`: nature draws days from the parameters and `truth`.
    mutating func draw(_ n: Int) -> [DrawnDay] {
        let drawn = DrawnDay.draw(n, parameters, truth: truth, using: &rng)
        hold(drawn.map { HeldDay(day: $0.day, source: .drawn, type: $0.type) })
        return drawn
    }

    /// `load FILE`: the file's days replace those held.
    mutating func load(_ loaded: [TradingDay]) {
        days = []
        hold(loaded.map { HeldDay(day: $0, source: .loaded, type: nil) })
    }

    /// `undo`: the last day goes (nil at no day).
    mutating func undo() -> HeldDay? {
        guard let last = days.popLast() else { return nil }
        estimate = nil
        return last
    }

    /// `reset`: no day, the generator reseeded.
    mutating func reset() {
        days = []
        estimate = nil
        rng = Xoshiro256(seed: seed)
    }

    mutating func set(_ name: PINParameterName, to value: Double) throws(PINParameterError) {
        parameters = try parameters.setting(name, to: value)
    }

    mutating func setTruth(_ truth: DayTruth) { self.truth = truth }

    /// A new seed: the generator restarts from it (the days held stay).
    mutating func setSeed(_ seed: UInt64) {
        self.seed = seed
        rng = Xoshiro256(seed: seed)
    }

    /// `estimate`: the maximum-likelihood fit to the days held, kept for the quantities and JSON.
    mutating func fit(shouldStop: () -> Bool = { false }) throws(PINEstimationError) -> PINEstimate {
        let made = try PINEstimator.estimate(days.map(\.day), shouldStop: shouldStop)
        estimate = made
        return made
    }

    private mutating func hold(_ new: [HeldDay]) {
        days += new
        estimate = nil
    }
}
