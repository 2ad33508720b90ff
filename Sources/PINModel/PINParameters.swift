/// The primitives of the EKOP (1996) model of daily order counts.
///
/// Each trading day an information event happens with probability α; the news is bad with
/// probability δ and good with 1 − δ. Uninformed buys and sells arrive as Poisson processes with
/// daily rates ε_b and ε_s; on event days informed traders arrive at rate μ, on the side the news
/// favours. `low` and `high` are the asset's values after bad and good news: they set the quotes
/// (`EKOPQuote`) and nothing else; the counts do not depend on them.
public struct PINParameters: Equatable, Sendable {
    /// α, the probability that a day has an information event.
    public var alpha: Double = 0.4
    /// δ, the probability that the news is bad, given an event.
    public var delta: Double = 0.5
    /// μ, the daily arrival rate of informed traders on event days.
    public var mu: Double = 40
    /// ε_b, the daily arrival rate of uninformed buyers.
    public var epsBuy: Double = 30
    /// ε_s, the daily arrival rate of uninformed sellers.
    public var epsSell: Double = 30
    /// V_L, the value after bad news.
    public var low: Double = 96
    /// V_H, the value after good news.
    public var high: Double = 104

    public init() {}

    /// The five rates and probabilities the counts depend on, in the order estimates list them.
    public init(alpha: Double, delta: Double, mu: Double, epsBuy: Double, epsSell: Double) {
        self.alpha = alpha
        self.delta = delta
        self.mu = mu
        self.epsBuy = epsBuy
        self.epsSell = epsSell
    }

    /// PIN = αμ / (αμ + ε_b + ε_s): the share of the day's expected orders that come from informed traders.
    public var pin: Double { Self.pin(alpha: alpha, mu: mu, epsBuy: epsBuy, epsSell: epsSell) }

    /// PIN for the given rates (0 when no order is expected at all).
    public static func pin(alpha: Double, mu: Double, epsBuy: Double, epsSell: Double) -> Double {
        let informed = alpha * mu
        let total = informed + epsBuy + epsSell
        return total > 0 ? informed / total : 0
    }

    /// V* = δ·V_L + (1 − δ)·V_H, the value when no event occurred (the unconditional mean).
    public var noEventValue: Double { delta * low + (1 - delta) * high }

    /// The prior probability of a day type: 1 − α, αδ or α(1 − δ).
    public func prior(_ type: DayType) -> Double {
        switch type {
        case .none: 1 - alpha
        case .bad: alpha * delta
        case .good: alpha * (1 - delta)
        }
    }

    /// The daily Poisson rates of buys and of sells on a day of this type.
    public func rates(_ type: DayType) -> (buys: Double, sells: Double) {
        switch type {
        case .none: (epsBuy, epsSell)
        case .bad: (epsBuy, mu + epsSell)
        case .good: (mu + epsBuy, epsSell)
        }
    }

    /// The asset's value on a day of this type.
    public func value(_ type: DayType) -> Double {
        switch type {
        case .none: noEventValue
        case .bad: low
        case .good: high
        }
    }

    /// A copy with one parameter changed, or the reason the change is refused.
    public func setting(_ name: PINParameterName, to value: Double) throws(PINParameterError) -> PINParameters {
        guard name.accepted.contains(value) else { throw .outOfRange(name, value: value, accepted: name.accepted) }
        let copy = assigning(name, value)
        guard copy.low < copy.high else { throw .valuesNotOrdered(low: copy.low, high: copy.high) }
        return copy
    }
}

extension PINParameters: ParameterSet {
    public static func row(_ name: PINParameterName) -> ParameterTableRow<PINParameterName> { name.row }

    public static func field(_ name: PINParameterName) -> WritableKeyPath<PINParameters, Double> {
        switch name {
        case .alpha: \.alpha
        case .delta: \.delta
        case .mu: \.mu
        case .epsBuy: \.epsBuy
        case .epsSell: \.epsSell
        case .low: \.low
        case .high: \.high
        }
    }
}

/// The name of a PIN-model parameter (nature's truth and the seed live elsewhere).
public enum PINParameterName: String, CaseIterable, Sendable {
    case alpha, delta, mu
    case epsBuy = "eps_buy"
    case epsSell = "eps_sell"
    case low, high

    /// The values this parameter accepts on its own (`low` < `high` is checked in `setting`).
    public var accepted: Interval { row.accepted }

    /// This parameter's row of the table: the one place its symbol, meaning and rules are written.
    ///
    /// Rates are per day; ε_b and ε_s must be positive, so that every count has a likelihood. No
    /// change restarts anything: the days held are kept and read under the new parameters.
    public var row: ParameterTableRow<PINParameterName> {
        let (symbol, meaning): (String, String) =
            switch self {
            case .alpha: ("α", "probability that a day has an information event")
            case .delta: ("δ", "probability that the news is bad, given an event")
            case .mu: ("μ", "informed traders' arrival rate per day on event days")
            case .epsBuy: ("ε_b", "uninformed buyers' arrival rate per day")
            case .epsSell: ("ε_s", "uninformed sellers' arrival rate per day")
            case .low: ("V_L", "the value after bad news (for the quotes only)")
            case .high: ("V_H", "the value after good news (for the quotes only)")
            }
        let (accepted, accepts): (Interval, String) =
            switch self {
            case .alpha, .delta: (Interval(0, 1), "a probability from 0 to 1")
            case .mu: (Interval(0, 1e7), "a rate per day from 0 to 1e7")
            case .epsBuy, .epsSell: (Interval(0, 1e7, includesLower: false), "a rate per day above 0, at most 1e7")
            case .low, .high: (Interval(-1e9, 1e9), "a number from -1e9 to 1e9, with low < high")
            }
        return ParameterTableRow(
            self, symbol: symbol, meaning: meaning, accepted: accepted, accepts: accepts, restartsMarket: false)
    }
}

/// Why a parameter change was refused.
public enum PINParameterError: Error, Equatable, Sendable {
    case outOfRange(PINParameterName, value: Double, accepted: Interval)
    case valuesNotOrdered(low: Double, high: Double)
}
