/// Nature's day type for `day` and `run`: fixed by the teacher, or drawn from α and δ.
public enum DayTruth: Equatable, Sendable {
    case fixed(DayType)
    case drawn

    /// The type of the next day: the fixed one, or none with 1 − α, bad with αδ, good with α(1 − δ).
    public func resolve(_ p: PINParameters, using rng: inout some RandomNumberGenerator) -> DayType {
        switch self {
        case .fixed(let type): return type
        case .drawn:
            let u = rng.nextUnit()
            if u < 1 - p.alpha { return .none }
            return u < 1 - p.alpha + p.alpha * p.delta ? .bad : .good
        }
    }
}

/// One day nature drew: its type (hidden from the market maker) and its counts.
public struct DrawnDay: Equatable, Sendable {
    public let type: DayType
    public let day: TradingDay

    /// Draws a day: its type from `truth`, then B ~ Po(λ_B(type)) and S ~ Po(λ_S(type)).
    public static func draw(
        _ p: PINParameters, truth: DayTruth, using rng: inout some RandomNumberGenerator
    ) -> DrawnDay {
        let type = truth.resolve(p, using: &rng)
        let (lb, ls) = p.rates(type)
        let buys = Poisson.draw(mean: lb, using: &rng)
        let sells = Poisson.draw(mean: ls, using: &rng)
        return DrawnDay(type: type, day: TradingDay(buys: buys, sells: sells))
    }

    /// `count` days drawn one after another from the same generator.
    public static func draw(
        _ count: Int, _ p: PINParameters, truth: DayTruth, using rng: inout some RandomNumberGenerator
    ) -> [DrawnDay] {
        (0..<count).map { _ in draw(p, truth: truth, using: &rng) }
    }
}
