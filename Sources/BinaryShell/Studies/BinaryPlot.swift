import ShellKit

/// The binary model's charts, by the names `plot` takes (its descriptor's `plots`).
package enum BinaryPlot: String, ModelPlot {
    case spread, belief, price, cost
}

extension BinaryPlot {
    /// The chart's title in the binary model.
    var title: String {
        switch self {
        case .spread: "Bid–ask spread"
        case .belief: "Belief P(V = high)"
        case .price: "Mid price against the true value"
        case .cost: "Cumulative cost to uninformed traders"
        }
    }

    /// Where the values must lie, when the quantity has natural limits (a probability).
    var bounds: ClosedRange<Double>? { self == .belief ? 0...1 : nil }

    /// The y-axis unit.
    var unit: String {
        switch self {
        case .spread, .price, .cost: "$"
        case .belief: "prob."
        }
    }

    /// One value per row (the spread and mid are the quotes after the order; cost accumulates).
    func values(_ rows: [TradeRow]) -> [Double] {
        switch self {
        case .spread: return rows.map { $0.spread ?? .nan }
        case .belief: return rows.map(\.pHigh)
        case .price: return rows.map { $0.mid ?? .nan }
        case .cost:
            var total = 0.0
            return rows.map {
                total += $0.uninformedCost
                return total
            }
        }
    }
}
