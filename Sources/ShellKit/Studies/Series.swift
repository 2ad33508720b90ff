import MarketModel

/// What `plot` and `compare` can draw, read off a session's rows.
public enum SeriesKind: String, CaseIterable, Sendable {
    case spread, belief, price, cost

    /// The chart's title.
    package var title: String {
        switch self {
        case .spread: "Bid–ask spread"
        case .belief: "Belief P(V = high)"
        case .price: "Mid price against the true value"
        case .cost: "Cumulative cost to uninformed traders"
        }
    }

    /// Where the values must lie, when the quantity has natural limits.
    package var bounds: ClosedRange<Double>? { self == .belief ? 0...1 : nil }

    /// The y-axis unit.
    package var unit: String {
        switch self {
        case .spread, .price, .cost: "$"
        case .belief: "prob."
        }
    }
}
