/// One of the three states of the Easley–O'Hara market: no information event, bad news, good news.
///
/// Classic Glosten–Milgrom is the case α = 1, where the no-event state has prior zero.
public enum MarketState: Int, CaseIterable, Sendable {
    /// No information event: V = V* and only uninformed traders arrive.
    case noEvent
    /// Bad news: V = V_L.
    case bad
    /// Good news: V = V_H.
    case good
}

/// One number per market state, e.g. the prior, the likelihoods of an order, or the values.
public struct StateVector: Equatable, Sendable {
    public var noEvent: Double
    public var bad: Double
    public var good: Double

    public init(noEvent: Double, bad: Double, good: Double) {
        self.noEvent = noEvent
        self.bad = bad
        self.good = good
    }

    public subscript(state: MarketState) -> Double {
        get {
            switch state {
            case .noEvent: noEvent
            case .bad: bad
            case .good: good
            }
        }
        set {
            switch state {
            case .noEvent: noEvent = newValue
            case .bad: bad = newValue
            case .good: good = newValue
            }
        }
    }

    /// Applies `transform` to each state's number.
    public func map(_ transform: (Double) -> Double) -> StateVector {
        StateVector(noEvent: transform(noEvent), bad: transform(bad), good: transform(good))
    }

    /// Combines two vectors state by state.
    public func combined(with other: StateVector, _ combine: (Double, Double) -> Double) -> StateVector {
        StateVector(
            noEvent: combine(noEvent, other.noEvent),
            bad: combine(bad, other.bad),
            good: combine(good, other.good)
        )
    }

    /// The sum over the three states.
    public var sum: Double { noEvent + bad + good }
}
