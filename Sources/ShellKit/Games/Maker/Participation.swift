/// How uninformed traders respond to the price in a game: not at all (they trade at any price,
/// as in the model without a tolerance), up to a tolerance τ from E[V], or elastically, with a
/// reservation premium uniform on [0, C] (Glosten and Milgrom 1985, §3).
package enum Participation: Equatable, Sendable {
    case inelastic
    case tolerance(Double)
    case elastic(Double)
    /// Elastic with C = E[V] at each quote (`set elastic value`, GM 1985's eq. 9).
    case elasticAtValue

    /// The rule at a quote whose E[V] is `expectedValue` (`elasticAtValue` becomes a fixed C).
    package func at(_ expectedValue: Double) -> Participation {
        self == .elasticAtValue ? .elastic(expectedValue) : self
    }

    /// The share of uninformed traders who trade at a price `distance` worse than E[V].
    package func share(_ distance: Double) -> Double {
        switch self {
        case .inelastic: 1
        case .tolerance(let tau): ShownPrecision.atMost(distance, tau) ? 1 : 0
        case .elastic(let c): min(1, max(0, 1 - distance / c))
        case .elasticAtValue: preconditionFailure("resolve elasticAtValue with at(_:) first")
        }
    }

    /// Whether one uninformed trader with reservation `premium` (uniform on [0, 1]) trades at a
    /// price `distance` worse than E[V]: the same share, drawn once per trader.
    package func trades(_ distance: Double, premium: Double) -> Bool {
        switch self {
        case .inelastic: true
        case .tolerance(let tau): ShownPrecision.atMost(distance, tau)
        case .elastic(let c): premium * c >= distance
        case .elasticAtValue: preconditionFailure("resolve elasticAtValue with at(_:) first")
        }
    }

    /// How far from E[V] some uninformed trader may still trade (∞ when inelastic).
    package var reach: Double {
        switch self {
        case .inelastic: .infinity
        case .tolerance(let tau): tau
        case .elastic(let c): c
        case .elasticAtValue: preconditionFailure("resolve elasticAtValue with at(_:) first")
        }
    }

    /// The rule in words, for the game's opening lines.
    package var words: String {
        switch self {
        case .inelastic: "uninformed traders trade at the best price, whatever it is"
        case .tolerance(let tau):
            "uninformed traders trade only at a price within the tolerance \(Format.value(tau)) of E[V] (to the 4 places shown)"
        case .elastic(let c):
            "an uninformed trader's reservation premium is uniform on [0, \(Format.value(c))]: the share who trade falls linearly with the price's distance from E[V]"
        case .elasticAtValue:
            "an uninformed trader's reservation premium is uniform on [0, E[V]] (GM 1985): the share who trade falls linearly with the price's distance from E[V]"
        }
    }
}

/// The quote that maximises `profit` on a side over `range`, or nil when no price earns more
/// than nothing (the side is better withdrawn). Between the `breaks` (where informed traders
/// stop trading, or the uninformed share changes form) the profit is a quadratic in the price
/// under each participation rule here: the best price is a piece's end or its vertex, found from
/// three points inside the piece.
package func bestPrice(in range: ClosedRange<Double>, breaks: [Double], profit: (Double) -> Double) -> Double? {
    let ends = ([range.lowerBound, range.upperBound] + breaks.filter { range.contains($0) }).sorted()
    var candidates = ends
    for (l, r) in zip(ends, ends.dropFirst()) where r - l > 1e-12 {
        let w = r - l
        let (x0, x1, x2) = (l + w / 4, l + w / 2, l + 3 * w / 4)
        let (y0, y1, y2) = (profit(x0), profit(x1), profit(x2))
        // y = A·x² + B·x + C through the three points, equally spaced by h = w / 4.
        let h = w / 4
        let curvature = (y2 - 2 * y1 + y0) / (2 * h * h)
        if curvature < 0 {
            let vertex = x1 - (y2 - y0) / (2 * h) / (2 * curvature)
            if vertex > l, vertex < r { candidates.append(vertex) }
        }
        candidates.append(x1)
    }
    guard let best = candidates.max(by: { profit($0) < profit($1) }) else { return nil }
    return profit(best) > 1e-12 ? best : nil
}

/// The same search for a profit that is smooth but not quadratic between the `breaks` (the
/// normal model's tails): 256 points on each piece, then golden section around the best one.
package func bestSmoothPrice(in range: ClosedRange<Double>, breaks: [Double], profit: (Double) -> Double) -> Double? {
    let ends = ([range.lowerBound, range.upperBound] + breaks.filter { range.contains($0) }).sorted()
    var best = ends[0]
    var bestProfit = profit(best)
    var cell = (ends[0], ends[0])
    for (l, r) in zip(ends, ends.dropFirst()) where r - l > 1e-12 {
        let steps = 256
        let w = (r - l) / Double(steps)
        for i in 0...steps {
            let x = l + Double(i) * w
            let y = profit(x)
            if y > bestProfit { (best, bestProfit, cell) = (x, y, (max(l, x - w), min(r, x + w))) }
        }
    }
    var (a, b) = cell
    let ratio = (5.0.squareRoot() - 1) / 2
    for _ in 0..<60 where b - a > 1e-12 {
        let (x1, x2) = (b - ratio * (b - a), a + ratio * (b - a))
        if profit(x1) < profit(x2) { a = x1 } else { b = x2 }
    }
    let refined = (a + b) / 2
    if profit(refined) > bestProfit { (best, bestProfit) = (refined, profit(refined)) }
    return bestProfit > 1e-12 ? best : nil
}
