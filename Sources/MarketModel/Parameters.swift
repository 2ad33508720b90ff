/// The primitives of the market: values, prior, informed share, uninformed behaviour, cost, tolerance.
///
/// The defaults are classic Glosten–Milgrom: α = 1, uninformed traders always trade (ε_b = γ = ½,
/// ε_s = 1 − γ), no cost, no tolerance (uninformed demand is inelastic, so the market never breaks down).
public struct Parameters: Equatable, Sendable, UninformedDemand {
    /// V_L, the value after bad news.
    public var low: Double = 96
    /// V_H, the value after good news.
    public var high: Double = 104
    /// θ = 1 − δ, the probability of good news given that an event occurred.
    public var prior: Double = 0.5
    /// μ, the share of arrivals that are informed while informed traders are active.
    public var mu: Double = 0.3
    /// α, the probability that an information event occurred.
    public var alpha: Double = 1
    /// ε_b, the probability that an uninformed arrival buys.
    public var epsBuy: Double = 0.5
    /// ε_s, the probability that an uninformed arrival sells.
    public var epsSell: Double = 0.5
    /// c, the per-trade cost added to the ask and taken off the bid.
    public var cost: Double = 0
    /// τ, how far above (below) the expected value uninformed traders still buy (sell); infinity means off.
    public var tolerance: Double = .infinity
    /// How uninformed demand answers the price (GM 1985 §3); off means inelastic, as in GM's §2.
    public var elastic: Elasticity = .off

    public init() {}

    /// V* = δ·V_L + (1−δ)·V_H, the value when no event occurred.
    public var noEventValue: Double { (1 - prior) * low + prior * high }

    /// The value of the asset in each state.
    public var values: StateVector {
        StateVector(noEvent: noEventValue, bad: low, good: high)
    }

    /// Whether inelastic uninformed traders make the market immune to breakdown.
    public var toleranceIsOff: Bool { tolerance == .infinity }

    /// A copy with one parameter changed, or the reason the change is refused.
    public func setting(_ name: ParameterName, to value: Double) throws(ParameterError) -> Parameters {
        guard name.row.admits(value) else {
            throw .outOfRange(name, value: value, accepted: name.accepted)
        }
        let copy = assigning(name, value)
        guard copy.low < copy.high else {
            throw .lowNotBelowHigh(low: copy.low, high: copy.high)
        }
        guard copy.elastic != .value || copy.low > 0 else {
            throw .elasticValueNeedsPositiveValues(low: copy.low)
        }
        guard !UninformedShares.exceedOne(buy: copy.epsBuy, sell: copy.epsSell) else {
            throw .uninformedOverOne(epsBuy: copy.epsBuy, epsSell: copy.epsSell)
        }
        return copy
    }
}

extension Parameters: ParameterSet {
    public static func row(_ name: ParameterName) -> ParameterTableRow<ParameterName> { name.row }

    public static func field(_ name: ParameterName) -> WritableKeyPath<Parameters, Double> {
        switch name {
        case .low: \.low
        case .high: \.high
        case .prior: \.prior
        case .mu: \.mu
        case .alpha: \.alpha
        case .gamma: \.alwaysTradingShare
        case .epsBuy: \.epsBuy
        case .epsSell: \.epsSell
        case .eps: \.equalShares
        case .cost: \.cost
        case .tolerance: \.tolerance
        case .elastic: \.elasticCode
        }
    }
}

/// The name of a model parameter (nature's truth and the seed live elsewhere).
public enum ParameterName: String, CaseIterable, Sendable {
    case low, high, prior, mu, alpha, gamma
    case epsBuy = "eps_buy"
    case epsSell = "eps_sell"
    case eps, cost, tolerance, elastic

    /// The values this parameter accepts on its own (cross-parameter rules are checked in `setting`).
    public var accepted: Interval { row.accepted }

    /// Whether changing this parameter defines a new opening (and so restarts the market at t = 0).
    public var redefinesOpening: Bool { row.restartsMarket }

    /// This parameter's row of the table: the one place its symbol, meaning and rules are written.
    public var row: ParameterTableRow<ParameterName> {
        let (symbol, meaning, accepts): (String, String, String) =
            switch self {
            case .low: ("V_L", "the value after bad news", "a number below high")
            case .high: ("V_H", "the value after good news", "a number above low")
            case .prior: ("θ = 1−δ", "P(V = high) given that news arrived", "a probability strictly between 0 and 1")
            case .mu:
                (
                    "μ", "share of arrivals that are informed, while informed traders are active",
                    "a number from 0 up to but not including 1"
                )
            case .alpha:
                (
                    "α", "probability that an information event occurred (1 = classic GM)",
                    "a number above 0 and at most 1"
                )
            case .gamma:
                (
                    "γ", "uninformed buy probability when they always trade (ε_b = γ, ε_s = 1−γ)",
                    "a probability from 0 to 1"
                )
            case .epsBuy:
                (
                    "ε_b", "probability that an uninformed arrival buys",
                    "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"
                )
            case .epsSell:
                (
                    "ε_s", "probability that an uninformed arrival sells",
                    "a probability from 0 to 1, with eps_buy + eps_sell ≤ 1"
                )
            case .eps: ("ε", "sets eps_buy and eps_sell together", "a number from 0 to 0.5")
            case .cost: ("c", "per-trade cost added to the ask and taken off the bid", "a number of at least 0")
            case .tolerance:
                ("τ", "how far from E[V] uninformed traders still trade (breakdown)", "a number of at least 0, or off")
            case .elastic:
                (
                    "C", "uninformed traders trade with probability 1 − (distance of the price from E[V])/C",
                    "a number C above 0, value (C = E[V]) or off"
                )
            }
        let accepted: Interval =
            switch self {
            case .low, .high: Interval(-1e9, 1e9)
            case .prior: Interval(0, 1, includesLower: false, includesUpper: false)
            case .mu: Interval(0, 1, includesUpper: false)
            case .alpha: Interval(0, 1, includesLower: false)
            case .gamma, .epsBuy, .epsSell: Interval(0, 1)
            case .eps: Interval(0, 0.5)
            case .cost: Interval(0, 1e9)
            case .tolerance: Interval(0, .infinity)
            // C > 0, or off (+∞); `value` is −∞ (`Elasticity.code`), a word of the row.
            case .elastic: Interval(0, .infinity, includesLower: false)
            }
        let words: [String: Double] =
            switch self {
            case .tolerance: ["off": .infinity]
            case .elastic: ["off": Elasticity.off.code, "value": Elasticity.value.code]
            default: [:]
            }
        return ParameterTableRow(
            self, symbol: symbol, meaning: meaning, accepted: accepted, accepts: accepts,
            restartsMarket: [.low, .high, .prior, .alpha].contains(self), words: words)
    }
}

/// Why a parameter change was refused.
public enum ParameterError: Error, Equatable, Sendable {
    case outOfRange(ParameterName, value: Double, accepted: Interval)
    case lowNotBelowHigh(low: Double, high: Double)
    case uninformedOverOne(epsBuy: Double, epsSell: Double)
    /// `elastic value` takes C = E[V], which must stay positive: V_L must be above 0.
    case elasticValueNeedsPositiveValues(low: Double)
    /// The change would leave one side without any possible order, so its quote is undefined.
    case quoteUndefined(Side)
}
