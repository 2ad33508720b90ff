import ShellKit

extension SeriesKind {
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
